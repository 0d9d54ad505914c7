import type { Metadata } from 'next';
import { consoleText, consoleTitle } from '@/components/admin/console-server';
import { ruleText } from '@/lib/i18n/rules';
import { OccurrenceActions } from '@/components/admin/occurrence-actions';
import { Badge } from '@/components/admin/status-badge';
import { requireStaffPage } from '@/lib/next/require-staff';
import { findOverride } from '@/lib/schedule/calendar';
import { expandRule } from '@/lib/schedule/expand';
import { indexRules } from '@/lib/schedule/recurrence';
import { getStore } from '@/lib/store';

export const generateMetadata = (): Promise<Metadata> => consoleTitle(({ cm }) => cm('schedule.title'));

const HORIZON_MS = 90 * 24 * 60 * 60 * 1000;
const PER_RULE = 6;

export default async function SchedulePage() {
  await requireStaffPage('/admin/schedule');
  const { doc } = await getStore().load();
  const now = new Date();
  const rulesById = indexRules(doc.rules);
  const range = { start: now, end: new Date(now.getTime() + HORIZON_MS) };
  const zone = doc.page.timeZone;
  const { cm, when, locale } = await consoleText();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{cm('schedule.title')}</h1>
        <p className="mt-1 text-muted">{cm('schedule.intro', { zone })}</p>
      </div>
      {doc.rules.map((rule) => {
        const occurrences = expandRule(rule, rulesById, range, { includeUnannounced: true })
          .filter((o) => o.start.getTime() > now.getTime())
          .slice(0, PER_RULE);
        const text = ruleText(locale, rule);
        return (
          <section
            key={rule.id}
            aria-labelledby={`rule-${rule.id}`}
            className="rounded-lg border border-border bg-surface"
          >
            <div className="border-b border-border px-4 py-3">
              <h2 id={`rule-${rule.id}`} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                {text.title}
                {rule.status === 'reserved' ? <Badge tone="reserved">{cm('schedule.reserved')}</Badge> : null}
              </h2>
              <p className="text-sm text-muted">{text.impact}</p>
            </div>
            {occurrences.length === 0 ? (
              <p className="px-4 py-3 text-muted">{cm('schedule.none')}</p>
            ) : (
              <ul className="divide-y divide-border">
                {occurrences.map((o) => {
                  const override = findOverride(doc.occurrenceOverrides, rule.id, o.start);
                  const cancelled = override?.cancelled ?? false;
                  const span = `${when(o.start, zone)} – ${when(o.end, zone)}`;
                  return (
                    <li key={o.id} className="space-y-2 px-4 py-3">
                      <p className={cancelled ? 'text-muted line-through' : ''}>
                        {span}
                        {cancelled ? (
                          <span className="ml-2 no-underline">{cm('schedule.cancelled')}</span>
                        ) : null}
                      </p>
                      <OccurrenceActions
                        ruleId={rule.id}
                        start={o.start.toISOString()}
                        cancelled={cancelled}
                        note={override?.note ?? null}
                        label={cm('schedule.occurrence', { title: text.title, when: span })}
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
