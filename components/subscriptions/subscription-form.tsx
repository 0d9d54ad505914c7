'use client';

import { useActionState, useEffect, useRef } from 'react';
import { idleState, type SubscriptionFormState } from './subscription-form-state';

export interface SubscriptionFormProps {
  mode: 'subscribe' | 'manage';
  action: (previous: SubscriptionFormState, form: FormData) => Promise<SubscriptionFormState>;
  /** The manage link's token (manage mode). */
  token?: string;
  groups: { id: string; name: string; components: { id: string; name: string }[] }[];
  languages: { code: string; name: string }[];
  zones: string[];
  defaults: { components: string[]; lang: string; timeZone: string };
  /** Whether the zone was chosen (manage, or a remembered zone); otherwise the browser's zone is offered. */
  zoneChosen: boolean;
  labels: {
    email: string;
    emailHint: string;
    emailInvalid: string;
    components: string;
    componentsHint: string;
    language: string;
    timeZone: string;
    submit: string;
    done: string;
    invalid: string;
    rateLimited: string;
    linkProblem: string;
  };
}

const input = 'min-h-11 w-full rounded-md border border-border bg-surface px-3 text-base';

/** The subscribe and manage form: a plain form posting to a server action, so it works without JavaScript. */
export function SubscriptionForm(props: SubscriptionFormProps) {
  const { labels } = props;
  const [state, formAction, pending] = useActionState(props.action, idleState);
  const values = state.values ?? { email: '', ...props.defaults };
  const zoneRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const select = zoneRef.current;
    if (!props.zoneChosen && select && props.zones.includes(browserZone)) select.value = browserZone;
  }, [props.zoneChosen, props.zones]);
  const bad = (field: string) => state.fields.includes(field);
  const message =
    state.status === 'sent' || state.status === 'saved'
      ? labels.done
      : state.status === 'rate_limited'
        ? labels.rateLimited
        : state.status === 'link_problem'
          ? labels.linkProblem
          : state.status === 'invalid'
            ? labels.invalid
            : '';
  const failed =
    state.status === 'invalid' || state.status === 'rate_limited' || state.status === 'link_problem';
  return (
    <form
      action={formAction}
      className="space-y-5"
      key={JSON.stringify(state.values)}
      data-subscription-form={props.mode}
    >
      {props.token ? <input type="hidden" name="token" value={props.token} /> : null}
      {props.mode === 'subscribe' ? (
        <div className="space-y-1">
          <label htmlFor="sub-email" className="block font-medium">
            {labels.email}
          </label>
          <input
            id="sub-email"
            name="email"
            type="email"
            required
            autoComplete="email"
            defaultValue={values.email}
            aria-invalid={bad('email') || undefined}
            aria-describedby={bad('email') ? 'sub-email-error sub-email-hint' : 'sub-email-hint'}
            className={`${input} max-w-md`}
          />
          <p id="sub-email-hint" className="text-sm text-muted">
            {labels.emailHint}
          </p>
          {bad('email') ? (
            <p id="sub-email-error" className="text-sm font-medium text-critical">
              {labels.emailInvalid}
            </p>
          ) : null}
        </div>
      ) : null}
      <fieldset className="space-y-2" aria-describedby="sub-components-hint">
        <legend className="font-medium">{labels.components}</legend>
        <p id="sub-components-hint" className="text-sm text-muted">
          {labels.componentsHint}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          {props.groups.map((group) => (
            <fieldset key={group.id} className="space-y-1">
              <legend className="text-sm font-semibold text-muted">{group.name}</legend>
              {group.components.map((c) => (
                <label key={c.id} className="flex min-h-9 items-center gap-2">
                  <input
                    type="checkbox"
                    name="component"
                    value={c.id}
                    defaultChecked={values.components.includes(c.id)}
                    className="size-4 accent-accent"
                  />
                  {c.name}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      </fieldset>
      <div className="grid max-w-xl gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="sub-lang" className="block font-medium">
            {labels.language}
          </label>
          <select id="sub-lang" name="lang" defaultValue={values.lang} className={input}>
            {props.languages.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="sub-zone" className="block font-medium">
            {labels.timeZone}
          </label>
          <select
            id="sub-zone"
            name="timeZone"
            defaultValue={values.timeZone}
            ref={zoneRef}
            className={input}
          >
            {props.zones.map((z) => (
              <option key={z} value={z}>
                {z.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-md bg-accent px-5 font-semibold text-accent-fg disabled:opacity-60"
      >
        {labels.submit}
      </button>
      <p
        role="status"
        className={`min-h-6 ${failed ? 'font-medium text-critical' : 'text-ok'}`}
        data-form-status={state.status}
      >
        {message}
      </p>
    </form>
  );
}
