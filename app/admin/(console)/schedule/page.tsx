import type { Metadata } from 'next';
import { formatInstant } from '@/components/admin/labels';
import { OccurrenceActions } from '@/components/admin/occurrence-actions';
import { Badge } from '@/components/admin/status-badge';
import { requireStaffPage } from '@/lib/next/require-staff';
import { findOverride } from '@/lib/schedule/calendar';
import { expandRule } from '@/lib/schedule/expand';
import { indexRules } from '@/lib/schedule/recurrence';
import { getStore } from '@/lib/store';

export const metadata: Metadata = { title: 'Recurring schedule' };

const HORIZON_MS = 90 * 24 * 60 * 60 * 1000;
const PER_RULE = 6;

export default async function SchedulePage() {
  await requireStaffPage('/admin/schedule');
  const { doc } = await getStore().load();
  const now = new Date();
  const rulesById = indexRules(doc.rules);
  const range = { start: now, end: new Date(now.getTime() + HORIZON_MS) };
  const zone = doc.page.timeZone;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Recurring schedule</h1>
        <p className="mt-1 text-muted">
          Cancel or annotate one occurrence without changing the rule. Times in Oslo time ({zone}).
        </p>
      </div>
      {doc.rules.map((rule) => {
        const occurrences = expandRule(rule, rulesById, range, { includeUnannounced: true })
          .filter((o) => o.start.getTime() > now.getTime())
          .slice(0, PER_RULE);
        return (
          <section
            key={rule.id}
            aria-labelledby={`rule-${rule.id}`}
            className="rounded-lg border border-border bg-surface"
          >
            <div className="border-b border-border px-4 py-3">
              <h2 id={`rule-${rule.id}`} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                {rule.title}
                {rule.status === 'reserved' ? <Badge tone="reserved">Reserved window</Badge> : null}
              </h2>
              <p className="text-sm text-muted">{rule.impact}</p>
            </div>
            {occurrences.length === 0 ? (
              <p className="px-4 py-3 text-muted">No occurrences in the next 90 days.</p>
            ) : (
              <ul className="divide-y divide-border">
                {occurrences.map((o) => {
                  const override = findOverride(doc.occurrenceOverrides, rule.id, o.start);
                  const cancelled = override?.cancelled ?? false;
                  const when = `${formatInstant(o.start, zone)} – ${formatInstant(o.end, zone)}`;
                  return (
                    <li key={o.id} className="space-y-2 px-4 py-3">
                      <p className={cancelled ? 'text-muted line-through' : ''}>
                        {when}
                        {cancelled ? <span className="ml-2 no-underline">(cancelled)</span> : null}
                      </p>
                      <OccurrenceActions
                        ruleId={rule.id}
                        start={o.start.toISOString()}
                        cancelled={cancelled}
                        note={override?.note ?? null}
                        label={`${rule.title} on ${when}`}
                      />
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
