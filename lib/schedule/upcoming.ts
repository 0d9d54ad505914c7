/** The home page's "next downtime" list, and when anything derived from the schedule changes next (for caches). */
import { buildCalendar, type CalendarWindow, type ScheduleData } from './calendar';
import { DAY_MS } from './local-date';

export const UPCOMING_DAYS = 14;
/** The nightly recycle is a 1–3 s blip: listing it every day would bury the windows that matter. */
export const HIDDEN_FROM_UPCOMING: readonly string[] = ['server-recycle'];

export interface UpcomingWindow extends CalendarWindow {
  /** How long ahead it was announced: start − the rule's publication or change, or − the maintenance's creation. */
  noticeMs: number;
}

export interface UpcomingOptions {
  /** Rule ids left out of the list; default HIDDEN_FROM_UPCOMING. */
  excludeRuleIds?: readonly string[];
}

function isExcludedRule(window: CalendarWindow, excludeRuleIds: readonly string[]): boolean {
  return window.ruleId !== null && window.maintenanceId === null && excludeRuleIds.includes(window.ruleId);
}

function isListed(window: CalendarWindow, excludeRuleIds: readonly string[]): boolean {
  return (
    !isExcludedRule(window, excludeRuleIds) &&
    (window.status === 'scheduled' || window.status === 'in_progress')
  );
}

/**
 * Windows running now or starting within `days` × 24 h, sorted by start: scheduled occurrences and maintenances,
 * without reserved, cancelled or completed windows and without the nightly recycle.
 */
export function upcomingWindows(
  data: ScheduleData,
  now: Date,
  days: number = UPCOMING_DAYS,
  options: UpcomingOptions = {},
): UpcomingWindow[] {
  const excludeRuleIds = options.excludeRuleIds ?? HIDDEN_FROM_UPCOMING;
  const range = { start: now, end: new Date(now.getTime() + days * DAY_MS) };
  return buildCalendar({ ...data, range, now })
    .filter((w) => isListed(w, excludeRuleIds))
    .map((w) => ({ ...w, noticeMs: w.start.getTime() - w.announcedAt.getTime() }));
}

function earliestChangeWithin(
  data: ScheduleData,
  now: Date,
  lookaheadMs: number,
  horizonMs: number,
  excludeRuleIds: readonly string[],
): number | null {
  const t = now.getTime();
  const windows = buildCalendar({ ...data, range: { start: now, end: new Date(t + lookaheadMs) }, now });
  const candidates: number[] = [];
  for (const w of windows) {
    candidates.push(w.start.getTime(), w.end.getTime());
    if (w.status !== 'reserved' && w.status !== 'cancelled' && !isExcludedRule(w, excludeRuleIds)) {
      candidates.push(w.start.getTime() - horizonMs);
    }
  }
  for (const m of data.maintenances)
    if (m.manualStatusAt !== null) candidates.push(Date.parse(m.manualStatusAt));
  const future = candidates.filter((c) => c > t);
  return future.length === 0 ? null : Math.min(...future);
}

/**
 * The next instant after `now` at which the calendar, the upcoming list or a status derived from them changes:
 * a window starts or ends, a window enters the `days` horizon, or a staff status change takes effect. Null if none.
 */
export function nextTransition(
  data: ScheduleData,
  now: Date,
  days: number = UPCOMING_DAYS,
  options: UpcomingOptions = {},
): Date | null {
  const excludeRuleIds = options.excludeRuleIds ?? HIDDEN_FROM_UPCOMING;
  const horizonMs = days * DAY_MS;
  let found: number | null = null;
  for (const lookaheadDays of [35, 400, 3700]) {
    const lookaheadMs = horizonMs + lookaheadDays * DAY_MS;
    found = earliestChangeWithin(data, now, lookaheadMs, horizonMs, excludeRuleIds);
    // A window starting beyond the lookahead can only enter the horizon after lookahead − horizon.
    if (found !== null && found <= now.getTime() + lookaheadMs - horizonMs) return new Date(found);
  }
  return found === null ? null : new Date(found);
}
