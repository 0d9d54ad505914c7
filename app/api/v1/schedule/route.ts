import { z } from 'zod';
import { handle } from '@/lib/http/error-response';
import { publicJson } from '@/lib/http/responses';
import { parseLocale, type Locale } from '@/lib/core/locales';
import { ruleText } from '@/lib/i18n/rules';
import type { ScheduleRule } from '@/lib/store/schema';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

const scheduleParamsSchema = z.object({ lang: z.string().nullable() });

/** A rule as API data: when it repeats (`cadence`, counted from `anchor`), its wall times in `zone`, and what to expect. */
function ruleJson(rule: ScheduleRule, locale: Locale | null) {
  const text = locale ? ruleText(locale, rule) : rule;
  const { anchor, ...cadence } =
    rule.recurrence.type === 'weekly' ? rule.recurrence : { ...rule.recurrence, anchor: null };
  return {
    id: rule.id,
    title: text.title,
    description: text.description,
    impact: text.impact,
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

/** The recurring maintenance rules as data, titles and texts in ?lang= when given. */
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
