/**
 * The month grid of the calendar page: which days a month view shows, and on which of those days each window
 * appears. Works on local dates and on the `localStart`/`localEnd` strings of the calendar JSON, so the page
 * and its client leaf place windows the same way. Today is passed in (clock injected).
 */
import {
  MINUTES_PER_DAY,
  addDays,
  addMonths,
  daysBetween,
  fromDayNumber,
  isoWeekday,
  parseWallTime,
  toDayNumber,
  type IsoWeekday,
  type LocalDate,
} from './local-date';
import { offsetLabel, wallTimeToInstant } from './zone';

/** A calendar month, 'YYYY-MM'. */
export type YearMonth = string;

const yearMonthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const localIsoPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A strictly valid 'YYYY-MM' of the years 1970–2999 (a grid always stays inside four-digit years), or null. */
export function parseYearMonth(value: unknown): YearMonth | null {
  if (typeof value !== 'string') return null;
  const match = yearMonthPattern.exec(value);
  const year = Number(match?.[1]);
  return year >= 1970 && year <= 2999 ? value : null;
}

export function monthOf(date: LocalDate): YearMonth {
  return date.slice(0, 7);
}

function firstDayOf(month: YearMonth): LocalDate {
  return `${month}-01`;
}

export function addMonthsTo(month: YearMonth, months: number): YearMonth {
  return monthOf(addMonths(firstDayOf(month), months));
}

export interface GridDay {
  date: LocalDate;
  /** Day of the month, 1–31. */
  day: number;
  weekday: IsoWeekday;
  /** False for the days of the previous and next month that fill the first and last week. */
  inMonth: boolean;
  isToday: boolean;
}

export interface MonthGrid {
  month: YearMonth;
  /** [monthStart, monthEnd): the month's own days. */
  monthStart: LocalDate;
  monthEnd: LocalDate;
  /** [gridStart, gridEnd): every day shown, whole weeks. */
  gridStart: LocalDate;
  gridEnd: LocalDate;
  weeks: GridDay[][];
}

/**
 * The weeks a month view shows: whole weeks starting on `weekStartsOn` (0 Sunday, 1 Monday), from the week
 * holding the 1st to the week holding the last day (four to six weeks).
 */
export function monthGrid(month: YearMonth, weekStartsOn: 0 | 1, today: LocalDate): MonthGrid {
  if (parseYearMonth(month) === null) throw new RangeError(`not a month (YYYY-MM): ${JSON.stringify(month)}`);
  const monthStart = firstDayOf(month);
  const monthEnd = addMonths(monthStart, 1);
  const startIndex = weekStartsOn === 0 ? 7 : 1;
  const lead = (isoWeekday(monthStart) - startIndex + 7) % 7;
  const gridStart = addDays(monthStart, -lead);
  const weekCount = Math.ceil((lead + daysBetween(monthStart, monthEnd)) / 7);
  const weeks: GridDay[][] = [];
  for (let w = 0; w < weekCount; w += 1) {
    const week: GridDay[] = [];
    for (let d = 0; d < 7; d += 1) {
      const date = addDays(gridStart, w * 7 + d);
      week.push({
        date,
        day: Number(date.slice(8)),
        weekday: isoWeekday(date),
        inMonth: monthOf(date) === month,
        isToday: date === today,
      });
    }
    weeks.push(week);
  }
  return { month, monthStart, monthEnd, gridStart, gridEnd: addDays(gridStart, weekCount * 7), weeks };
}

/** The part of a window the grid needs: its start and end as written in the viewer's zone (ISO with offset). */
export interface LocalSpan {
  localStart: string;
  localEnd: string;
}

/** Wall-clock minutes since 1970-01-01 00:00 on the clock an ISO string was written in (its offset ignored). */
export function wallMinutes(localIso: string): number {
  const match = localIsoPattern.exec(localIso);
  const minutes = match ? parseWallTime(match[2]) : null;
  if (!match || minutes === null || minutes === MINUTES_PER_DAY)
    throw new RangeError(`not a local ISO time: ${JSON.stringify(localIso)}`);
  return toDayNumber(match[1] ?? '') * MINUTES_PER_DAY + minutes;
}

/** Start and end in wall minutes; a window of zero wall length (a fall-back hour) still covers its first minute. */
export function wallSpan(window: LocalSpan): { start: number; end: number } {
  const start = wallMinutes(window.localStart);
  return { start, end: Math.max(wallMinutes(window.localEnd), start + 1) };
}

/** The local dates a window touches: its start day to the day it ends on, unless it ends exactly at midnight. */
export function localDaysOf(window: LocalSpan): LocalDate[] {
  const { start, end } = wallSpan(window);
  const first = Math.floor(start / MINUTES_PER_DAY);
  const last = Math.floor((end - 1) / MINUTES_PER_DAY);
  const days: LocalDate[] = [];
  for (let day = first; day <= last; day += 1) days.push(fromDayNumber(day));
  return days;
}

export interface DayPlacement<W> {
  window: W;
  continuesFromPreviousDay: boolean;
  continuesNextDay: boolean;
}

/**
 * Each day of [from, to) with the windows it shows, in the windows' order. A window that crosses midnight
 * belongs to every day it touches; `continues…` say which of its ends lie on another day.
 */
export function windowsByDay<W extends LocalSpan>(
  windows: readonly W[],
  from: LocalDate,
  to: LocalDate,
): Map<LocalDate, DayPlacement<W>[]> {
  const days = new Map<LocalDate, DayPlacement<W>[]>();
  for (let date = from; date < to; date = addDays(date, 1)) days.set(date, []);
  for (const window of windows) {
    const touched = localDaysOf(window);
    touched.forEach((date, index) => {
      days
        .get(date)
        ?.push({ window, continuesFromPreviousDay: index > 0, continuesNextDay: index < touched.length - 1 });
    });
  }
  return days;
}

export interface OffsetFrom {
  /** The first day (of those asked) that runs on this offset at noon. */
  date: LocalDate;
  /** 'UTC+01:00' */
  offset: string;
}

/**
 * The zone's UTC offsets over [from, to): the offset of the first day, then one entry per day on which it
 * changes (read at local noon, after any 02:00 switch), so a caption can say "UTC-05:00; UTC-04:00 from 8 March".
 */
export function offsetsOver(from: LocalDate, to: LocalDate, zone: string): OffsetFrom[] {
  const result: OffsetFrom[] = [];
  for (let date = from; date < to; date = addDays(date, 1)) {
    const offset = offsetLabel(wallTimeToInstant(date, '12:00', zone), zone);
    if (result.at(-1)?.offset !== offset) result.push({ date, offset });
  }
  return result;
}
