import Link from 'next/link';
import type { HistoryMonth } from '@/components/incidents/history-view';
import { StatusIcon, type StatusTone } from '@/components/status/status-icon';

const tone: Record<string, StatusTone> = {
  none: 'ok',
  minor: 'minor',
  major: 'major',
  critical: 'critical',
  maintenance: 'maint',
};

export interface HistoryListProps {
  months: HistoryMonth[];
  labels: { incidents: string; maintenance: string; empty: (month: string) => string };
}

/** Month by month, each incident or maintenance with its state, when, and the gist of its latest update. */
export function HistoryList({ months, labels }: HistoryListProps) {
  return (
    <div className="space-y-8">
      {months.map((month) => (
        <section
          key={month.key}
          aria-labelledby={`month-${month.key}`}
          className="space-y-3"
          data-month={month.key}
        >
          <h2
            id={`month-${month.key}`}
            className="border-b border-border pb-1 text-lg font-semibold capitalize"
          >
            {month.label}
          </h2>
          {month.items.length === 0 ? (
            <p className="text-sm text-muted">{labels.empty(month.label)}</p>
          ) : (
            <ul className="space-y-3">
              {month.items.map((item) => (
                <li
                  key={item.id}
                  className="rounded-lg border border-border bg-surface p-3"
                  data-kind={item.kind}
                  data-id={item.id}
                >
                  <div className="flex items-start gap-2">
                    <StatusIcon tone={tone[item.impact] ?? 'ok'} className="mt-0.5 size-5" />
                    <div className="min-w-0 space-y-0.5">
                      <Link
                        href={`/incidents/${encodeURIComponent(item.id)}`}
                        className="font-semibold break-words text-accent underline-offset-2 hover:underline"
                        lang={item.nameLang}
                      >
                        {item.name}
                      </Link>
                      <p className="text-sm text-muted">
                        {item.kind === 'incident' ? labels.incidents : labels.maintenance} ·{' '}
                        {item.statusLabel} · {item.whenText}
                      </p>
                      {item.summary ? (
                        <p className="text-sm break-words" lang={item.summaryLang}>
                          {item.summary}
                        </p>
                      ) : null}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
