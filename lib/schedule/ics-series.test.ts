import { describe, expect, it } from 'vitest';
import { cadenceRule, icsSeries } from './ics-series';
import { indexRules } from './recurrence';
import { makeRule, seedRule, seedRules } from './test-fixtures';

const rulesById = indexRules(seedRules());
const none = { maintenances: [], overrides: [] };
const horizonEnd = new Date('2028-01-01T00:00:00Z');

describe('cadenceRule', () => {
  it.each([
    ['system-maintenance', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;WKST=MO'],
    ['application-maintenance-early', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;WKST=MO'],
    ['application-maintenance', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=FR;WKST=MO'],
    ['server-recycle', 'FREQ=DAILY'],
    ['microsoft-patching', 'FREQ=MONTHLY;BYDAY=2FR'],
    ['infrastructure-upgrade', 'FREQ=WEEKLY;BYDAY=SA'],
  ])('writes %s as %s', (ruleId, rrule) => {
    expect(cadenceRule(seedRule(ruleId), rulesById)).toBe(rrule);
  });

  it('has no RRULE form for a weekday after a monthly rule, or for a missing reference', () => {
    const afterMonthly = makeRule({
      id: 'x',
      recurrence: { type: 'after', ruleId: 'microsoft-patching', weekday: 1 },
    });
    const orphan = makeRule({ id: 'y', recurrence: { type: 'after', ruleId: 'nope', weekday: 1 } });
    expect(cadenceRule(afterMonthly, rulesById)).toBeNull();
    expect(cadenceRule(orphan, rulesById)).toBeNull();
  });

  it('writes the last weekday of a month with position -1', () => {
    expect(
      cadenceRule(
        makeRule({ id: 'z', recurrence: { type: 'monthly', weekday: 7, position: -1 } }),
        rulesById,
      ),
    ).toBe('FREQ=MONTHLY;BYDAY=-1SU');
  });
});

describe('icsSeries', () => {
  it('starts the after-rule on the Friday after the first early Tuesday and ends at the horizon', () => {
    const series = icsSeries(seedRule('application-maintenance'), rulesById, none, horizonEnd);
    expect(series?.dtstart).toBe('20250110T220000');
    expect(series?.dtend).toBe('20250111T000000');
    // The last Friday before the horizon is 2027-12-17 22:00 Oslo (21:00Z); UNTIL sits 12 h later.
    expect(series?.rrule).toBe('FREQ=WEEKLY;INTERVAL=3;BYDAY=FR;WKST=MO;UNTIL=20271218T090000Z');
  });

  it('overrides only the Saturdays before a DST change', () => {
    const series = icsSeries(seedRule('infrastructure-upgrade'), rulesById, none, horizonEnd);
    expect(series?.overrides.map((o) => o.recurrenceId)).toEqual([
      '20250329T200000',
      '20251025T200000',
      '20260328T200000',
      '20261024T200000',
      '20270327T200000',
      '20271030T200000',
    ]);
  });

  it('starts a recently changed rule at its first occurrence 24 h after the change', () => {
    const changed = { ...seedRule('system-maintenance'), updatedAt: '2026-03-12T00:00:00.000Z' };
    const series = icsSeries(changed, rulesById, none, horizonEnd);
    expect(series?.dtstart).toBe('20260327T000000');
  });

  it('writes a first occurrence that DST stretches with DURATION instead of DTEND', () => {
    const rule = makeRule({
      id: 's',
      recurrence: { type: 'weekly', weekday: 6, intervalWeeks: 1, anchor: '2026-03-28' },
      startTime: '20:00',
      endTime: '06:00',
    });
    const series = icsSeries(rule, indexRules([rule]), none, horizonEnd);
    expect(series?.dtend).toBeNull();
    expect(series?.durationMinutes).toBe(600);
    expect(series?.overrides[0]).toMatchObject({
      recurrenceId: '20260328T200000',
      start: new Date('2026-03-28T19:00:00Z'),
      end: new Date('2026-03-29T04:00:00Z'),
    });
  });

  it('is null for a rule with nothing before the horizon', () => {
    const future = makeRule({
      id: 'f',
      recurrence: { type: 'weekly', weekday: 1, intervalWeeks: 1, anchor: '2030-01-07' },
    });
    expect(icsSeries(future, indexRules([future]), none, horizonEnd)).toBeNull();
  });
});
