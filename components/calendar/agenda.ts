/**
 * The agenda's shape: the month's windows by the local day they start on, with windows of very frequent rules
 * (the nightly recycle) gathered into runs of days that share the same local times. Pure.
 */
import type { CalendarWindowJson } from '@/lib/schedule/calendar-query';
import { addDays, type LocalDate } from '@/lib/schedule/local-date';
import type { MonthGrid } from '@/lib/schedule/month-grid';

export interface AgendaDay {
  date: LocalDate;
  windows: CalendarWindowJson[];
}

/** A run of consecutive days on which a frequent rule's window has the same local times, offset and status. */
export interface FrequentRun {
  ruleId: string;
  first: LocalDate;
  last: LocalDate;
  windows: CalendarWindowJson[];
}

type MonthBounds = Pick<MonthGrid, 'monthStart' | 'monthEnd'>;

/** The day a window is listed on: its start day, or the month's first day for one that began before and runs into it. */
export function agendaDay(window: CalendarWindowJson, month: MonthBounds): LocalDate | null {
  const startDay = window.localStart.slice(0, 10);
  const endDay = window.localEnd.slice(0, 10);
  const endsInMonth =
    endDay > month.monthStart || (endDay === month.monthStart && window.localEnd.slice(11, 16) !== '00:00');
  const day = startDay >= month.monthStart ? startDay : endsInMonth ? month.monthStart : null;
  return day !== null && day < month.monthEnd ? day : null;
}

export function agendaDays(windows: readonly CalendarWindowJson[], month: MonthBounds): AgendaDay[] {
  const byDay = new Map<LocalDate, CalendarWindowJson[]>();
  for (const w of windows) {
    const day = agendaDay(w, month);
    if (day !== null) byDay.set(day, [...(byDay.get(day) ?? []), w]);
  }
  return [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, list]) => ({ date, windows: list }));
}

function runKey(w: CalendarWindowJson): string {
  return `${w.ruleId}|${w.status}|${w.localStart.slice(11)}|${w.localEnd.slice(11)}|${w.title}`;
}

/** Splits the month's windows into runs of the frequent rules and everything else (listed day by day). */
export function collapseFrequent(
  windows: readonly CalendarWindowJson[],
  month: MonthBounds,
  frequentRules: readonly string[],
): { runs: FrequentRun[]; days: AgendaDay[] } {
  const runs: FrequentRun[] = [];
  const open = new Map<string, FrequentRun>();
  const rest: CalendarWindowJson[] = [];
  for (const w of windows) {
    const day = agendaDay(w, month);
    if (day === null) continue;
    if (w.ruleId === null || w.maintenanceId !== null || !frequentRules.includes(w.ruleId)) {
      rest.push(w);
      continue;
    }
    const current = open.get(w.ruleId);
    if (current && runKey(current.windows[0] ?? w) === runKey(w) && addDays(current.last, 1) === day) {
      current.last = day;
      current.windows.push(w);
    } else {
      const run = { ruleId: w.ruleId, first: day, last: day, windows: [w] };
      runs.push(run);
      open.set(w.ruleId, run);
    }
  }
  return { runs, days: agendaDays(rest, month) };
}
