/**
 * How a window is written for people, in the viewer's zone and language: time ranges with their UTC offset,
 * day headings, the status tone. Shared by the grid and the agenda (client leaf) and safe on the server.
 *
 * Everything is formatted from the wall clock already in the calendar JSON (`localStart`/`localEnd`), never by
 * converting an instant in the browser: date-fns-tz's formatInTimeZone goes through the host's own zone and is
 * an hour off when the shown wall time falls in the host's DST gap (02:00 Oslo on 8 March, seen from New York).
 */
import { formatInZone } from '@/lib/i18n/format';
import type { FormatLocale } from '@/lib/i18n/negotiate';
import type { CalendarWindowJson } from '@/lib/schedule/calendar-query';
import type { WindowStatus } from '@/lib/schedule/calendar';
import type { LocalDate } from '@/lib/schedule/local-date';
import type { StatusTone } from '@/components/status/status-icon';

export const statusTone: Record<WindowStatus, StatusTone> = {
  scheduled: 'maint',
  in_progress: 'major',
  reserved: 'reserved',
  completed: 'ok',
  cancelled: 'reserved',
};

/** 'UTC-04:00' from the offset a local ISO string was written with. */
export function offsetOf(localIso: string): string {
  const offset = localIso.slice(19);
  return offset === 'Z' ? 'UTC+00:00' : `UTC${offset}`;
}

/** The UTC offset(s) of a window: one, or 'UTC+02:00 → UTC+01:00' when the zone's clock changes inside it. */
export function windowOffsets(window: Pick<CalendarWindowJson, 'localStart' | 'localEnd'>): string {
  const start = offsetOf(window.localStart);
  const end = offsetOf(window.localEnd);
  return start === end ? start : `${start} → ${end}`;
}

/** The wall time of a local ISO string the locale's way: '19:00', '7:00 PM' (a January date has no DST gap). */
export function wallClock(localIso: string, locale: FormatLocale): string {
  return formatInZone(`2000-01-01T${localIso.slice(11, 16)}:00Z`, 'UTC', 'p', locale);
}

/** The weekday of a local date, abbreviated: 'fre', 'Fri', 'Fr.'. */
function weekdayShort(date: LocalDate, locale: FormatLocale): string {
  return formatInZone(`${date}T12:00:00Z`, 'UTC', 'EEE', locale);
}

/** Start and end in the viewer's clock; the end carries its weekday when it falls on another day. */
export function windowTimes(
  window: Pick<CalendarWindowJson, 'localStart' | 'localEnd'>,
  locale: FormatLocale,
): { start: string; end: string } {
  // Ending at the midnight after the start day (22:00–00:00) still reads as one evening.
  const endsAtNextMidnight = window.localEnd.slice(10, 16) === 'T00:00' && daysApart(window) === 1;
  const sameDay = window.localStart.slice(0, 10) === window.localEnd.slice(0, 10) || endsAtNextMidnight;
  const end = wallClock(window.localEnd, locale);
  return {
    start: wallClock(window.localStart, locale),
    end: sameDay ? end : `${weekdayShort(window.localEnd.slice(0, 10), locale)} ${end}`,
  };
}

function daysApart(window: Pick<CalendarWindowJson, 'localStart' | 'localEnd'>): number {
  return Math.round(
    (Date.parse(window.localEnd.slice(0, 10)) - Date.parse(window.localStart.slice(0, 10))) / 86_400_000,
  );
}

/** A local date written in full in the viewer's language: 'torsdag 12. mars 2026'. */
export function longDate(date: LocalDate, locale: FormatLocale): string {
  return formatInZone(`${date}T12:00:00Z`, 'UTC', 'PPPP', locale);
}

/** A local date written short: '12. mars 2026', '12 March 2026'. */
export function mediumDate(date: LocalDate, locale: FormatLocale): string {
  return formatInZone(`${date}T12:00:00Z`, 'UTC', 'PPP', locale);
}

export function durationMs(window: Pick<CalendarWindowJson, 'start' | 'end'>): number {
  return Date.parse(window.end) - Date.parse(window.start);
}
