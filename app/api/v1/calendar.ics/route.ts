import { localizeDocument } from '@/lib/status/localize';
import { z } from 'zod';
import { handle } from '@/lib/http/error-response';
import { publicResponse } from '@/lib/http/responses';
import { buildIcs } from '@/lib/formats/ical';
import { parseLocale } from '@/lib/core/locales';
import { getTranslator } from '@/lib/i18n/messages';
import { ruleText } from '@/lib/i18n/rules';
import { getStore } from '@/lib/store';
import { touchesComponents } from '@/lib/schedule/component-filter';
import { assertComponentsExist } from '@/lib/status/components';

export const dynamic = 'force-dynamic';

const icsParamsSchema = z.object({
  lang: z.string().nullable(),
  /** A personal feed: only windows that touch one of these components (comma-separated ids). */
  components: z
    .string()
    .max(2000)
    .nullable()
    .transform((value) =>
      value
        ? value
            .split(',')
            .map((id) => id.trim())
            .filter((id) => id !== '')
        : [],
    ),
});

/**
 * The maintenance schedule as an RFC 5545 feed for Outlook, Google and Apple calendars, in ?lang= (English
 * by default); ?components=a,b keeps only the windows that touch those components (a subscriber's own feed). Served inline so `webcal://` subscriptions and a click in the browser both work.
 */
export const GET = handle(async (request: Request) => {
  const search = new URL(request.url).searchParams;
  const params = icsParamsSchema.parse({ lang: search.get('lang'), components: search.get('components') });
  const locale = parseLocale(params.lang) ?? 'en';
  const t = getTranslator(locale);
  const { doc } = localizeDocument((await getStore().load()).doc, locale);
  assertComponentsExist(doc, params.components, 'components');
  const touches = (ids: readonly string[]) => touchesComponents(ids, params.components);
  const moreAt = t('calendar.ics.moreAt', { url: new URL('/calendar', doc.page.url).toString() });
  const rules = new Map(doc.rules.map((rule) => [rule.id, rule]));
  const ics = buildIcs({
    rules: doc.rules.filter((rule) => touches(rule.componentIds)),
    maintenances: doc.maintenances.filter((m) => touches(m.componentIds)),
    overrides: doc.occurrenceOverrides,
    pageName: t('calendar.ics.name', { page: doc.page.name }),
    pageUrl: doc.page.url,
    timeZone: doc.page.timeZone,
    now: new Date(),
    translate: (ruleId) => {
      const rule = rules.get(ruleId);
      if (!rule) return null;
      const text = ruleText(locale, rule);
      return {
        summary:
          rule.status === 'reserved' ? t('calendar.ics.reservedTitle', { title: text.title }) : text.title,
        description: [text.description, text.impact, moreAt]
          .filter((part) => part.trim() !== '')
          .join('\n\n'),
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
