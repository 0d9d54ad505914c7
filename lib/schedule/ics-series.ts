/**
 * A rule as an RFC 5545 recurring series: DTSTART/RRULE on the rule's wall clock, EXDATEs, and explicit overrides
 * (RECURRENCE-ID) wherever a client could compute a different instant than ours: a start or end in a DST gap or
 * overlap, or a window whose length changes over a DST night (RFC 5545 keeps DTEND−DTSTART as exact time).
 */
import type { Maintenance, OccurrenceOverride, ScheduleRule } from '@/lib/store/schema';
import { findOverride, isReservationTaken } from './calendar';
import { expandRule, ruleWallMinutes, type Occurrence } from './expand';
import type { LocalDate } from './local-date';
import { ruleAnnouncedAt, type RulesById } from './recurrence';
import { icsLocalDateTime, icsUtcDateTime, icsWeekday } from '@/lib/schedule/ics-values';
import { wallTimeAfter, wallTimeKind } from './zone';

export interface IcsOccurrenceOverride {
  /** The nominal local start the RRULE generates ('YYYYMMDDTHHMMSS' in the rule's zone). */
  recurrenceId: string;
  start: Date;
  end: Date;
  note: string | null;
}

export interface IcsSeries {
  rule: ScheduleRule;
  /** Local DATE-TIMEs in rule.zone. */
  dtstart: string;
  /** Local DTEND of the first occurrence, or null when the series is written with DURATION. */
  dtend: string | null;
  durationMinutes: number;
  rrule: string | null;
  /** Further starts when the cadence has no RRULE form (an 'after' rule following a monthly rule). */
  rdates: string[];
  exdates: string[];
  overrides: IcsOccurrenceOverride[];
}

/** The RRULE cadence of a rule without DTSTART/UNTIL, or null when it has none. */
export function cadenceRule(
  rule: ScheduleRule,
  rulesById: RulesById,
  seen: ReadonlySet<string> = new Set(),
): string | null {
  const recurrence = rule.recurrence;
  switch (recurrence.type) {
    case 'daily':
      return 'FREQ=DAILY';
    case 'weekly':
      return recurrence.intervalWeeks === 1
        ? `FREQ=WEEKLY;BYDAY=${icsWeekday(recurrence.weekday)}`
        : `FREQ=WEEKLY;INTERVAL=${recurrence.intervalWeeks};BYDAY=${icsWeekday(recurrence.weekday)};WKST=MO`;
    case 'monthly':
      return `FREQ=MONTHLY;BYDAY=${recurrence.position}${icsWeekday(recurrence.weekday)}`;
    case 'after': {
      // A fixed weekday after a weekly (or daily) series keeps that series' cadence.
      const reference = rulesById.get(recurrence.ruleId);
      if (!reference || seen.has(rule.id)) return null;
      const base = cadenceRule(reference, rulesById, new Set(seen).add(rule.id));
      if (base === 'FREQ=DAILY') return base;
      const interval = /^FREQ=WEEKLY(?:;INTERVAL=(\d+))?/.exec(base ?? '');
      if (!interval) return null;
      const day = icsWeekday(recurrence.weekday);
      return interval[1]
        ? `FREQ=WEEKLY;INTERVAL=${interval[1]};BYDAY=${day};WKST=MO`
        : `FREQ=WEEKLY;BYDAY=${day}`;
    }
  }
}

/** UNTIL sits 12 h after the last start: later than any client's reading of it, earlier than the next (≥ 23 h on). */
const UNTIL_MARGIN_MS = 12 * 3_600_000;

/**
 * The series of `rule` from its first announced occurrence until `horizonEnd` (starts before it), or null when
 * the rule has no occurrence in that span.
 */
export function icsSeries(
  rule: ScheduleRule,
  rulesById: RulesById,
  data: { maintenances: readonly Maintenance[]; overrides: readonly OccurrenceOverride[] },
  horizonEnd: Date,
): IcsSeries | null {
  const occurrences = expandRule(rule, rulesById, {
    start: ruleAnnouncedAt(rule, rulesById),
    end: horizonEnd,
  });
  const first = occurrences[0];
  const last = occurrences[occurrences.length - 1];
  if (!first || !last) return null;
  const minutes = ruleWallMinutes(rule);
  const nominalMinutes = minutes.end === null ? (rule.durationMinutes ?? 0) : minutes.end - minutes.start;
  const wall = (date: LocalDate, offset: number) => wallTimeAfter(date, offset);
  const nominalStart = (o: Occurrence) => {
    const w = wall(o.localDate, minutes.start);
    return icsLocalDateTime(w.date, w.time);
  };
  const isRegular = (o: Occurrence) => {
    const s = wall(o.localDate, minutes.start);
    const e = minutes.end === null ? null : wall(o.localDate, minutes.end);
    return (
      wallTimeKind(s.date, s.time, rule.zone) === 'unique' &&
      (e === null || wallTimeKind(e.date, e.time, rule.zone) === 'unique') &&
      o.end.getTime() - o.start.getTime() === nominalMinutes * 60_000
    );
  };
  const cadence = cadenceRule(rule, rulesById);
  const exdates: string[] = [];
  const overrides: IcsOccurrenceOverride[] = [];
  for (const o of occurrences) {
    const override = findOverride(data.overrides, o.ruleId, o.start);
    if (override?.cancelled || isReservationTaken(o, data.maintenances)) exdates.push(nominalStart(o));
    else if (!isRegular(o) || override?.note) {
      overrides.push({
        recurrenceId: nominalStart(o),
        start: o.start,
        end: o.end,
        note: override?.note ?? null,
      });
    }
  }
  const firstEnd = minutes.end === null || !isRegular(first) ? null : wall(first.localDate, minutes.end);
  return {
    rule,
    dtstart: nominalStart(first),
    dtend: firstEnd && icsLocalDateTime(firstEnd.date, firstEnd.time),
    durationMinutes: nominalMinutes,
    rrule: cadence && `${cadence};UNTIL=${icsUtcDateTime(new Date(last.start.getTime() + UNTIL_MARGIN_MS))}`,
    rdates: cadence ? [] : occurrences.slice(1).map(nominalStart),
    exdates,
    overrides,
  };
}
