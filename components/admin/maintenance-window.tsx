'use client';

import { useState } from 'react';
import { earliestAllowedStart, hasNotice } from '@/lib/schedule/notice';
import { toLocalParts, wallTimeToInstant } from '@/lib/schedule/zone';
import { useConsoleText } from './console-text';
import { Field, describedBy, inputClass, secondaryButtonClass } from './fields';
import { formatInstant } from './labels';
import { useBrowserZone } from './use-zone';

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

/** A window typed as wall times in the page's zone, the staff member's or UTC, and the instants they name. */
export function useMaintenanceWindow(pageZone: string, now: Date) {
  const browserZone = useBrowserZone();
  const [entryZone, setEntryZone] = useState<EntryZone>('page');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const zone = entryZone === 'page' ? pageZone : entryZone === 'browser' ? (browserZone ?? pageZone) : 'UTC';
  const earliest = earliestAllowedStart(now);
  const startAt = toInstant(start, zone);
  return {
    pageZone,
    browserZone,
    entryZone,
    setEntryZone,
    start,
    setStart,
    end,
    setEnd,
    earliest,
    startAt,
    endAt: toInstant(end, zone),
    shortNotice: startAt !== null && !hasNotice(startAt, now),
    /** The first start with full notice, rounded up to five minutes, and one hour long. */
    fillEarliest() {
      const rounded = new Date(Math.ceil(earliest.getTime() / 300_000) * 300_000 + 300_000);
      setStart(toLocalInput(rounded, zone));
      setEnd(toLocalInput(new Date(rounded.getTime() + 3_600_000), zone));
    },
  };
}
type MaintenanceWindow = ReturnType<typeof useMaintenanceWindow>;

/** The earliest start allowed without an emergency, in the page's zone and the staff member's. */
export function EarliestStart({ timing: w }: { timing: MaintenanceWindow }) {
  const { cm, formatLocale } = useConsoleText();
  const at = (instant: Date, zone: string) => formatInstant(instant, zone, formatLocale);
  return (
    <div
      role="note"
      className="rounded-md border border-maint bg-maint-bg px-4 py-3 text-sm text-maint"
      aria-live="polite"
    >
      <p className="font-medium">{cm('form.earliest')}</p>
      <ul className="mt-1">
        <li>
          {cm('form.pageTime', { zone: w.pageZone })}:{' '}
          <strong data-testid="earliest-page">{at(w.earliest, w.pageZone)}</strong>
        </li>
        <li>
          {w.browserZone ? cm('form.yourTimeIn', { zone: w.browserZone }) : cm('form.yourTime')}:{' '}
          <strong data-testid="earliest-local">{w.browserZone ? at(w.earliest, w.browserZone) : '…'}</strong>
        </li>
      </ul>
    </div>
  );
}

/** The zone the times are typed in, the start and end, each echoed in the page's zone. */
export function WindowFields({
  timing: w,
  error,
}: {
  timing: MaintenanceWindow;
  error: (field: string) => string | undefined;
}) {
  const { cm, formatLocale } = useConsoleText();
  const at = (instant: Date, zone: string) => formatInstant(instant, zone, formatLocale);
  const { pageZone, browserZone, startAt, endAt } = w;
  return (
    <>
      <Field id="m-zone" label={cm('form.zone')}>
        <select
          id="m-zone"
          value={w.entryZone}
          onChange={(e) =>
            w.setEntryZone(
              e.target.value === 'browser' ? 'browser' : e.target.value === 'UTC' ? 'UTC' : 'page',
            )
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
          error={error('scheduledFor')}
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
            value={w.start}
            onChange={(e) => w.setStart(e.target.value)}
            required
            aria-invalid={error('scheduledFor') ? true : undefined}
            aria-describedby={describedBy('m-start', error('scheduledFor'), Boolean(startAt))}
            className={inputClass}
          />
        </Field>
        <Field
          id="m-end"
          label={cm('form.ends')}
          error={error('scheduledUntil')}
          hint={endAt ? cm('form.inOslo', { time: at(endAt, pageZone) }) : undefined}
        >
          <input
            id="m-end"
            type="datetime-local"
            value={w.end}
            onChange={(e) => w.setEnd(e.target.value)}
            required
            aria-invalid={error('scheduledUntil') ? true : undefined}
            aria-describedby={describedBy('m-end', error('scheduledUntil'), Boolean(endAt))}
            className={inputClass}
          />
        </Field>
      </div>
      <button type="button" onClick={w.fillEarliest} className={secondaryButtonClass}>
        {cm('form.fillEarliest')}
      </button>
    </>
  );
}
