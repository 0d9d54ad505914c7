import { localizeDocument } from '@/lib/status/localize';
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { formatTime } from '@/lib/i18n/format';
import { getMessages, getTranslator } from '@/lib/i18n/messages';
import { weekStartsOn } from '@/lib/i18n/negotiate';
import { firstParam, getLocale, getRequestContext, type SearchParams } from '@/lib/next/request';
import { localizedCalendar } from '@/lib/formats/calendar';
import { canonicalTimeZone } from '@/lib/core/time-zone';
import { HIDDEN_FROM_UPCOMING } from '@/lib/schedule/upcoming';
import { toLocalDate, wallTimeToInstant } from '@/lib/schedule/zone';
import { monthGrid, monthOf, parseYearMonth } from '@/lib/schedule/month-grid';
import { getStore } from '@/lib/store';
import { CalendarLegend } from '@/components/calendar/calendar-legend';
import { CalendarMonth } from '@/components/calendar/calendar-month';
import { CalendarSettings } from '@/components/calendar/calendar-settings';
import { SubscribeLinks } from '@/components/calendar/subscribe-links';
import { DEFAULT_WORKING_HOURS, parseWorkingHours } from '@/lib/preferences/working-hours';
import { HOURS_COOKIE } from '@/lib/preferences/viewer-preferences';
import { ZoneDetect } from '@/components/calendar/zone-detect';
import { saveWorkingHours } from './actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getLocale())('calendar.title') };
}

/**
 * The maintenance calendar in the viewer's zone and language: month grid and agenda (a client leaf that pages
 * months through /api/v1/calendar, the same data as below), zone and working-hours settings, legend, subscription.
 */
export default async function CalendarPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const stored = (await getStore().load()).doc;
  const ctx = await getRequestContext(query, stored.page.timeZone);
  const localized = localizeDocument(stored, ctx.locale);
  const { doc } = localized;
  const t = getTranslator(ctx.locale);
  const messages = getMessages(ctx.locale);
  const zone = canonicalTimeZone(ctx.zone) ?? doc.page.timeZone;
  const today = toLocalDate(ctx.now, zone);
  const month = parseYearMonth(firstParam(query.month)) ?? monthOf(today);
  const grid = monthGrid(month, weekStartsOn(ctx.formatLocale), today);
  const initial = localizedCalendar(
    localized,
    { from: grid.gridStart, to: grid.gridEnd, tz: zone },
    ctx.locale,
    ctx.now,
  );
  const hours = parseWorkingHours((await cookies()).get(HOURS_COOKIE)?.value) ?? DEFAULT_WORKING_HOURS;

  // Links keep the language and zone only when the address chose them; otherwise cookies carry them.
  const keep: Record<string, string> = {
    ...(firstParam(query.lang) ? { lang: ctx.locale } : {}),
    ...(firstParam(query.tz) && ctx.zoneChosen ? { tz: zone } : {}),
  };
  const emergencyAt = wallTimeToInstant(today, '18:00', doc.page.timeZone);
  const emergencyTime = [doc.page.timeZone, ...(zone === doc.page.timeZone ? [] : [zone])]
    .map((z) => `${formatTime(emergencyAt, z, ctx.formatLocale)} (${z})`)
    .join(' = ');

  return (
    <div className="space-y-8" data-revision={doc.revision}>
      <ZoneDetect zoneChosen={ctx.zoneChosen} shownZone={zone} />
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t('calendar.title')}</h1>
        <p className="text-muted">{t('calendar.intro')}</p>
      </header>
      <CalendarSettings
        zone={zone}
        serviceZone={doc.page.timeZone}
        now={ctx.now}
        formatLocale={ctx.formatLocale}
        hours={hours}
        saveHours={saveWorkingHours}
        keep={{ ...(keep.lang ? { lang: keep.lang } : {}), ...(firstParam(query.month) ? { month } : {}) }}
        common={messages.common}
        t={t}
      />
      <CalendarMonth
        key={zone}
        month={month}
        today={today}
        zone={zone}
        locale={ctx.locale}
        formatLocale={ctx.formatLocale}
        initial={initial}
        hours={hours}
        messages={messages.calendar}
        pageName={doc.page.name}
        pageUrl={doc.page.url}
        keep={keep}
        frequentRules={[...HIDDEN_FROM_UPCOMING]}
      />
      <CalendarLegend t={t} emergencyTime={emergencyTime} />
      <section aria-labelledby="subscribe-title" className="space-y-2 print:hidden">
        <h2 id="subscribe-title" className="text-lg font-semibold">
          {t('calendar.subscribe.title')}
        </h2>
        <p className="text-sm text-muted">{t('calendar.subscribe.help')}</p>
        <SubscribeLinks
          path={`/api/v1/calendar.ics?lang=${ctx.locale}`}
          pageUrl={doc.page.url}
          labels={{
            webcal: t('calendar.subscribe.webcal'),
            feed: t('calendar.subscribe.feed'),
            copyLink: t('calendar.subscribe.copyLink'),
            copied: t('calendar.subscribe.copied'),
          }}
        />
      </section>
    </div>
  );
}
