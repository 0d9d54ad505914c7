import { describe, expect, it } from 'vitest';
import { NOTICE_MS } from './notice';
import { nextTransition, upcomingWindows } from './upcoming';
import { makeMaintenance, makeOverride, seedRules } from './test-fixtures';

const rules = seedRules();
const data = { rules, maintenances: [], overrides: [] };
const DAY = 86_400_000;

describe('upcomingWindows', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('lists the next 14 days without the nightly recycle and reserved windows', () => {
    const ids = upcomingWindows(data, now).map((w) => w.id);
    // The early application maintenance on 2026-03-24 21:00Z is 14 days and 9 hours away: not yet listed.
    expect(ids).toEqual(['microsoft-patching:2026-03-13', 'system-maintenance:2026-03-13']);
  });

  it('reports how far ahead each window was announced', () => {
    const [first] = upcomingWindows(data, now);
    expect(first?.noticeMs).toBe(Date.parse('2026-03-12T23:00:00Z') - Date.parse('2025-01-01T00:00:00Z'));
    const m = makeMaintenance({
      id: 'm',
      createdAt: '2026-03-10T10:00:00.000Z',
      scheduledFor: '2026-03-11T10:00:00.000Z',
      scheduledUntil: '2026-03-11T11:00:00.000Z',
    });
    const listed = upcomingWindows({ ...data, maintenances: [m] }, now).find((w) => w.maintenanceId === 'm');
    expect(listed?.noticeMs).toBe(NOTICE_MS);
  });

  it('keeps a window that is running now and drops cancelled ones', () => {
    const during = new Date('2026-03-13T01:00:00Z');
    const overrides = [makeOverride({ ruleId: 'microsoft-patching', start: '2026-03-12T23:00:00.000Z' })];
    const windows = upcomingWindows({ ...data, overrides }, during);
    expect(windows[0]).toMatchObject({ id: 'system-maintenance:2026-03-13', status: 'in_progress' });
    expect(windows.some((w) => w.id === 'microsoft-patching:2026-03-13')).toBe(false);
  });

  it('lists a maintenance announced in a reserved window instead of the reservation', () => {
    const m = makeMaintenance({
      id: 'net',
      ruleId: 'infrastructure-upgrade',
      scheduledFor: '2026-03-14T20:00:00.000Z',
      scheduledUntil: '2026-03-14T23:00:00.000Z',
    });
    const ids = upcomingWindows({ ...data, maintenances: [m] }, now).map((w) => w.id);
    expect(ids).toContain('maintenance:net');
    expect(ids.some((id) => id.startsWith('infrastructure-upgrade:'))).toBe(false);
  });

  it('honours another horizon and exclusion list', () => {
    const ids = upcomingWindows(data, now, 1, { excludeRuleIds: [] }).map((w) => w.id);
    expect(ids).toEqual(['server-recycle:2026-03-11']);
  });
});

describe('nextTransition', () => {
  it.each([
    // The early application maintenance (2026-03-24 21:00Z) enters the 14-day horizon before the 01:00Z recycle.
    ['2026-03-10T12:00:00Z', '2026-03-10T21:00:00.000Z'],
    ['2026-03-10T21:00:00Z', '2026-03-11T01:00:00.000Z'],
    // During the recycle: its end.
    ['2026-03-11T01:02:00Z', '2026-03-11T01:05:00.000Z'],
    // As system maintenance ends, the next is Friday 2026-03-27's application maintenance entering the horizon.
    ['2026-03-13T05:00:00Z', '2026-03-13T21:00:00.000Z'],
  ])('after %s is %s', (now, expected) => {
    expect(nextTransition(data, new Date(now))?.toISOString()).toBe(expected);
  });

  it('includes the moment a window enters the 14-day horizon', () => {
    const onlyPatching = { ...data, rules: rules.filter((r) => r.id === 'microsoft-patching') };
    // Microsoft patching on 2026-04-10 00:00 Oslo (2026-04-09T22:00Z) enters 14 days before.
    const now = new Date('2026-03-14T00:00:00Z');
    expect(nextTransition(onlyPatching, now)?.toISOString()).toBe(
      new Date(Date.parse('2026-04-09T22:00:00Z') - 14 * DAY).toISOString(),
    );
  });

  it('is null when nothing is scheduled', () => {
    expect(
      nextTransition({ rules: [], maintenances: [], overrides: [] }, new Date('2026-03-10T12:00:00Z')),
    ).toBeNull();
  });

  it('sees a transition a long way ahead', () => {
    const m = makeMaintenance({
      id: 'far',
      scheduledFor: '2027-01-01T00:00:00.000Z',
      scheduledUntil: '2027-01-01T01:00:00.000Z',
    });
    expect(
      nextTransition(
        { rules: [], maintenances: [m], overrides: [] },
        new Date('2026-03-10T12:00:00Z'),
      )?.toISOString(),
    ).toBe(new Date(Date.parse('2027-01-01T00:00:00Z') - 14 * DAY).toISOString());
  });
});
