import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/core/errors';
import { buildCalendar } from './calendar';
import { calendarResponse, parseCalendarQuery, type CalendarQueryInput } from './calendar-query';
import { addDays, fromDayNumber, toDayNumber } from './local-date';
import { makeMaintenance, seedRules } from './test-fixtures';

const context = { now: new Date('2026-03-15T12:00:00Z'), pageZone: 'Europe/Oslo' };
const rules = seedRules();

function errorCode(input: CalendarQueryInput, ctx = context): string | null {
  try {
    parseCalendarQuery(input, ctx);
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('parseCalendarQuery', () => {
  it('defaults to the current month in the page zone, read in the page zone', () => {
    const q = parseCalendarQuery({}, context);
    expect(q).toEqual({
      from: '2026-03-01',
      to: '2026-04-01',
      timeZone: 'Europe/Oslo',
      range: { start: new Date('2026-02-28T23:00:00Z'), end: new Date('2026-03-31T22:00:00Z') },
    });
  });

  it('takes the month from the page zone even when the viewer is still in the previous one', () => {
    // 2026-03-31T22:30Z is already 1 April in Oslo but 31 March in New York.
    const q = parseCalendarQuery(
      { tz: 'America/New_York' },
      { now: new Date('2026-03-31T22:30:00Z'), pageZone: 'Europe/Oslo' },
    );
    expect([q.from, q.to, q.timeZone]).toEqual(['2026-04-01', '2026-05-01', 'America/New_York']);
    expect(q.range.start.toISOString()).toBe('2026-04-01T04:00:00.000Z');
  });

  it('reads the range as [from 00:00, to 00:00) in the requested zone', () => {
    const q = parseCalendarQuery({ from: '2026-03-01', to: '2026-04-01', tz: 'America/New_York' }, context);
    expect(q.range.start.toISOString()).toBe('2026-03-01T05:00:00.000Z');
    expect(q.range.end.toISOString()).toBe('2026-04-01T04:00:00.000Z');
  });

  it('fills a missing bound one calendar month from the other', () => {
    expect(parseCalendarQuery({ from: '2026-01-31' }, context).to).toBe('2026-02-28');
    expect(parseCalendarQuery({ to: '2026-03-15' }, context).from).toBe('2026-02-15');
  });

  it('fixes the case of a zone name and keeps valid aliases', () => {
    expect(parseCalendarQuery({ tz: 'america/new_york' }, context).timeZone).toBe('America/New_York');
    expect(parseCalendarQuery({ tz: 'Asia/Kolkata' }, context).timeZone).toBe('Asia/Kolkata');
  });

  it.each([
    [{ from: '2026-02-30', to: '2026-03-10' }, 'invalid_date'],
    [{ from: '2026-03-01', to: '2026-13-01' }, 'invalid_date'],
    [{ from: '2026-3-1', to: '2026-04-01' }, 'invalid_date'],
    [{ from: '', to: '2026-04-01' }, 'invalid_date'],
    [{ from: '2026-03-01', to: '2026-04-01', tz: 'Mars/Olympus' }, 'invalid_timezone'],
    [{ from: '2026-03-01', to: '2026-04-01', tz: '' }, 'invalid_timezone'],
    [{ from: '2026-03-01', to: '2026-04-01', tz: '+02:00' }, 'invalid_timezone'],
    [{ from: '2026-03-01', to: '2026-03-01' }, 'invalid_range'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'invalid_range'],
    [{ from: '2026-01-01', to: '2027-01-03' }, 'invalid_range'],
    [{ from: '2026-01-01', to: '2027-01-02' }, null],
    [{ from: '2028-01-01', to: '2029-01-01' }, null],
  ])('judges %j → %s', (input, code) => {
    expect(errorCode(input)).toBe(code);
  });

  it('says which parameter is wrong, and why', () => {
    expect.assertions(3);
    try {
      parseCalendarQuery({ from: '2026-02-30' }, context);
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error instanceof DomainError && error.details).toEqual({
        parameter: 'from',
        value: '2026-02-30',
      });
      expect(error instanceof DomainError && error.message).toContain('2026-02-30');
    }
  });
});

describe('calendarResponse', () => {
  it('writes the documented example: Friday 13 March in Oslo seen from New York', () => {
    const q = parseCalendarQuery({ from: '2026-03-12', to: '2026-03-14', tz: 'America/New_York' }, context);
    const windows = buildCalendar({
      rules,
      maintenances: [],
      overrides: [],
      range: q.range,
      now: context.now,
    });
    const body = calendarResponse(windows, q.timeZone, q.from, q.to, (w) => `[${w.ruleId}]`);
    expect(body.timeZone).toBe('America/New_York');
    expect(body.windows.find((w) => w.ruleId === 'system-maintenance')).toEqual({
      id: 'system-maintenance:2026-03-13',
      ruleId: 'system-maintenance',
      maintenanceId: null,
      title: '[system-maintenance]',
      status: 'completed',
      start: '2026-03-12T23:00:00Z',
      end: '2026-03-13T05:00:00Z',
      localStart: '2026-03-12T19:00:00-04:00',
      localEnd: '2026-03-13T01:00:00-04:00',
      emergency: false,
    });
  });

  it('is JSON-serialisable as is', () => {
    const q = parseCalendarQuery({ from: '2026-03-01', to: '2026-03-03', tz: 'Asia/Kolkata' }, context);
    const body = calendarResponse(
      buildCalendar({ rules, maintenances: [], overrides: [], range: q.range, now: context.now }),
      q.timeZone,
      q.from,
      q.to,
    );
    expect(JSON.parse(JSON.stringify(body))).toEqual(body);
    expect(body.windows.every((w) => w.localStart.endsWith('+05:30'))).toBe(true);
  });
});

describe('calendar properties over random ranges and zones', () => {
  const zones = [
    'Europe/Oslo',
    'America/New_York',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'Pacific/Kiritimati',
    'America/St_Johns',
    'UTC',
  ];
  const maintenances = [
    makeMaintenance({
      id: 'a',
      ruleId: 'infrastructure-upgrade',
      scheduledFor: '2026-10-24T19:00:00.000Z',
      scheduledUntil: '2026-10-25T03:00:00.000Z',
    }),
    makeMaintenance({
      id: 'b',
      scheduledFor: '2027-03-28T00:30:00.000Z',
      scheduledUntil: '2027-03-28T02:00:00.000Z',
      emergency: { reason: 'CVE' },
    }),
  ];
  const query = fc.record({
    fromDay: fc.integer({ min: toDayNumber('2025-12-01'), max: toDayNumber('2028-12-01') }),
    days: fc.integer({ min: 1, max: 40 }),
    zone: fc.constantFrom(...zones),
    otherZone: fc.constantFrom(...zones),
  });
  const calendarFor = (from: string, to: string, tz: string) => {
    const q = parseCalendarQuery({ from, to, tz }, context);
    return {
      q,
      windows: buildCalendar({ rules, maintenances, overrides: [], range: q.range, now: context.now }),
    };
  };

  it('returns windows sorted by start that overlap the range, in any zone', () => {
    fc.assert(
      fc.property(query, ({ fromDay, days, zone }) => {
        const from = fromDayNumber(fromDay);
        const { q, windows } = calendarFor(from, addDays(from, days), zone);
        windows.forEach((w, i) => {
          expect(w.start.getTime()).toBeGreaterThanOrEqual(windows[i - 1]?.start.getTime() ?? -Infinity);
          expect(w.start < q.range.end && w.end > q.range.start).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('finds the same instants whatever zone is requested', () => {
    fc.assert(
      fc.property(query, ({ fromDay, days, zone, otherZone }) => {
        const from = fromDayNumber(fromDay);
        const a = calendarFor(from, addDays(from, days), zone);
        const b = calendarFor(from, addDays(from, days), otherZone);
        const inBoth = (w: { start: Date; end: Date }) =>
          w.start < a.q.range.end &&
          w.end > a.q.range.start &&
          w.start < b.q.range.end &&
          w.end > b.q.range.start;
        const key = (w: { id: string; start: Date; end: Date }) =>
          `${w.id}|${w.start.toISOString()}|${w.end.toISOString()}`;
        expect(a.windows.filter(inBoth).map(key)).toEqual(b.windows.filter(inBoth).map(key));
        const json = calendarResponse(a.windows, a.q.timeZone, a.q.from, a.q.to);
        json.windows.forEach((w) => {
          expect(Date.parse(w.localStart)).toBe(Date.parse(w.start));
          expect(Date.parse(w.localEnd)).toBe(Date.parse(w.end));
        });
      }),
      { numRuns: 60 },
    );
  });
});
