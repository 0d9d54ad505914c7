/** The maintenance calendar: recurring occurrences and announced maintenances, with their status at `now`. */
import type { Maintenance, OccurrenceOverride, ScheduleRule } from '@/lib/store/schema';
import { compareByStart, expandRules, type Occurrence, type TimeRange } from './expand';

export const windowStatuses = ['scheduled', 'reserved', 'in_progress', 'completed', 'cancelled'] as const;
export type WindowStatus = (typeof windowStatuses)[number];

/** One window of the calendar; titles are untranslated (the rule's or maintenance's own), localisation is a later layer. */
export interface CalendarWindow {
  /** `${ruleId}:${local date}` for occurrences, `maintenance:${id}` for maintenances. */
  id: string;
  ruleId: string | null;
  maintenanceId: string | null;
  title: string;
  status: WindowStatus;
  start: Date;
  end: Date;
  emergency: boolean;
  /** Staff's note on one occurrence (an occurrence override), if any. */
  note: string | null;
  /** When the window counted as announced: the rule's publication or last change, or the maintenance's creation. */
  announcedAt: Date;
}

export interface ScheduleData {
  rules: readonly ScheduleRule[];
  maintenances: readonly Maintenance[];
  overrides: readonly OccurrenceOverride[];
}

/** The schedule part of a store document, under the names the schedule functions use. */
export function scheduleDataOf(doc: {
  rules: readonly ScheduleRule[];
  maintenances: readonly Maintenance[];
  occurrenceOverrides: readonly OccurrenceOverride[];
}): ScheduleData {
  return { rules: doc.rules, maintenances: doc.maintenances, overrides: doc.occurrenceOverrides };
}

export interface CalendarInput extends ScheduleData {
  range: TimeRange;
  now: Date;
}

function overlaps(a: TimeRange, b: TimeRange): boolean {
  return a.start.getTime() < b.end.getTime() && a.end.getTime() > b.start.getTime();
}

function maintenanceRange(maintenance: Maintenance): TimeRange {
  return { start: new Date(maintenance.scheduledFor), end: new Date(maintenance.scheduledUntil) };
}

function isAtOrBefore(iso: string | null, now: Date): boolean {
  return iso === null || Date.parse(iso) <= now.getTime();
}

/**
 * A maintenance moves by the clock (scheduled → in_progress → completed); staff may complete it early, and
 * 'verifying' counts as in progress until its end time. A cancelled one stays cancelled.
 */
export function maintenanceStatus(maintenance: Maintenance, now: Date): WindowStatus {
  const { start, end } = maintenanceRange(maintenance);
  const t = now.getTime();
  if (maintenance.cancelledAt !== null) return 'cancelled';
  if (maintenance.manualStatus === 'completed' && isAtOrBefore(maintenance.manualStatusAt, now))
    return 'completed';
  if (t >= end.getTime()) return 'completed';
  if (maintenance.manualStatus === 'verifying' && isAtOrBefore(maintenance.manualStatusAt, now))
    return 'in_progress';
  return t >= start.getTime() ? 'in_progress' : 'scheduled';
}

/** A reserved occurrence stays 'reserved' before, during and after its time: no downtime happened unless announced. */
function occurrenceStatus(
  occurrence: Pick<Occurrence, 'status' | 'start' | 'end'>,
  now: Date,
  cancelled: boolean,
): WindowStatus {
  if (cancelled) return 'cancelled';
  if (occurrence.status === 'reserved') return 'reserved';
  if (now.getTime() < occurrence.start.getTime()) return 'scheduled';
  return now.getTime() < occurrence.end.getTime() ? 'in_progress' : 'completed';
}

/** The newest override of the occurrence of `ruleId` starting at `start`, if any. */
export function findOverride(
  overrides: readonly OccurrenceOverride[],
  ruleId: string,
  start: Date,
): OccurrenceOverride | null {
  let found: OccurrenceOverride | null = null;
  for (const o of overrides) {
    if (o.ruleId !== ruleId || Date.parse(o.start) !== start.getTime()) continue;
    if (!found || Date.parse(o.createdAt) >= Date.parse(found.createdAt)) found = o;
  }
  return found;
}

/** Whether a reserved occurrence is taken by an announced (not cancelled) maintenance of the same rule. */
export function isReservationTaken(occurrence: Occurrence, maintenances: readonly Maintenance[]): boolean {
  return (
    occurrence.status === 'reserved' &&
    maintenances.some(
      (m) =>
        m.ruleId === occurrence.ruleId && m.cancelledAt === null && overlaps(maintenanceRange(m), occurrence),
    )
  );
}

function occurrenceWindow(
  occurrence: Occurrence,
  overrides: readonly OccurrenceOverride[],
  now: Date,
): CalendarWindow {
  const override = findOverride(overrides, occurrence.ruleId, occurrence.start);
  return {
    id: occurrence.id,
    ruleId: occurrence.ruleId,
    maintenanceId: null,
    title: occurrence.title,
    status: occurrenceStatus(occurrence, now, override?.cancelled ?? false),
    start: occurrence.start,
    end: occurrence.end,
    emergency: false,
    note: override?.note ?? null,
    announcedAt: occurrence.announcedAt,
  };
}

function maintenanceWindow(maintenance: Maintenance, now: Date): CalendarWindow {
  return {
    id: `maintenance:${maintenance.id}`,
    ruleId: maintenance.ruleId,
    maintenanceId: maintenance.id,
    title: maintenance.name,
    status: maintenanceStatus(maintenance, now),
    ...maintenanceRange(maintenance),
    emergency: maintenance.emergency !== null,
    note: null,
    announcedAt: new Date(maintenance.createdAt),
  };
}

/**
 * Every window overlapping [range.start, range.end), sorted by start: announced occurrences of the rules
 * (cancelled or annotated by overrides), reserved windows not taken by a maintenance, and every maintenance.
 */
export function buildCalendar(input: CalendarInput): CalendarWindow[] {
  const { rules, maintenances, overrides, range, now } = input;
  const occurrences = expandRules(rules, range)
    .filter((o) => !isReservationTaken(o, maintenances))
    .map((o) => occurrenceWindow(o, overrides, now));
  const announced = maintenances
    .filter((m) => overlaps(maintenanceRange(m), range))
    .map((m) => maintenanceWindow(m, now));
  return [...occurrences, ...announced].sort(compareByStart);
}
