import { z } from 'zod';
import { handle, publicResponse } from '@/lib/api/http';
import { buildIcs } from '@/lib/api/ical';
import { parseLocale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/messages';
import { localizedRule } from '@/lib/i18n/rules';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

const icsParamsSchema = z.object({ lang: z.string().nullable() });

/**
 * The maintenance schedule as an RFC 5545 feed for Outlook, Google and Apple calendars, in ?lang= (English
 * by default). Served inline so `webcal://` subscriptions and a click in the browser both work.
 */
export const GET = handle(async (request: Request) => {
  const params = icsParamsSchema.parse({ lang: new URL(request.url).searchParams.get('lang') });
  const locale = parseLocale(params.lang) ?? 'en';
  const t = getTranslator(locale);
  const { doc } = await getStore().load();
  const moreAt = t('calendar.ics.moreAt', { url: new URL('/calendar', doc.page.url).toString() });
  const reserved = new Set(doc.rules.filter((r) => r.status === 'reserved').map((r) => r.id));
  const ics = buildIcs({
    rules: doc.rules,
    maintenances: doc.maintenances,
    overrides: doc.occurrenceOverrides,
    pageName: t('calendar.ics.name', { page: doc.page.name }),
    pageUrl: doc.page.url,
    timeZone: doc.page.timeZone,
    now: new Date(),
    translate: (ruleId) => {
      const text = localizedRule(locale, ruleId);
      if (!text) return null;
      return {
        summary: reserved.has(ruleId) ? t('calendar.ics.reservedTitle', { title: text.title }) : text.title,
        description: [text.description, text.impact, moreAt].join('\n\n'),
      };
    },
    labels: {
      emergency: t('calendar.window.emergency'),
      reserved: t('calendar.status.reserved'),
      maintenance: t('feeds.maintenance'),
    },
  });
  return publicResponse(request, ics, {
    contentType: 'text/calendar; charset=utf-8',
    cors: true,
    headers: {
      'Content-Disposition': `inline; filename="maintenance-${locale}.ics"`,
      'Content-Language': locale,
      'Access-Control-Expose-Headers': 'ETag',
    },
  });
});
