import { z } from 'zod';
import { handle, publicJson } from '@/lib/api/http';
import { parseLocale, type Locale } from '@/lib/i18n/locales';
import { localizedRule } from '@/lib/i18n/rules';
import type { ScheduleRule } from '@/lib/store/schema';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

const scheduleParamsSchema = z.object({ lang: z.string().nullable() });

/** A rule as API data: when it repeats (`cadence`, counted from `anchor`), its wall times in `zone`, and what to expect. */
function ruleJson(rule: ScheduleRule, locale: Locale | null) {
  const text = locale ? localizedRule(locale, rule.id) : null;
  const { anchor, ...cadence } =
    rule.recurrence.type === 'weekly' ? rule.recurrence : { ...rule.recurrence, anchor: null };
  return {
    id: rule.id,
    title: text?.title ?? rule.title,
    description: text?.description ?? rule.description,
    impact: text?.impact ?? rule.impact,
    zone: rule.zone,
    status: rule.status,
    anchor,
    cadence,
    /** Wall times in `zone`: exactly one of `end` (at or before `start` means the next day) and `durationMinutes`. */
    times: { start: rule.startTime, end: rule.endTime, durationMinutes: rule.durationMinutes },
    componentIds: rule.componentIds,
    publishedAt: rule.publishedAt,
    updatedAt: rule.updatedAt,
  };
}

/** The recurring maintenance rules as data (API.md), titles and texts in ?lang= when given. */
export const GET = handle(async (request: Request) => {
  const params = scheduleParamsSchema.parse({ lang: new URL(request.url).searchParams.get('lang') });
  const locale = parseLocale(params.lang);
  const { doc } = await getStore().load();
  return publicJson(
    request,
    { timeZone: doc.page.timeZone, rules: doc.rules.map((rule) => ruleJson(rule, locale)) },
    { 'Access-Control-Expose-Headers': 'ETag', ...(locale ? { 'Content-Language': locale } : {}) },
  );
});
