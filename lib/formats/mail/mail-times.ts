import { formatDateLong, formatOffset, formatTime } from '@/lib/i18n/format';
import type { LocaleLike } from '@/lib/i18n/negotiate';
import { formatLocalIso } from '@/lib/schedule/zone';
import { DEFAULT_WORKING_HOURS, overlapsWorkingHours } from '@/lib/preferences/working-hours';

/** Times in mail: always the reader's zone, with the UTC offset written beside each one. */

/** 'tirsdag 2. juni 2026, 14:05 (UTC+02:00)' */
export function mailDateTime(instant: Date | string, zone: string, locale: LocaleLike): string {
  return `${formatDateLong(instant, zone, locale)}, ${formatTime(instant, zone, locale)} (${formatOffset(instant, zone)})`;
}

/** A window: the end without its date when it ends on the local day it starts. */
export function mailWindow(
  start: string,
  end: string,
  zone: string,
  locale: LocaleLike,
): { start: string; end: string } {
  const sameDay = formatDateLong(start, zone, locale) === formatDateLong(end, zone, locale);
  return {
    start: mailDateTime(start, zone, locale),
    end: sameDay
      ? `${formatTime(end, zone, locale)} (${formatOffset(end, zone)})`
      : mailDateTime(end, zone, locale),
  };
}

/** Whether the window overlaps the default working hours (Monday–Friday 08:00–17:00) on the reader's clock. */
export function overlapsWorkingDay(start: string, end: string, zone: string): boolean {
  return overlapsWorkingHours(
    { localStart: formatLocalIso(new Date(start), zone), localEnd: formatLocalIso(new Date(end), zone) },
    DEFAULT_WORKING_HOURS,
  );
}
