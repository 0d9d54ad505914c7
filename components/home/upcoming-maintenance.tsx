import Link from 'next/link';
import type { UpcomingWindow } from '@/lib/schedule/upcoming';
import type { FormatLocale } from '@/lib/i18n/negotiate';
import { formatDateTime, formatOffset, formatTime, formatDate } from '@/lib/i18n/format';
import { formatDuration } from '@/lib/i18n/relative';
import type { Translate } from '@/lib/i18n/translator';
import { StatusIcon } from '@/components/status/status-icon';

export interface UpcomingMaintenanceProps {
  windows: UpcomingWindow[];
  titles: Map<string, string>;
  /** The language of a maintenance title shown untranslated, by window id. */
  titleLangs: Map<string, string>;
  /** What a recurring window means for the customer, shown above how far ahead it was announced. */
  notes: Map<string, string>;
  /** What a recurring policy window is ("Every second Friday, part of …"), said instead of its notice. */
  schedule: Map<string, string>;
  /** Windows that overlap the viewer's working hours, flagged as the calendar does. */
  overlapping: ReadonlySet<string>;
  zone: string;
  formatLocale: FormatLocale;
  days: number;
  t: Translate;
}

const DAY_MS = 86_400_000;

/** Weeks of notice read better as whole days; a short notice keeps its hours. */
function roundedNotice(ms: number): number {
  return ms >= 2 * DAY_MS ? Math.floor(ms / DAY_MS) * DAY_MS : ms;
}

function range(w: UpcomingWindow, zone: string, locale: FormatLocale): string {
  const sameDay = formatDate(w.start, zone, locale) === formatDate(w.end, zone, locale);
  const end = sameDay ? formatTime(w.end, zone, locale) : formatDateTime(w.end, zone, locale);
  return `${formatDateTime(w.start, zone, locale)} – ${end} (${formatOffset(w.start, zone)})`;
}

/** The next windows within two weeks, in the viewer's clock, each with how long ahead it was announced. */
export function UpcomingMaintenance({
  windows,
  titles,
  titleLangs,
  notes,
  schedule,
  overlapping,
  zone,
  formatLocale,
  days,
  t,
}: UpcomingMaintenanceProps) {
  return (
    <section aria-labelledby="maintenance-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="maintenance-title" className="text-lg font-semibold">
          {t('home.maintenance.title')}
        </h2>
        <Link href="/calendar" className="text-sm text-accent underline">
          {t('home.maintenance.viewCalendar')}
        </Link>
      </div>
      {windows.length === 0 ? (
        <p className="rounded-xl border border-border bg-surface px-4 py-3 text-muted">
          {t('home.maintenance.none', { days })}
        </p>
      ) : (
        <ul className="divide-y divide-border overflow-hidden rounded-xl border border-border bg-surface">
          {windows.map((w) => (
            <li key={w.id} className="flex gap-3 px-4 py-3" data-window={w.id}>
              <StatusIcon tone="maint" className="mt-0.5 size-5" />
              <div className="min-w-0">
                <p className="font-medium">
                  <span lang={titleLangs.get(w.id)}>
                    {w.maintenanceId ? (
                      <Link
                        href={`/incidents/${encodeURIComponent(w.maintenanceId)}`}
                        className="underline-offset-2 hover:underline"
                      >
                        {titles.get(w.id) ?? w.title}
                      </Link>
                    ) : (
                      (titles.get(w.id) ?? w.title)
                    )}
                  </span>
                  {w.emergency ? (
                    <span className="ml-2 rounded bg-critical-bg px-1.5 py-0.5 text-xs font-semibold text-critical">
                      {t('status.emergency')}
                    </span>
                  ) : null}
                  {w.status === 'in_progress' ? (
                    <span className="ml-2 rounded bg-maint-bg px-1.5 py-0.5 text-xs font-semibold text-maint">
                      {t('status.maintenance.in_progress')}
                    </span>
                  ) : null}
                </p>
                <p className="text-sm">
                  <time dateTime={w.start.toISOString()}>{range(w, zone, formatLocale)}</time>
                </p>
                {overlapping.has(w.id) ? (
                  <p
                    className="mt-1 inline-flex items-center gap-1.5 rounded bg-major-bg px-2 py-0.5 text-xs font-semibold text-major"
                    data-overlap-label
                  >
                    <StatusIcon tone="major" className="size-4" />
                    {t('home.maintenance.inWorkingHours')}
                  </p>
                ) : null}
                {notes.has(w.id) ? <p className="text-sm text-muted">{notes.get(w.id)}</p> : null}
                <p className="text-xs text-muted" data-schedule-note>
                  {schedule.get(w.id) ??
                    t('home.maintenance.announcedAhead', {
                      time: formatDuration(roundedNotice(w.noticeMs), formatLocale),
                    })}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
