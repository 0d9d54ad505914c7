/** Builders shared by the schedule and iCalendar tests: the seed rules and one-off store records. */
import type { Maintenance, OccurrenceOverride, ScheduleRule } from '@/lib/store/schema';
import { seedDocument } from '@/lib/store/seed';

export function seedRules(): ScheduleRule[] {
  return seedDocument().rules;
}

export function seedRule(id: string): ScheduleRule {
  const rule = seedRules().find((r) => r.id === id);
  if (!rule) throw new Error(`no seed rule ${id}`);
  return rule;
}

export function makeRule(
  fields: Partial<ScheduleRule> & Pick<ScheduleRule, 'id' | 'recurrence'>,
): ScheduleRule {
  return {
    title: fields.id,
    description: '',
    impact: '',
    zone: 'Europe/Oslo',
    startTime: '00:00',
    endTime: '06:00',
    durationMinutes: null,
    status: 'scheduled',
    componentIds: [],
    publishedAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...fields,
  };
}

export function makeMaintenance(
  fields: Partial<Maintenance> & Pick<Maintenance, 'id' | 'scheduledFor' | 'scheduledUntil'>,
): Maintenance {
  return {
    name: `Maintenance ${fields.id}`,
    body: '',
    componentIds: [],
    emergency: null,
    manualStatus: null,
    manualStatusAt: null,
    cancelledAt: null,
    ruleId: null,
    createdAt: '2025-06-01T00:00:00.000Z',
    updatedAt: '2025-06-01T00:00:00.000Z',
    updates: [],
    ...fields,
  };
}

export function makeOverride(
  fields: Partial<OccurrenceOverride> & Pick<OccurrenceOverride, 'ruleId' | 'start'>,
): OccurrenceOverride {
  return { cancelled: true, note: null, createdAt: '2025-06-01T00:00:00.000Z', createdBy: 'test', ...fields };
}

export const utc = (iso: string): Date => new Date(iso);

/** Every DST change of Europe/Oslo in 2026–2028: the last Sundays of March and October, at 01:00Z. */
export const osloDstChanges = [
  { date: '2026-03-29', kind: 'spring' },
  { date: '2026-10-25', kind: 'fall' },
  { date: '2027-03-28', kind: 'spring' },
  { date: '2027-10-31', kind: 'fall' },
  { date: '2028-03-26', kind: 'spring' },
  { date: '2028-10-29', kind: 'fall' },
] as const;
