/**
 * The viewer's working hours (remembered in the `hours` cookie as e.g. '1-5;08:00-17:00': ISO weekdays, then
 * wall times in the viewer's zone) and whether a window overlaps them. Pure: the page, the server action and
 * the client leaf share it.
 */
import type { IsoWeekday } from '@/lib/schedule/local-date';
import { MINUTES_PER_DAY, formatWallTime, parseWallTime } from '@/lib/schedule/local-date';
import { wallSpan, type LocalSpan } from '@/lib/schedule/month-grid';

export interface WorkingHours {
  /** ISO weekdays (1 Monday … 7 Sunday), ascending, no repeats. */
  days: IsoWeekday[];
  /** Minutes after midnight; `end` at or before `start` means the shift ends the next day. */
  start: number;
  end: number;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { days: [1, 2, 3, 4, 5], start: 8 * 60, end: 17 * 60 };

const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

function normaliseDays(values: readonly number[]): IsoWeekday[] {
  return isoWeekdays.filter((day) => values.includes(day));
}

function parseDays(text: string): IsoWeekday[] | null {
  const days: number[] = [];
  for (const part of text.split(',')) {
    const match = /^([1-7])(?:-([1-7]))?$/.exec(part.trim());
    if (!match) return null;
    const from = Number(match[1]);
    const to = Number(match[2] ?? match[1]);
    if (to < from) return null;
    for (let day = from; day <= to; day += 1) days.push(day);
  }
  const result = normaliseDays(days);
  return result.length > 0 ? result : null;
}

/** Reads '1-5;08:00-17:00' (or '1,3,5;22:00-06:00', '6-7;00:00-24:00'); null for anything else, including equal start and end. */
export function parseWorkingHours(value: string | null | undefined): WorkingHours | null {
  if (typeof value !== 'string' || value.length > 64) return null;
  const match = /^([0-9,-]+);(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(value.trim());
  if (!match) return null;
  const days = parseDays(match[1] ?? '');
  const start = parseWallTime(match[2]);
  const end = parseWallTime(match[3]);
  if (!days || start === null || end === null || start === MINUTES_PER_DAY || start === end) return null;
  return { days, start, end };
}

/** The cookie form, with runs of days written as ranges: { days: [1,2,3,5] … } → '1-3,5;08:00-17:00'. */
export function formatWorkingHours(hours: WorkingHours): string {
  const runs: string[] = [];
  let runStart: number | null = null;
  hours.days.forEach((day, index) => {
    runStart ??= day;
    const next = hours.days[index + 1];
    if (next !== day + 1) {
      runs.push(runStart === day ? String(day) : `${runStart}-${day}`);
      runStart = null;
    }
  });
  return `${runs.join(',')};${formatWallTime(hours.start)}-${formatWallTime(hours.end)}`;
}

/** ISO weekday of a day number (days since 1970-01-01, a Thursday). */
function weekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/**
 * Whether a window, written in the viewer's zone, overlaps any working day's hours. Compared on the wall clock,
 * which is what "08:00–17:00 in my zone" means; a night shift (22:00–06:00) belongs to the day it starts on.
 */
export function overlapsWorkingHours(window: LocalSpan, hours: WorkingHours): boolean {
  const { start, end } = wallSpan(window);
  const length = (hours.end - hours.start + MINUTES_PER_DAY) % MINUTES_PER_DAY || MINUTES_PER_DAY;
  const firstDay = Math.floor(start / MINUTES_PER_DAY) - 1;
  const lastDay = Math.floor((end - 1) / MINUTES_PER_DAY);
  for (let day = firstDay; day <= lastDay; day += 1) {
    if (!hours.days.some((d) => d === weekdayOf(day))) continue;
    const shiftStart = day * MINUTES_PER_DAY + hours.start;
    if (start < shiftStart + length && end > shiftStart) return true;
  }
  return false;
}
