/**
 * Plain local dates ('YYYY-MM-DD') and wall times ('HH:mm'), with no zone attached.
 * Arithmetic runs on day numbers (days since 1970-01-01), so no DST or host zone can leak in.
 */

/** A calendar date on some wall clock, 'YYYY-MM-DD'. */
export type LocalDate = string;
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const DAY_MS = 86_400_000;
export const MINUTES_PER_DAY = 1440;

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const wallTimePattern = /^(\d{2}):(\d{2})$/;

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return (monthLengths[month - 1] ?? 31) + (leap ? 1 : 0);
}

/** Year, month (1–12) and day of a strictly valid date, or null: '2026-02-30' is invalid, not 2 March. */
export function parseLocalDate(value: unknown): { year: number; month: number; day: number } | null {
  if (typeof value !== 'string') return null;
  const match = localDatePattern.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidLocalDate(value: unknown): value is LocalDate {
  return parseLocalDate(value) !== null;
}

function requireDate(date: LocalDate): { year: number; month: number; day: number } {
  const parts = parseLocalDate(date);
  if (!parts) throw new RangeError(`not a valid local date: ${JSON.stringify(date)}`);
  return parts;
}

/** Days since 1970-01-01 for a valid local date. */
export function toDayNumber(date: LocalDate): number {
  const { year, month, day } = requireDate(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return Math.round(utc.getTime() / DAY_MS);
}

export function fromDayNumber(dayNumber: number): LocalDate {
  const d = new Date(dayNumber * DAY_MS);
  return formatLocalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar months; the day is clamped to the target month (31 January + 1 month = 28/29 February). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = requireDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatLocalDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** b − a in days. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function isoWeekday(date: LocalDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  const w = (((toDayNumber(date) + 3) % 7) + 7) % 7;
  return (w + 1) as IsoWeekday;
}

function startOfIsoWeek(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** Calendar weeks from a's Monday-to-Sunday week to b's (0 in the same week, negative before). */
export function weeksBetween(a: LocalDate, b: LocalDate): number {
  return daysBetween(startOfIsoWeek(a), startOfIsoWeek(b)) / 7;
}

/** The first date strictly after `date` that falls on `weekday` (1–7 days later). */
export function nextWeekdayAfter(date: LocalDate, weekday: number): LocalDate {
  const delta = (((weekday - isoWeekday(date)) % 7) + 7) % 7;
  return addDays(date, delta === 0 ? 7 : delta);
}

/** The `position`-th `weekday` of a month (1–5 from the start, -1 for the last), or null if the month has none. */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekday: number,
  position: number,
): LocalDate | null {
  if (position === -1) {
    const last = formatLocalDate(year, month, daysInMonth(year, month));
    return addDays(last, -((((isoWeekday(last) - weekday) % 7) + 7) % 7));
  }
  const first = formatLocalDate(year, month, 1);
  const day = 1 + ((((weekday - isoWeekday(first)) % 7) + 7) % 7) + (position - 1) * 7;
  return day <= daysInMonth(year, month) ? formatLocalDate(year, month, day) : null;
}

/** Minutes after midnight for 'HH:mm' (00:00–23:59) or '24:00' (1440, the midnight ending the day); null otherwise. */
export function parseWallTime(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = wallTimePattern.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours === 24 && minutes === 0) return MINUTES_PER_DAY;
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

export function formatWallTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
