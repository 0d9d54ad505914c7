import { formatDuration } from '@/lib/i18n/relative';
import type { FormatLocale } from '@/lib/i18n/negotiate';
import type { AreaTranslate } from '@/lib/i18n/translator';
import type { CalendarWindowJson } from '@/lib/schedule/calendar-query';
import type { LocalDate } from '@/lib/schedule/local-date';
import { StatusIcon } from '@/components/status/status-icon';
import type { AgendaDay, FrequentRun } from './agenda';
import { DownloadIcsButton } from './download-ics-button';
import { durationMs, longDate, mediumDate, statusTone, windowOffsets, windowTimes } from './window-text';

export interface CalendarAgendaProps {
  /** Null while the month loads. */
  agenda: { runs: FrequentRun[]; days: AgendaDay[] } | null;
  today: LocalDate;
  monthTitle: string;
  zone: string;
  formatLocale: FormatLocale;
  overlapping: ReadonlySet<string>;
  t: AreaTranslate<'calendar'>;
  /** What customers should expect from a window, in the viewer's language (null when there is nothing to add). */
  impactOf: (window: CalendarWindowJson) => string | null;
  icsFor: (window: CalendarWindowJson) => { text: string; fileName: string };
}

type Shared = Pick<CalendarAgendaProps, 'zone' | 'formatLocale' | 't' | 'icsFor' | 'overlapping'>;

function OverlapMark({ t }: { t: AreaTranslate<'calendar'> }) {
  return (
    <p
      className="inline-flex items-center gap-1.5 rounded bg-major-bg px-2 py-0.5 text-xs font-semibold text-major"
      data-overlap-label
    >
      <StatusIcon tone="major" className="size-4" />
      {t('workingHours.overlaps')}
    </p>
  );
}

function StatusWord({ status, t }: { status: CalendarWindowJson['status']; t: AreaTranslate<'calendar'> }) {
  return (
    <span
      className="rounded border border-border px-1.5 py-0.5 text-xs font-semibold text-text"
      data-status-label
    >
      {t(`status.${status}`)}
    </span>
  );
}

function Times({
  window: w,
  zone,
  formatLocale,
  t,
}: { window: CalendarWindowJson } & Pick<Shared, 'zone' | 'formatLocale' | 't'>) {
  return (
    <>
      <time dateTime={w.start} className="whitespace-nowrap tabular-nums">
        {t('window.timeRange', windowTimes(w, formatLocale))}
      </time>{' '}
      <span className="text-muted">
        ({zone}, <span className="whitespace-nowrap">{windowOffsets(w)}</span>)
      </span>
    </>
  );
}

function Download({
  window: w,
  formatLocale,
  t,
  icsFor,
  className = '',
}: { window: CalendarWindowJson; className?: string } & Pick<Shared, 'formatLocale' | 't' | 'icsFor'>) {
  return (
    <DownloadIcsButton
      className={`print:hidden ${className}`}
      label={t('subscribe.download')}
      context={`${w.title}, ${mediumDate(w.localStart.slice(0, 10), formatLocale)}`}
      make={() => icsFor(w)}
    />
  );
}

function AgendaItem({
  window: w,
  impact,
  ...shared
}: { window: CalendarWindowJson; impact: string | null } & Shared) {
  const { t, formatLocale, overlapping } = shared;
  return (
    <li
      className="flex flex-wrap gap-x-3 gap-y-2 px-4 py-3 sm:flex-nowrap"
      data-window={w.id}
      data-status={w.status}
      data-overlaps={overlapping.has(w.id) ? 'true' : 'false'}
    >
      <StatusIcon tone={statusTone[w.status]} className="mt-0.5 size-5" />
      <div className="min-w-0 flex-1 basis-48 space-y-1">
        <p className={`font-medium ${w.status === 'cancelled' ? 'line-through decoration-1' : ''}`}>
          <span lang={w.titleLang}>{w.title}</span>
          {w.emergency ? (
            <span className="ml-2 rounded bg-critical-bg px-1.5 py-0.5 text-xs font-semibold text-critical">
              {t('window.emergency')}
            </span>
          ) : null}
        </p>
        <p className="text-sm">
          <Times window={w} {...shared} />
        </p>
        <p className="flex flex-wrap items-center gap-x-2 text-xs text-muted">
          <StatusWord status={w.status} t={t} />
          <span>{t('window.lasts', { duration: formatDuration(durationMs(w), formatLocale) })}</span>
        </p>
        {impact ? <p className="text-sm text-muted">{impact}</p> : null}
        {overlapping.has(w.id) ? <OverlapMark t={t} /> : null}
      </div>
      <Download window={w} className="ml-8 sm:ml-0" {...shared} />
    </li>
  );
}

/** A frequent rule (the nightly recycle) as runs of days with the same times, each window still listed on demand. */
function FrequentRuns({ runs, impact, ...shared }: { runs: FrequentRun[]; impact: string | null } & Shared) {
  const { t, formatLocale, overlapping } = shared;
  const windows = runs.flatMap((r) => r.windows);
  const first = windows[0];
  if (!first) return null;
  return (
    <div
      className="space-y-2 rounded-xl border border-border bg-surface px-4 py-3"
      data-frequent={first.ruleId}
    >
      <p className="flex items-center gap-2 font-medium">
        <StatusIcon tone="maint" className="size-5" />
        {first.title}
      </p>
      <ul className="space-y-1.5 text-sm">
        {runs.map((run) => {
          const sample = run.windows[0] ?? first;
          return (
            <li
              key={`${run.first}-${sample.id}`}
              className="flex flex-wrap items-center gap-x-2 gap-y-1"
              data-run={`${run.first}/${run.last}`}
            >
              <span className="font-medium">
                {run.first === run.last
                  ? mediumDate(run.first, formatLocale)
                  : `${mediumDate(run.first, formatLocale)} – ${mediumDate(run.last, formatLocale)}`}
                :
              </span>
              <span>
                <Times window={sample} {...shared} />
              </span>
              <StatusWord status={sample.status} t={t} />
              {run.windows.some((w) => overlapping.has(w.id)) ? <OverlapMark t={t} /> : null}
            </li>
          );
        })}
      </ul>
      {impact ? <p className="text-sm text-muted">{impact}</p> : null}
      <details className="print:hidden">
        <summary className="cursor-pointer text-sm text-accent underline">
          {t('agenda.showEach', { count: windows.length })}
        </summary>
        <ul className="mt-2 divide-y divide-border text-sm">
          {windows.map((w) => (
            <li
              key={w.id}
              className="flex flex-wrap items-center justify-between gap-2 py-1.5"
              data-window={w.id}
              data-status={w.status}
              data-overlaps={overlapping.has(w.id) ? 'true' : 'false'}
            >
              <span>
                {longDate(w.localStart.slice(0, 10), formatLocale)}: <Times window={w} {...shared} /> ·{' '}
                {t(`status.${w.status}`)}
                {overlapping.has(w.id) ? ` · ${t('workingHours.overlaps')}` : ''}
              </span>
              <Download window={w} {...shared} />
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** The month as a list: frequent windows gathered first, then every other window by day with times, zone and offset, status in words, impact and a download. */
export function CalendarAgenda({ agenda, today, monthTitle, impactOf, ...shared }: CalendarAgendaProps) {
  const { t, formatLocale } = shared;
  const byRule = new Map<string, FrequentRun[]>();
  for (const run of agenda?.runs ?? []) byRule.set(run.ruleId, [...(byRule.get(run.ruleId) ?? []), run]);
  return (
    <section aria-labelledby="agenda-title" className="space-y-3">
      <h3 id="agenda-title" className="text-lg font-semibold">
        {t('agenda.title')}
      </h3>
      {agenda === null ? null : agenda.days.length === 0 && agenda.runs.length === 0 ? (
        <p className="rounded-xl border border-border bg-surface px-4 py-3 text-muted">
          {t('agenda.empty', { month: monthTitle })}
        </p>
      ) : (
        <>
          {[...byRule].map(([ruleId, runs]) => (
            <FrequentRuns
              key={ruleId}
              runs={runs}
              impact={runs[0]?.windows[0] ? impactOf(runs[0].windows[0]) : null}
              {...shared}
            />
          ))}
          <ol className="space-y-4">
            {agenda.days.map((day) => (
              <li key={day.date} className="space-y-1.5">
                <h4
                  id={`agenda-${day.date}`}
                  tabIndex={-1}
                  className="scroll-mt-4 text-sm font-semibold first-letter:uppercase"
                >
                  {longDate(day.date, formatLocale)}
                  {day.date === today ? (
                    <span className="ml-2 rounded bg-accent px-1.5 py-0.5 text-xs text-accent-fg">
                      {t('nav.today')}
                    </span>
                  ) : null}
                </h4>
                <ul className="divide-y divide-border overflow-hidden rounded-xl border border-border bg-surface">
                  {day.windows.map((w) => (
                    <AgendaItem key={w.id} window={w} impact={impactOf(w)} {...shared} />
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
