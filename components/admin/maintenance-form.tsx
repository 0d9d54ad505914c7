'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { Locale } from '@/lib/core/locales';
import { fieldError, type ApiProblem } from './api-client';
import { MailPreview } from './mail-preview';
import type { PickableComponent } from './component-picker';
import { useConsoleApi, useConsoleText } from './console-text';
import { Field, FormAlert, buttonClass, describedBy, inputClass } from './fields';
import { LanguageTabs, translationsPayload, type TranslationDraft } from './language-tabs';
import { EarliestStart, WindowFields, useMaintenanceWindow } from './maintenance-window';
import { useServerNow } from './use-zone';

export interface ReservedRule {
  id: string;
  title: string;
}

/** Schedules a maintenance; shows the earliest start allowed without an emergency in the staff member's zone and the page's. */
export function MaintenanceForm({
  components,
  pageZone,
  serverNowMs,
  reservedRules,
  defaultLocale,
}: {
  components: PickableComponent[];
  pageZone: string;
  serverNowMs: number;
  reservedRules: ReservedRule[];
  defaultLocale: Locale;
}) {
  const router = useRouter();
  const { c, cm } = useConsoleText();
  const callApi = useConsoleApi();
  const [translations, setTranslations] = useState<TranslationDraft>({});
  const timing = useMaintenanceWindow(pageZone, useServerNow(serverNowMs));
  const { startAt, endAt } = timing;
  const [name, setName] = useState('');
  const [body, setBody] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [emergency, setEmergency] = useState(false);
  const [reason, setReason] = useState('');
  const [ruleId, setRuleId] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!startAt) local.scheduledFor = cm('form.enterStart');
    if (!endAt) local.scheduledUntil = cm('form.enterEnd');
    if (Object.keys(local).length > 0) {
      setProblem({ code: 'invalid_request', message: c('errors.invalid_request'), fields: local });
      return;
    }
    setBusy(true);
    const result = await callApi('POST', '/api/v1/maintenances', {
      name,
      body,
      scheduledFor: startAt?.toISOString(),
      scheduledUntil: endAt?.toISOString(),
      components: selected,
      emergency: emergency ? { reason } : null,
      ...(ruleId ? { ruleId } : {}),
      translations: translationsPayload(translations, ['name', 'body']),
    });
    setBusy(false);
    if (!result.ok) {
      const fields = { ...result.problem.fields };
      if (result.problem.code === 'insufficient_notice') fields.scheduledFor = result.problem.message;
      setProblem({ ...result.problem, fields });
      return;
    }
    router.push('/admin/maintenances');
    router.refresh();
  }

  const err = (field: string) => fieldError(problem, field);
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <FormAlert message={problem?.message} />
      <EarliestStart timing={timing} />
      <LanguageTabs
        idPrefix="maintenance"
        defaultLocale={defaultLocale}
        fields={['name', 'body']}
        value={translations}
        onChange={setTranslations}
        errors={err}
        bodyRows={4}
        defaultPanel={
          <>
            <Field id="m-name" label={cm('form.name')} error={err('name')}>
              <input
                id="m-name"
                value={name}
                onChange={(e) => setName(e.target.value)}
                required
                maxLength={300}
                aria-invalid={err('name') ? true : undefined}
                aria-describedby={describedBy('m-name', err('name'))}
                className={inputClass}
              />
            </Field>
            <Field id="m-body" label={cm('form.body')} error={err('body')}>
              <textarea
                id="m-body"
                rows={4}
                value={body}
                onChange={(e) => setBody(e.target.value)}
                aria-describedby={describedBy('m-body', err('body'))}
                className={inputClass}
              />
            </Field>
          </>
        }
      />
      <WindowFields timing={timing} error={err} />
      {timing.shortNotice && !emergency ? (
        <p className="text-sm font-medium text-major">{cm('form.shortNotice')}</p>
      ) : null}
      <fieldset className="rounded-md border border-border p-4">
        <legend className="px-1 font-medium">{cm('form.components')}</legend>
        {err('components') ? (
          <p className="mb-2 text-sm font-medium text-critical">{err('components')}</p>
        ) : null}
        <ul className="grid gap-2 sm:grid-cols-2">
          {components.map((c) => (
            <li key={c.id}>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={selected.includes(c.id)}
                  onChange={(e) =>
                    setSelected(e.target.checked ? [...selected, c.id] : selected.filter((id) => id !== c.id))
                  }
                />
                {c.name} <span className="text-muted">({c.group})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {reservedRules.length > 0 ? (
        <Field id="m-rule" label={cm('form.reservedWindow')} error={err('ruleId')}>
          <select
            id="m-rule"
            value={ruleId}
            onChange={(e) => setRuleId(e.target.value)}
            className={inputClass}
          >
            <option value="">{cm('form.oneOff')}</option>
            {reservedRules.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <div className="rounded-md border border-border p-4">
        <label className="flex items-center gap-2 font-medium">
          <input
            type="checkbox"
            className="size-4"
            checked={emergency}
            onChange={(e) => setEmergency(e.target.checked)}
          />
          {cm('form.emergency')}
        </label>
        {emergency ? (
          <div className="mt-3">
            <Field
              id="m-reason"
              label={cm('form.reason')}
              hint={cm('form.reasonHint')}
              error={err('emergency.reason') ?? err('emergency')}
            >
              <textarea
                id="m-reason"
                rows={2}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                required
                aria-invalid={err('emergency.reason') ? true : undefined}
                aria-describedby={describedBy('m-reason', err('emergency.reason') ?? err('emergency'), true)}
                className={inputClass}
              />
            </Field>
          </div>
        ) : null}
      </div>
      <MailPreview
        pageZone={pageZone}
        request={() => ({
          kind: 'maintenance',
          maintenance: {
            name,
            body,
            scheduledFor: startAt?.toISOString(),
            scheduledUntil: endAt?.toISOString(),
            components: selected,
            emergency: emergency ? { reason } : null,
            translations: translationsPayload(translations, ['name', 'body']),
          },
        })}
      />
      <button type="submit" disabled={busy} className={buttonClass}>
        {busy ? cm('form.busy') : cm('form.submit')}
      </button>
    </form>
  );
}
