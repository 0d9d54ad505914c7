import type { Locale as DateFnsLocale } from 'date-fns';
import { da } from 'date-fns/locale/da';
import { de } from 'date-fns/locale/de';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { nb } from 'date-fns/locale/nb';
import { nl } from 'date-fns/locale/nl';
import { sv } from 'date-fns/locale/sv';
import { formatInTimeZone } from 'date-fns-tz';
import { toInstant, type Instant } from '@/lib/i18n/instant';
import { toFormatLocale, weekStartsOn, type FormatLocale, type LocaleLike } from '@/lib/i18n/negotiate';

/**
 * Dates and times in an explicit zone with date-fns (the same output on server and client, unlike Intl,
 * whose data differs between Node and browsers). Every helper takes the zone; none reads the host's.
 */

export { toInstant, type Instant };

/** date-fns writes Danish short dates 25/11/2026; Danes (and CLDR) write 25.11.2026. */
const daDotted: DateFnsLocale = {
  ...da,
  formatLong: {
    ...da.formatLong,
    date: (options) => (options.width === 'short' ? 'dd.MM.y' : da.formatLong.date(options)),
  },
};

/** date-fns abbreviates Dutch days as maa, din, woe; Dutch readers (and CLDR) write ma, di, wo. Sunday first. */
const nlAbbreviatedDays = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'] as const;
const nlDays: DateFnsLocale = {
  ...nl,
  localize: {
    ...nl.localize,
    day: (day, options) =>
      options?.width === 'abbreviated' ? nlAbbreviatedDays[day] : nl.localize.day(day, options),
  },
};

const dateFnsLocales: Record<FormatLocale, DateFnsLocale> = {
  'en-GB': enGB,
  'en-US': enUS,
  nb,
  sv,
  da: daDotted,
  nl: nlDays,
  de,
};

export function dateFnsLocale(locale: LocaleLike): DateFnsLocale {
  return dateFnsLocales[toFormatLocale(locale)];
}

/** Any date-fns pattern in `zone` and the locale's words; the named helpers below cover the usual cases. */
export function formatInZone(instant: Instant, zone: string, pattern: string, locale: LocaleLike): string {
  return formatInTimeZone(toInstant(instant), zone, pattern, { locale: dateFnsLocale(locale) });
}

/** 25.11.2026 (nb, da, de), 2026-11-25 (sv), 25-11-2026 (nl), 25/11/2026 (en-GB), 11/25/2026 (en-US). */
export function formatDate(instant: Instant, zone: string, locale: LocaleLike): string {
  return formatInZone(instant, zone, 'P', locale);
}

/** 14:05 everywhere but en-US (2:05 PM). */
export function formatTime(instant: Instant, zone: string, locale: LocaleLike): string {
  return formatInZone(instant, zone, 'p', locale);
}

/** 25.11.2026 14:05, 25/11/2026, 14:05, 11/25/2026, 2:05 PM … */
export function formatDateTime(instant: Instant, zone: string, locale: LocaleLike): string {
  return formatInZone(instant, zone, 'Pp', locale);
}

/** onsdag 25. november 2026, Mittwoch, 25. November 2026, Wednesday, 25 November 2026 … */
export function formatDateLong(instant: Instant, zone: string, locale: LocaleLike): string {
  return formatInZone(instant, zone, 'PPPP', locale);
}

export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

/** 'november 2026' (nb), 'November 2026' (de, en): the month an instant falls in, in `zone`. */
export function formatMonthYear(instant: Instant, zone: string, locale: LocaleLike): string {
  return formatInZone(instant, zone, 'LLLL yyyy', locale);
}

export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

/** The same for a calendar month with no instant attached: formatCalendarMonth({ year: 2026, month: 1 }, 'nb'). */
export function formatCalendarMonth({ year, month }: YearMonth, locale: LocaleLike): string {
  const name = monthNames(locale)[month - 1];
  if (name === undefined || !Number.isInteger(year))
    throw new RangeError(`Not a valid month: ${year}-${month}`);
  return `${name} ${year}`;
}

export type NameWidth = 'narrow' | 'short' | 'abbreviated' | 'wide';
const dayIndexes = [0, 1, 2, 3, 4, 5, 6] as const;
const monthIndexes = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;

/** The seven day names in the locale's week order: Monday first, Sunday first for en-US. */
export function weekdayNames(locale: LocaleLike, width: NameWidth = 'wide'): string[] {
  const { localize } = dateFnsLocale(locale);
  const first = weekStartsOn(locale);
  return [...dayIndexes.slice(first), ...dayIndexes.slice(0, first)].map((day) =>
    localize.day(day, { width }),
  );
}

/** The twelve month names, January first, as they stand alone (a heading, a picker). */
export function monthNames(locale: LocaleLike, width: Exclude<NameWidth, 'short'> = 'wide'): string[] {
  const { localize } = dateFnsLocale(locale);
  return monthIndexes.map((month) => localize.month(month, { width, context: 'standalone' }));
}

/** 'UTC+01:00', 'UTC-04:00', 'UTC+05:30' at that instant; 'UTC+00:00' for UTC. Throws on an unknown zone. */
export function formatOffset(instant: Instant, zone: string): string {
  // The zone's wall clock read as if it were UTC, minus the instant, is the offset at that instant.
  const at = Math.floor(toInstant(instant).getTime() / 60_000) * 60_000;
  const wallClock = formatInTimeZone(at, zone, "yyyy-MM-dd'T'HH:mm");
  const offsetMinutes = Math.round((Date.parse(`${wallClock}Z`) - at) / 60_000);
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${offsetMinutes < 0 ? '-' : '+'}${hh}:${mm}`;
}
