import { localizeDocument } from '@/lib/status/localize';
import { z } from 'zod';
import { localizedCalendar } from '@/lib/formats/calendar';
import { DomainError, isDomainError } from '@/lib/core/errors';
import { handle } from '@/lib/http/error-response';
import { publicJson } from '@/lib/http/responses';
import { parseLocale, type Locale } from '@/lib/core/locales';
import { getTranslator } from '@/lib/i18n/messages';
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
  if (!isDomainError(error) || locale === null) return error;
  if (error.code !== 'invalid_date' && error.code !== 'invalid_timezone' && error.code !== 'invalid_range')
    return error;
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
 * Every maintenance window overlapping [from, to) in `tz`. Rule windows carry
 * their title in ?lang= (English by default); maintenances keep the name staff wrote.
 */
export const GET = handle(async (request: Request) => {
  const search = new URL(request.url).searchParams;
  const params = calendarParamsSchema.parse({
    from: search.get('from'),
    to: search.get('to'),
    tz: search.get('tz'),
    lang: search.get('lang'),
  });
  const locale = parseLocale(params.lang);
  const stored = (await getStore().load()).doc;
  const localized = localizeDocument(stored, locale ?? stored.page.defaultLocale);
  const now = new Date();
  const calendar = parseOrExplain(() => localizedCalendar(localized, params, locale ?? 'en', now), locale);
  return publicJson(request, calendar, {
    'Access-Control-Expose-Headers': 'ETag',
    ...(locale ? { 'Content-Language': locale } : {}),
  });
});
