/** Which local dates a rule falls on, on its own wall calendar. Times and zones come later (expand.ts). */
import type { ScheduleRule } from '@/lib/store/schema';
import {
  addDays,
  isoWeekday,
  nextWeekdayAfter,
  nthWeekdayOfMonth,
  parseLocalDate,
  toDayNumber,
  weeksBetween,
  type LocalDate,
} from './local-date';

export type RulesById = ReadonlyMap<string, ScheduleRule>;

export function indexRules(rules: readonly ScheduleRule[]): RulesById {
  return new Map(rules.map((rule) => [rule.id, rule]));
}

function eachDate(from: LocalDate, to: LocalDate, visit: (date: LocalDate) => void): void {
  const last = toDayNumber(to);
  for (let date = from; toDayNumber(date) <= last; date = addDays(date, 1)) visit(date);
}

function monthlyDates(from: LocalDate, to: LocalDate, weekday: number, position: number): LocalDate[] {
  const start = parseLocalDate(from);
  const end = parseLocalDate(to);
  if (!start || !end) return [];
  const dates: LocalDate[] = [];
  for (let index = start.year * 12 + start.month - 1; index <= end.year * 12 + end.month - 1; index++) {
    const date = nthWeekdayOfMonth(Math.floor(index / 12), (index % 12) + 1, weekday, position);
    if (date !== null && date >= from && date <= to) dates.push(date);
  }
  return dates;
}

/**
 * The local dates in [from, to] (both inclusive) on which `rule` starts an occurrence.
 * An 'after' rule whose referenced rule is missing, or that refers back to itself through a chain, has none.
 */
export function ruleDates(
  rule: ScheduleRule,
  rulesById: RulesById,
  from: LocalDate,
  to: LocalDate,
  seen: ReadonlySet<string> = new Set(),
): LocalDate[] {
  if (from > to) return [];
  const recurrence = rule.recurrence;
  const dates: LocalDate[] = [];
  switch (recurrence.type) {
    case 'daily':
      eachDate(from, to, (date) => dates.push(date));
      return dates;
    case 'weekly': {
      const { anchor, weekday, intervalWeeks } = recurrence;
      const first = from > anchor ? from : anchor;
      let date = addDays(first, (((weekday - isoWeekday(first)) % 7) + 7) % 7);
      const behind = weeksBetween(anchor, date) % intervalWeeks;
      if (behind !== 0) date = addDays(date, (intervalWeeks - behind) * 7);
      for (; date <= to; date = addDays(date, intervalWeeks * 7)) dates.push(date);
      return dates;
    }
    case 'monthly':
      return monthlyDates(from, to, recurrence.weekday, recurrence.position);
    case 'after': {
      const reference = rulesById.get(recurrence.ruleId);
      if (!reference || seen.has(rule.id) || reference.id === rule.id) return [];
      const chain = new Set(seen).add(rule.id);
      return ruleDates(reference, rulesById, addDays(from, -7), addDays(to, -1), chain)
        .map((date) => nextWeekdayAfter(date, recurrence.weekday))
        .filter((date) => date >= from && date <= to);
    }
  }
}

/**
 * When a rule counts as announced: the later of its publication and its last change. An 'after' rule
 * also follows the rule it refers to, so a change there counts as a change of this rule too.
 */
export function ruleAnnouncedAt(
  rule: ScheduleRule,
  rulesById: RulesById,
  seen: ReadonlySet<string> = new Set(),
): Date {
  let latest = Math.max(Date.parse(rule.publishedAt), Date.parse(rule.updatedAt));
  if (rule.recurrence.type === 'after' && !seen.has(rule.id)) {
    const reference = rulesById.get(rule.recurrence.ruleId);
    if (reference)
      latest = Math.max(latest, ruleAnnouncedAt(reference, rulesById, new Set(seen).add(rule.id)).getTime());
  }
  return new Date(latest);
}
