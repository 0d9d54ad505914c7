/** Rules → occurrences: dates on the rule's wall calendar, times on its wall clock, then UTC instants. */
import type { ScheduleRule } from '@/lib/store/schema';
import type { RuleStatus } from '@/lib/core/vocab';
import { MINUTES_PER_DAY, addDays, parseWallTime, type LocalDate } from './local-date';
import { hasNotice } from './notice';
import { indexRules, ruleAnnouncedAt, ruleDates, type RulesById } from './recurrence';
import { isValidTimeZone } from '@/lib/core/time-zone';
import { toLocalDate, wallTimeAfter, wallTimeToInstant } from './zone';

export interface TimeRange {
  start: Date;
  end: Date;
}

export interface Occurrence {
  /** Stable: `${ruleId}:${local date in the rule's zone}`. */
  id: string;
  ruleId: string;
  title: string;
  status: RuleStatus;
  start: Date;
  end: Date;
  /** The date the occurrence starts on, in the rule's zone. */
  localDate: LocalDate;
  /** When the rule counted as announced (see ruleAnnouncedAt); start − announcedAt is the notice given. */
  announcedAt: Date;
}

export interface ExpandOptions {
  /** Also return occurrences that start less than 24 h after the rule was published or changed (staff previews). */
  includeUnannounced?: boolean;
}

/** Minutes from the start date's midnight to the start and to the end (null for a duration), on the wall clock. */
export function ruleWallMinutes(rule: ScheduleRule): { start: number; end: number | null } {
  const start = parseWallTime(rule.startTime) ?? 0;
  if (rule.endTime === null) return { start, end: null };
  const endOfDay = parseWallTime(rule.endTime) ?? 0;
  return { start, end: endOfDay <= start ? endOfDay + MINUTES_PER_DAY : endOfDay };
}

/**
 * The instants of the occurrence of `rule` that starts on `date` (rule zone). An end time is a wall time
 * (so an overnight window is an hour shorter or longer over a DST night); a duration is elapsed time.
 */
export function occurrenceInstants(rule: ScheduleRule, date: LocalDate): TimeRange {
  const minutes = ruleWallMinutes(rule);
  const startWall = wallTimeAfter(date, minutes.start);
  const start = wallTimeToInstant(startWall.date, startWall.time, rule.zone);
  if (minutes.end === null) {
    return { start, end: new Date(start.getTime() + (rule.durationMinutes ?? 0) * 60_000) };
  }
  const endWall = wallTimeAfter(date, minutes.end);
  const end = wallTimeToInstant(endWall.date, endWall.time, rule.zone);
  // A window lying wholly inside a spring-forward gap keeps its nominal length after the shifted start.
  if (end.getTime() <= start.getTime()) {
    return { start, end: new Date(start.getTime() + (minutes.end - minutes.start) * 60_000) };
  }
  return { start, end };
}

/** How many days before a range an occurrence can start and still reach into it. */
function lookbackDays(rule: ScheduleRule): number {
  return 3 + Math.ceil((rule.durationMinutes ?? 0) / MINUTES_PER_DAY);
}

/** Occurrences of one rule overlapping [range.start, range.end), in start order. A rule in an unknown zone has none. */
export function expandRule(
  rule: ScheduleRule,
  rulesById: RulesById,
  range: TimeRange,
  options: ExpandOptions = {},
): Occurrence[] {
  if (range.end.getTime() <= range.start.getTime() || !isValidTimeZone(rule.zone)) return [];
  const announcedAt = ruleAnnouncedAt(rule, rulesById);
  const from = addDays(toLocalDate(range.start, rule.zone), -lookbackDays(rule));
  const to = addDays(toLocalDate(range.end, rule.zone), 1);
  const occurrences: Occurrence[] = [];
  for (const localDate of ruleDates(rule, rulesById, from, to)) {
    const { start, end } = occurrenceInstants(rule, localDate);
    if (start.getTime() >= range.end.getTime() || end.getTime() <= range.start.getTime()) continue;
    if (!options.includeUnannounced && !hasNotice(start, announcedAt)) continue;
    occurrences.push({
      id: `${rule.id}:${localDate}`,
      ruleId: rule.id,
      title: rule.title,
      status: rule.status,
      start,
      end,
      localDate,
      announcedAt,
    });
  }
  return occurrences;
}

export function compareByStart(
  a: { start: Date; end: Date; id: string },
  b: { start: Date; end: Date; id: string },
): number {
  return (
    a.start.getTime() - b.start.getTime() ||
    a.end.getTime() - b.end.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Every occurrence of `rules` overlapping [range.start, range.end), sorted by start. Occurrences that start
 * less than 24 h (86,400,000 ms) after their rule was published or changed are not offered.
 */
export function expandRules(
  rules: readonly ScheduleRule[],
  range: TimeRange,
  options: ExpandOptions = {},
): Occurrence[] {
  const rulesById = indexRules(rules);
  return rules.flatMap((rule) => expandRule(rule, rulesById, range, options)).sort(compareByStart);
}

/** The announced occurrence of `ruleId` that starts exactly at `start` (e.g. to cancel it), or null. */
export function findOccurrence(
  rules: readonly ScheduleRule[],
  ruleId: string,
  start: Date,
): Occurrence | null {
  const rule = rules.find((r) => r.id === ruleId);
  if (!rule || Number.isNaN(start.getTime())) return null;
  const around = { start: new Date(start.getTime() - 1), end: new Date(start.getTime() + 1) };
  return (
    expandRule(rule, indexRules(rules), around).find((o) => o.start.getTime() === start.getTime()) ?? null
  );
}
