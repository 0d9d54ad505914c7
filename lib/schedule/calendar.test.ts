import { describe, expect, it } from 'vitest';
import { buildCalendar, maintenanceStatus, type CalendarWindow } from './calendar';
import { makeMaintenance, makeOverride, seedRules } from './test-fixtures';

const march2026 = {
  start: new Date('2026-03-01T00:00:00+01:00'),
  end: new Date('2026-04-01T00:00:00+02:00'),
};
const rules = seedRules();
const find = (windows: CalendarWindow[], id: string) => windows.find((w) => w.id === id);

describe('buildCalendar', () => {
  it('gives recurring windows their status by the clock', () => {
    const now = new Date('2026-03-13T02:00:00Z'); // Friday 03:00 Oslo, inside system maintenance
    const windows = buildCalendar({ rules, maintenances: [], overrides: [], range: march2026, now });
    expect(find(windows, 'application-maintenance-early:2026-03-03')?.status).toBe('completed');
    expect(find(windows, 'system-maintenance:2026-03-13')?.status).toBe('in_progress');
    expect(find(windows, 'microsoft-patching:2026-03-13')?.status).toBe('in_progress');
    expect(find(windows, 'system-maintenance:2026-03-27')?.status).toBe('scheduled');
  });

  it('keeps reserved windows reserved before, during and after their time', () => {
    for (const now of ['2026-03-01T00:00:00Z', '2026-03-14T20:00:00Z', '2026-04-30T00:00:00Z']) {
      const windows = buildCalendar({
        rules,
        maintenances: [],
        overrides: [],
        range: march2026,
        now: new Date(now),
      });
      expect(find(windows, 'infrastructure-upgrade:2026-03-14')?.status).toBe('reserved');
    }
  });

  it('returns windows sorted by start with the shape of the calendar API', () => {
    const windows = buildCalendar({
      rules,
      maintenances: [],
      overrides: [],
      range: march2026,
      now: new Date('2026-03-01T00:00:00Z'),
    });
    expect(windows.map((w) => w.start.getTime())).toEqual(
      [...windows].map((w) => w.start.getTime()).sort((a, b) => a - b),
    );
    expect(find(windows, 'system-maintenance:2026-03-13')).toEqual({
      id: 'system-maintenance:2026-03-13',
      ruleId: 'system-maintenance',
      maintenanceId: null,
      title: 'System maintenance',
      status: 'scheduled',
      start: new Date('2026-03-12T23:00:00Z'),
      end: new Date('2026-03-13T05:00:00Z'),
      emergency: false,
      note: null,
      announcedAt: new Date('2025-01-01T00:00:00Z'),
    });
  });

  it('marks an occurrence cancelled by an override matched on rule and start instant, and carries notes', () => {
    const overrides = [
      makeOverride({
        ruleId: 'system-maintenance',
        start: '2026-03-12T23:00:00.000Z',
        note: 'Skipped this cycle',
      }),
      makeOverride({
        ruleId: 'application-maintenance',
        start: '2026-03-06T21:00:00.000Z',
        cancelled: false,
        note: 'Version 11.2',
      }),
      // Same instant, other rule: must not cancel Microsoft patching.
      makeOverride({ ruleId: 'no-such-rule', start: '2026-03-12T23:00:00.000Z' }),
    ];
    const windows = buildCalendar({
      rules,
      maintenances: [],
      overrides,
      range: march2026,
      now: new Date('2026-03-20T00:00:00Z'),
    });
    expect(find(windows, 'system-maintenance:2026-03-13')).toMatchObject({
      status: 'cancelled',
      note: 'Skipped this cycle',
    });
    expect(find(windows, 'microsoft-patching:2026-03-13')?.status).toBe('completed');
    expect(find(windows, 'application-maintenance:2026-03-06')).toMatchObject({
      status: 'completed',
      note: 'Version 11.2',
    });
  });

  it('replaces a reserved window by the maintenance announced in it, and shows it again if that is cancelled', () => {
    const announced = makeMaintenance({
      id: 'm1',
      name: 'Network upgrade',
      ruleId: 'infrastructure-upgrade',
      scheduledFor: '2026-03-14T20:00:00.000Z',
      scheduledUntil: '2026-03-15T02:00:00.000Z',
    });
    const at = { rules, overrides: [], range: march2026, now: new Date('2026-03-01T00:00:00Z') };
    const windows = buildCalendar({ ...at, maintenances: [announced] });
    expect(find(windows, 'infrastructure-upgrade:2026-03-14')).toBeUndefined();
    expect(find(windows, 'maintenance:m1')).toMatchObject({
      ruleId: 'infrastructure-upgrade',
      maintenanceId: 'm1',
      title: 'Network upgrade',
      status: 'scheduled',
    });
    expect(find(windows, 'infrastructure-upgrade:2026-03-21')?.status).toBe('reserved');

    const cancelled = buildCalendar({
      ...at,
      maintenances: [{ ...announced, cancelledAt: '2026-03-02T00:00:00.000Z' }],
    });
    expect(find(cancelled, 'infrastructure-upgrade:2026-03-14')?.status).toBe('reserved');
    expect(find(cancelled, 'maintenance:m1')?.status).toBe('cancelled');
  });

  it('includes maintenances overlapping the range, flags emergencies, and leaves others out', () => {
    const maintenances = [
      makeMaintenance({
        id: 'in',
        scheduledFor: '2026-03-31T21:00:00.000Z',
        scheduledUntil: '2026-04-01T03:00:00.000Z',
        emergency: { reason: 'CVE' },
      }),
      makeMaintenance({
        id: 'out',
        scheduledFor: '2026-04-02T21:00:00.000Z',
        scheduledUntil: '2026-04-03T03:00:00.000Z',
      }),
    ];
    const windows = buildCalendar({
      rules: [],
      maintenances,
      overrides: [],
      range: march2026,
      now: new Date('2026-03-01T00:00:00Z'),
    });
    expect(windows.map((w) => [w.id, w.emergency])).toEqual([['maintenance:in', true]]);
  });
});

describe('maintenanceStatus', () => {
  const m = makeMaintenance({
    id: 'm',
    scheduledFor: '2026-03-10T20:00:00.000Z',
    scheduledUntil: '2026-03-10T22:00:00.000Z',
  });
  it.each([
    ['before its start', {}, '2026-03-10T19:59:59Z', 'scheduled'],
    ['at its start', {}, '2026-03-10T20:00:00Z', 'in_progress'],
    ['at its end', {}, '2026-03-10T22:00:00Z', 'completed'],
    [
      'verifying, before its end',
      { manualStatus: 'verifying', manualStatusAt: '2026-03-10T21:00:00.000Z' },
      '2026-03-10T21:30:00Z',
      'in_progress',
    ],
    [
      'verifying, after its end',
      { manualStatus: 'verifying', manualStatusAt: '2026-03-10T21:00:00.000Z' },
      '2026-03-10T23:00:00Z',
      'completed',
    ],
    [
      'completed early, from then on',
      { manualStatus: 'completed', manualStatusAt: '2026-03-10T20:30:00.000Z' },
      '2026-03-10T20:31:00Z',
      'completed',
    ],
    [
      'completed early, before that moment',
      { manualStatus: 'completed', manualStatusAt: '2026-03-10T20:30:00.000Z' },
      '2026-03-10T20:10:00Z',
      'in_progress',
    ],
    ['cancelled', { cancelledAt: '2026-03-09T00:00:00.000Z' }, '2026-03-10T21:00:00Z', 'cancelled'],
  ] as const)('is %s → %s', (_label, fields, now, status) => {
    expect(maintenanceStatus({ ...m, ...fields }, new Date(now))).toBe(status);
  });
});
