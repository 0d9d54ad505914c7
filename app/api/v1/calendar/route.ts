import { z } from 'zod';
import { DomainError } from '@/lib/api/errors';
import { handle, publicJson } from '@/lib/api/http';
import { parseLocale, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/messages';
import { localizedRule } from '@/lib/i18n/rules';
import { buildCalendar, calendarResponse, parseCalendarQuery, scheduleDataOf } from '@/lib/schedule';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

const calendarParamsSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  tz: z.string().nullable(),
  lang: z.string().nullable(),
});

/** With ?lang=, a bad query is explained in that language (errors.api.*); the details still name the parameter. */
function localizedError(error: unknown, locale: Locale | null): unknown {
  if (!(error instanceof DomainError) || locale === null) return error;
  if (error.code !== 'invalid_date' && error.code !== 'invalid_timezone' && error.code !== 'invalid_range') return error;
  return new DomainError(error.code, getTranslator(locale)(`errors.api.${error.code}`), error.details);
}

function parseOrExplain<T>(parse: () => T, locale: Locale | null): T {
  try {
    return parse();
  } catch (error) {
    throw localizedError(error, locale);
  }
}

/**
 * Every maintenance window overlapping [from, to) in `tz` (API.md, "Maintenance calendar"). Rule windows carry
 * their title in ?lang= (English by default); maintenances keep the name staff wrote.
 */
export const GET = handle(async (request: Request) => {
  const search = new URL(request.url).searchParams;
  const params = calendarParamsSchema.parse({ from: search.get('from'), to: search.get('to'), tz: search.get('tz'), lang: search.get('lang') });
  const locale = parseLocale(params.lang);
  const { doc } = await getStore().load();
  const now = new Date();
  const query = parseOrExplain(() => parseCalendarQuery(params, { now, pageZone: doc.page.timeZone }), locale);
  const windows = buildCalendar({ ...scheduleDataOf(doc), range: query.range, now });
  const title = (w: (typeof windows)[number]) =>
    w.ruleId !== null && w.maintenanceId === null ? (localizedRule(locale ?? 'en', w.ruleId)?.title ?? w.title) : w.title;
  return publicJson(request, calendarResponse(windows, query.timeZone, query.from, query.to, title), {
    'Access-Control-Expose-Headers': 'ETag',
    ...(locale ? { 'Content-Language': locale } : {}),
  });
});
