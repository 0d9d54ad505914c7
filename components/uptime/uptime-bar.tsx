'use client';

import Link from 'next/link';
import { useId, useRef, useState, type KeyboardEvent } from 'react';

export type UptimeDayStatus = 'operational' | 'degraded_performance' | 'partial_outage' | 'major_outage' | 'under_maintenance' | 'no_data';

export interface UptimeBarDay {
  date: string;
  status: UptimeDayStatus;
  /** "25 Nov 2026: 1 incident" – what a screen reader says for the bar. */
  label: string;
  dateText: string;
  summary: string;
  incidents: { id: string; name: string }[];
}

export interface UptimeBarProps {
  componentId: string;
  name: string;
  percentText: string;
  rangeStartText: string;
  todayText: string;
  days: UptimeBarDay[];
}

const fill: Record<UptimeDayStatus, string> = {
  operational: 'bg-ok',
  degraded_performance: 'bg-minor',
  partial_outage: 'bg-major',
  major_outage: 'bg-critical',
  under_maintenance: 'bg-maint',
  no_data: 'bg-border',
};

/**
 * 90 days as bars coloured by each day's worst status. One tab stop: arrow keys, Home and End move between
 * days; hovering or focusing a day shows its summary and incidents below the bar.
 */
export function UptimeBar({ componentId, name, percentText, rangeStartText, todayText, days }: UptimeBarProps) {
  const last = days.length - 1;
  const [focus, setFocus] = useState(last);
  const [shown, setShown] = useState<number | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const panelId = useId();

  const move = (index: number) => {
    const next = Math.max(0, Math.min(last, index));
    setFocus(next);
    setShown(next);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, number> = { ArrowLeft: focus - 1, ArrowRight: focus + 1, Home: 0, End: last };
    const target = keys[event.key];
    if (target === undefined) {
      if (event.key === 'Escape') setShown(null);
      return;
    }
    event.preventDefault();
    move(target);
  };
  const day = shown === null ? null : days[shown];

  return (
    <div className="space-y-1" data-uptime={componentId}>
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="font-medium">{name}</span>
        <span className="text-muted" data-uptime-percent>
          {percentText}
        </span>
      </div>
      <div role="group" aria-label={`${name}: ${percentText}`} className="flex h-8 gap-px" onKeyDown={onKeyDown} onMouseLeave={() => setShown(null)}>
        {days.map((d, i) => (
          <button
            key={d.date}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            tabIndex={i === focus ? 0 : -1}
            aria-label={d.label}
            aria-describedby={shown === i ? panelId : undefined}
            data-date={d.date}
            data-status={d.status}
            onMouseEnter={() => setShown(i)}
            onFocus={() => {
              setFocus(i);
              setShown(i);
            }}
            onBlur={() => setShown(null)}
            className={`min-w-0 flex-1 rounded-[1px] ${fill[d.status]} opacity-90 hover:opacity-100 focus-visible:opacity-100`}
          />
        ))}
      </div>
      <div className="flex justify-between text-xs text-muted" aria-hidden="true">
        <span>{rangeStartText}</span>
        <span>{todayText}</span>
      </div>
      <div id={panelId} role="status" className="min-h-5 text-sm">
        {day ? (
          <div className="rounded-md border border-border bg-surface px-3 py-2 shadow-sm">
            <p className="font-medium">{day.dateText}</p>
            <p className="text-muted">{day.summary}</p>
            {day.incidents.length > 0 ? (
              <ul className="mt-1 list-disc pl-5">
                {day.incidents.map((incident) => (
                  <li key={incident.id}>
                    <Link href={`/incidents/${encodeURIComponent(incident.id)}`} className="text-accent underline-offset-2 hover:underline">
                      {incident.name}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
