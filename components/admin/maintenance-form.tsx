'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { earliestAllowedStart, hasNotice } from '@/lib/schedule/notice';
import { toLocalParts, wallTimeToInstant } from '@/lib/schedule/zone';
import type { Locale } from '@/lib/core/locales';
import { fieldError, type ApiProblem } from './api-client';
import { MailPreview } from './mail-preview';
import type { PickableComponent } from './component-picker';
import { useConsoleApi, useConsoleText } from './console-text';
import { Field, FormAlert, buttonClass, describedBy, inputClass, secondaryButtonClass } from './fields';
import { formatInstant } from './labels';
import { LanguageTabs, translationsPayload, type TranslationDraft } from './language-tabs';
import { useBrowserZone, useServerNow } from './use-zone';

type EntryZone = 'page' | 'browser' | 'UTC';

/** '2026-05-08T00:00' (a datetime-local value) in `zone` → the instant, or null when empty or impossible. */
function toInstant(value: string, zone: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  if (!match?.[1] || !match[2]) return null;
  try {
    return wallTimeToInstant(match[1], match[2], zone);
  } catch {
    return null;
  }
}

function toLocalInput(instant: Date, zone: string): string {
  const { date, time } = toLocalParts(instant, zone);
  return `${date}T${time.slice(0, 5)}`;
}

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
  const { c, cm, formatLocale } = useConsoleText();
  const callApi = useConsoleApi();
  const at = (instant: Date, zone: string) => formatInstant(instant, zone, formatLocale);
  const [translations, setTranslations] = useState<TranslationDraft>({});
  const browserZone = useBrowserZone();
  const now = useServerNow(serverNowMs);
  const [name, setName] = useState('');
  const [body, setBody] = useState('');
  const [entryZone, setEntryZone] = useState<EntryZone>('page');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [emergency, setEmergency] = useState(false);
  const [reason, setReason] = useState('');
  const [ruleId, setRuleId] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const zone = entryZone === 'page' ? pageZone : entryZone === 'browser' ? (browserZone ?? pageZone) : 'UTC';
  const earliest = earliestAllowedStart(now);
  const startAt = toInstant(start, zone);
  const endAt = toInstant(end, zone);
  const shortNotice = startAt !== null && !hasNotice(startAt, now);

  function fillEarliest() {
    const rounded = new Date(Math.ceil(earliest.getTime() / 300_000) * 300_000 + 300_000);
    setStart(toLocalInput(rounded, zone));
    setEnd(toLocalInput(new Date(rounded.getTime() + 3_600_000), zone));
  }

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
      <div
        role="note"
        className="rounded-md border border-maint bg-maint-bg px-4 py-3 text-sm text-maint"
        aria-live="polite"
      >
        <p className="font-medium">{cm('form.earliest')}</p>
        <ul className="mt-1">
          <li>
            {cm('form.pageTime', { zone: pageZone })}:{' '}
            <strong data-testid="earliest-page">{at(earliest, pageZone)}</strong>
          </li>
          <li>
            {browserZone ? cm('form.yourTimeIn', { zone: browserZone }) : cm('form.yourTime')}:{' '}
            <strong data-testid="earliest-local">{browserZone ? at(earliest, browserZone) : '…'}</strong>
          </li>
        </ul>
      </div>
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
      <Field id="m-zone" label={cm('form.zone')}>
        <select
          id="m-zone"
          value={entryZone}
          onChange={(e) =>
            setEntryZone(e.target.value === 'browser' ? 'browser' : e.target.value === 'UTC' ? 'UTC' : 'page')
          }
          className={inputClass}
        >
          <option value="page">{cm('form.pageTime', { zone: pageZone })}</option>
          <option value="browser">
            {cm('form.yourTimeIn', { zone: browserZone ?? cm('form.detecting') })}
          </option>
          <option value="UTC">UTC</option>
        </select>
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="m-start"
          label={cm('form.starts')}
          error={err('scheduledFor')}
          hint={
            startAt
              ? browserZone && browserZone !== pageZone
                ? cm('form.inOsloAndYours', { time: at(startAt, pageZone), local: at(startAt, browserZone) })
                : cm('form.inOslo', { time: at(startAt, pageZone) })
              : undefined
          }
        >
          <input
            id="m-start"
            type="datetime-local"
            value={start}
            onChange={(e) => setStart(e.target.value)}
            required
            aria-invalid={err('scheduledFor') ? true : undefined}
            aria-describedby={describedBy('m-start', err('scheduledFor'), Boolean(startAt))}
            className={inputClass}
          />
        </Field>
        <Field
          id="m-end"
          label={cm('form.ends')}
          error={err('scheduledUntil')}
          hint={endAt ? cm('form.inOslo', { time: at(endAt, pageZone) }) : undefined}
        >
          <input
            id="m-end"
            type="datetime-local"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
            required
            aria-invalid={err('scheduledUntil') ? true : undefined}
            aria-describedby={describedBy('m-end', err('scheduledUntil'), Boolean(endAt))}
            className={inputClass}
          />
        </Field>
      </div>
      <button type="button" onClick={fillEarliest} className={secondaryButtonClass}>
        {cm('form.fillEarliest')}
      </button>
      {shortNotice && !emergency ? (
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
