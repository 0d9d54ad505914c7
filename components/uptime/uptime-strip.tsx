import Link from 'next/link';
import type { CSSProperties } from 'react';
import type { UptimeBarDay, UptimeBarProps, UptimeDayStatus } from '@/components/uptime/uptime-props';

const fill: Record<UptimeDayStatus, string> = {
  operational: 'bg-ok',
  degraded_performance: 'bg-minor',
  partial_outage: 'bg-major',
  major_outage: 'bg-critical',
  under_maintenance: 'bg-maint',
  no_data: 'bg-border',
};

interface Segment {
  key: string;
  status: UptimeDayStatus;
  days: number;
  label: string;
}

/** Quiet days in a row share one element (and one tooltip); a day with incidents stands alone. */
function segmentsOf(days: readonly UptimeBarDay[]): Segment[] {
  const segments: (Segment & { first: UptimeBarDay; last: UptimeBarDay })[] = [];
  for (const day of days) {
    const previous = segments.at(-1);
    const quiet = day.incidents.length === 0;
    if (
      previous &&
      quiet &&
      previous.last.incidents.length === 0 &&
      previous.status === day.status &&
      previous.first.summary === day.summary
    ) {
      previous.days += 1;
      previous.last = day;
      previous.label = `${previous.first.dateText} – ${day.dateText}: ${day.summary}`;
      continue;
    }
    segments.push({ key: day.date, status: day.status, days: 1, label: day.label, first: day, last: day });
  }
  return segments;
}

/**
 * 90 days as bars coloured by each day's worst status, rendered on the server with no script: the mouse gets
 * each day's summary as a tooltip, keyboards and screen readers get the days with incidents as a list.
 */
export function UptimeStrip({
  componentId,
  name,
  percentText,
  rangeStartText,
  todayText,
  days,
  incidentsLabel,
}: UptimeBarProps & { incidentsLabel: string }) {
  const segments = segmentsOf(days);
  const gridStyle: CSSProperties & { '--uptime-days': number } = { '--uptime-days': days.length };
  const eventful = days.filter(
    (d) => d.incidents.length > 0 || (d.status !== 'operational' && d.status !== 'no_data'),
  );
  return (
    <div className="space-y-1" data-uptime={componentId}>
      <div
        className="relative flex h-7 overflow-hidden rounded-sm"
        role="img"
        aria-label={`${name}: ${percentText} (${rangeStartText} – ${todayText})`}
        style={gridStyle}
      >
        {segments.map((s) => (
          <span
            key={s.key}
            title={s.label}
            data-status={s.status}
            style={{ flexGrow: s.days }}
            className={`basis-0 ${fill[s.status]}`}
          />
        ))}
        <span aria-hidden="true" className="uptime-days pointer-events-none absolute inset-0" />
      </div>
      {/* The ends keep to one line; on a narrow phone the uptime in the middle wraps instead ("100,00 %" over "Verfügbarkeit"). */}
      <div className="grid grid-cols-[auto_1fr_auto] gap-2 text-xs text-muted">
        <span aria-hidden="true" className="whitespace-nowrap">
          {rangeStartText}
        </span>
        <span data-uptime-percent className="text-center">
          {percentText}
        </span>
        <span aria-hidden="true" className="whitespace-nowrap">
          {todayText}
        </span>
      </div>
      {eventful.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-accent">
            {incidentsLabel} ({eventful.length})
          </summary>
          <ul className="mt-1 space-y-1 pl-1">
            {eventful.map((d) => (
              <li key={d.date}>
                <span className="font-medium">{d.dateText}</span>: {d.summary}
                {d.incidents.map((incident) => (
                  <span key={incident.id}>
                    {' · '}
                    <Link
                      href={`/incidents/${encodeURIComponent(incident.id)}`}
                      className="text-accent underline"
                      lang={incident.lang}
                    >
                      {incident.name}
                    </Link>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
