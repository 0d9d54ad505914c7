import { formatInZone } from '@/lib/i18n/format';
import type { Locale } from '@/lib/core/locales';
import { getMessages, t } from '@/lib/i18n/messages';
import type { FormatLocale } from '@/lib/i18n/negotiate';
import { formatPercent } from '@/lib/i18n/numbers';
import { plural } from '@/lib/i18n/translator';
import type { ComponentUptime, UptimeDay } from '@/lib/status/uptime';

export type UptimeDayStatus =
  | 'operational'
  | 'degraded_performance'
  | 'partial_outage'
  | 'major_outage'
  | 'under_maintenance'
  | 'no_data';

export interface UptimeBarDay {
  date: string;
  status: UptimeDayStatus;
  /** "25 Nov 2026: 1 incident" – the day's tooltip. */
  label: string;
  dateText: string;
  summary: string;
  /** `lang` is set when the name is shown untranslated, in the page's default language. */
  incidents: { id: string; name: string; lang?: string }[];
}

export interface UptimeBarProps {
  componentId: string;
  name: string;
  percentText: string;
  rangeStartText: string;
  todayText: string;
  days: UptimeBarDay[];
}

/** Bar props from lib/status/uptime's numbers, with every text in the viewer's language. */

function daySummary(day: UptimeDay, locale: Locale): string {
  if (day.status === 'no_data') return t(locale, 'home.uptime.noData');
  const parts: string[] = [];
  if (day.status !== 'operational') parts.push(t(locale, `status.component.${day.status}`));
  if (day.incidents.length > 0)
    parts.push(plural(locale, getMessages(locale).home.uptime.incidents, day.incidents.length));
  return parts.length > 0 ? parts.join(' · ') : t(locale, 'home.uptime.noDowntime');
}

export function uptimeBarProps(
  c: ComponentUptime,
  locale: Locale,
  formatLocale: FormatLocale,
  nameLang: (incidentId: string) => string | undefined = () => undefined,
): UptimeBarProps {
  return {
    componentId: c.id,
    name: c.name,
    percentText:
      c.uptime === null
        ? t(locale, 'home.uptime.noData')
        : t(locale, 'home.uptime.percent', { percent: formatPercent(c.uptime / 100, formatLocale) }),
    rangeStartText: t(locale, 'home.uptime.rangeStart', { days: c.days.length }),
    todayText: t(locale, 'home.uptime.today'),
    days: c.days.map((d) => {
      // A local date of the page's zone, written without any zone shift.
      const dateText = formatInZone(`${d.date}T12:00:00Z`, 'UTC', 'PP', formatLocale);
      const summary = daySummary(d, locale);
      return {
        date: d.date,
        status: d.status,
        label: t(locale, 'home.uptime.dayLabel', { date: dateText, summary }),
        dateText,
        summary,
        incidents: d.incidents.map((i) => {
          const lang = nameLang(i.id);
          return lang ? { id: i.id, name: i.name, lang } : { id: i.id, name: i.name };
        }),
      };
    }),
  };
}
