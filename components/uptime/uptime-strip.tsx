import Link from 'next/link';
import type { UptimeBarProps, UptimeDayStatus } from '@/components/uptime/uptime-bar';

const fill: Record<UptimeDayStatus, string> = {
  operational: 'bg-ok',
  degraded_performance: 'bg-minor',
  partial_outage: 'bg-major',
  major_outage: 'bg-critical',
  under_maintenance: 'bg-maint',
  no_data: 'bg-border',
};

/**
 * 90 days as bars coloured by each day's worst status, rendered on the server with no script: the mouse gets
 * each day's summary as a tooltip, keyboards and screen readers get the days with incidents as a list.
 */
export function UptimeStrip({ componentId, name, percentText, rangeStartText, todayText, days, incidentsLabel }: UptimeBarProps & { incidentsLabel: string }) {
  const eventful = days.filter((d) => d.incidents.length > 0 || (d.status !== 'operational' && d.status !== 'no_data'));
  return (
    <div className="space-y-1" data-uptime={componentId}>
      <div className="flex h-7 gap-px" role="img" aria-label={`${name}: ${percentText} (${rangeStartText} – ${todayText})`}>
        {days.map((d) => (
          <span key={d.date} title={d.label} data-date={d.date} data-status={d.status} className={`min-w-0 flex-1 rounded-[1px] ${fill[d.status]}`} />
        ))}
      </div>
      <div className="flex justify-between gap-2 text-xs text-muted">
        <span aria-hidden="true">{rangeStartText}</span>
        <span data-uptime-percent>{percentText}</span>
        <span aria-hidden="true">{todayText}</span>
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
                    <Link href={`/incidents/${encodeURIComponent(incident.id)}`} className="text-accent underline">
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
