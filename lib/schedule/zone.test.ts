import { formatInTimeZone } from 'date-fns-tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/core/errors';
import {
  startOfLocalDay,
  formatLocalIso,
  offsetLabel,
  offsetMsAt,
  toLocalParts,
  wallTimeKind,
  wallTimeToInstant,
} from './zone';
import { addDays, fromDayNumber, toDayNumber } from './local-date';
import { osloDstChanges } from './test-fixtures';
import { zoneTransitions } from './vtimezone';

const OSLO = 'Europe/Oslo';

describe('wallTimeToInstant', () => {
  it.each([
    ['2026-01-15', '12:00', OSLO, '2026-01-15T11:00:00.000Z'],
    ['2026-07-15', '12:00', OSLO, '2026-07-15T10:00:00.000Z'],
    ['2026-03-13', '00:00', OSLO, '2026-03-12T23:00:00.000Z'],
    ['2026-03-28', '24:00', OSLO, '2026-03-28T23:00:00.000Z'],
    ['2026-10-24', '24:00', OSLO, '2026-10-24T22:00:00.000Z'],
    ['2026-03-13', '04:30', 'Asia/Kolkata', '2026-03-12T23:00:00.000Z'],
    ['2026-03-12', '19:00', 'America/New_York', '2026-03-12T23:00:00.000Z'],
    ['2026-03-06', '18:00', 'America/New_York', '2026-03-06T23:00:00.000Z'],
    ['2026-01-15', '12:00', 'Australia/Lord_Howe', '2026-01-15T01:00:00.000Z'],
    ['2026-07-15', '12:00', 'Australia/Lord_Howe', '2026-07-15T01:30:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, expected) => {
    expect(wallTimeToInstant(date, time, zone).toISOString()).toBe(expected);
  });

  it.each(osloDstChanges.filter((c) => c.kind === 'spring'))(
    'moves a time in the gap on $date forward by the gap',
    ({ date }) => {
      expect(wallTimeToInstant(date, '02:00', OSLO).toISOString()).toBe(`${date}T01:00:00.000Z`);
      expect(wallTimeToInstant(date, '02:30', OSLO).toISOString()).toBe(`${date}T01:30:00.000Z`);
      expect(formatLocalIso(wallTimeToInstant(date, '02:30', OSLO), OSLO)).toBe(`${date}T03:30:00+02:00`);
      expect(wallTimeToInstant(date, '03:00', OSLO).toISOString()).toBe(`${date}T01:00:00.000Z`);
      expect(wallTimeKind(date, '02:00', OSLO)).toBe('gap');
    },
  );

  it.each(osloDstChanges.filter((c) => c.kind === 'fall'))(
    'takes the first (CEST) instant of a time shown twice on $date',
    ({ date }) => {
      const previousDay = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      expect(wallTimeToInstant(date, '02:00', OSLO).toISOString()).toBe(`${date}T00:00:00.000Z`);
      expect(wallTimeToInstant(date, '02:30', OSLO).toISOString()).toBe(`${date}T00:30:00.000Z`);
      expect(wallTimeToInstant(date, '01:59', OSLO).toISOString()).toBe(`${previousDay}T23:59:00.000Z`);
      expect(wallTimeToInstant(date, '03:00', OSLO).toISOString()).toBe(`${date}T02:00:00.000Z`);
      expect(wallTimeKind(date, '02:30', OSLO)).toBe('ambiguous');
    },
  );

  it('handles the 30-minute DST of Australia/Lord_Howe', () => {
    // 2026-10-04 02:00 → 02:30 (+10:30 → +11:00); 2026-04-05 02:00 → 01:30 (+11:00 → +10:30).
    expect(wallTimeToInstant('2026-10-04', '02:15', 'Australia/Lord_Howe').toISOString()).toBe(
      '2026-10-03T15:45:00.000Z',
    );
    expect(formatLocalIso(new Date('2026-10-03T15:45:00Z'), 'Australia/Lord_Howe')).toBe(
      '2026-10-04T02:45:00+11:00',
    );
    expect(wallTimeKind('2026-10-04', '02:15', 'Australia/Lord_Howe')).toBe('gap');
    expect(wallTimeToInstant('2026-04-05', '01:45', 'Australia/Lord_Howe').toISOString()).toBe(
      '2026-04-04T14:45:00.000Z',
    );
    expect(wallTimeKind('2026-04-05', '01:45', 'Australia/Lord_Howe')).toBe('ambiguous');
  });

  it('agrees with date-fns-tz formatting through 2026 in Oslo, New York and Lord Howe', () => {
    for (const zone of [OSLO, 'America/New_York', 'Australia/Lord_Howe']) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 11 * 3_600_000 + 17 * 60_000) {
        const wall = formatInTimeZone(t, zone, 'yyyy-MM-dd HH:mm');
        const [date = '', time = ''] = wall.split(' ');
        const back = wallTimeToInstant(date, time, zone).getTime();
        // An ambiguous wall time maps to its first instant; every other maps back exactly.
        if (wallTimeKind(date, time, zone) === 'ambiguous')
          expect(back).toBeLessThanOrEqual(Math.floor(t / 60_000) * 60_000);
        else expect(back).toBe(Math.floor(t / 60_000) * 60_000);
        expect(formatLocalIso(t, zone).slice(0, 16)).toBe(formatInTimeZone(t, zone, "yyyy-MM-dd'T'HH:mm"));
      }
    }
  });

  it.each([
    ['2026-02-30', '00:00', OSLO, 'invalid_date'],
    ['2026-03-13', '24:30', OSLO, 'invalid_request'],
    ['2026-03-13', '00:00', 'Europe/Atlantis', 'invalid_timezone'],
  ])('refuses %s %s in %s with %s', (date, time, zone, code) => {
    expect(() => wallTimeToInstant(date, time, zone)).toThrow(DomainError);
    try {
      wallTimeToInstant(date, time, zone);
    } catch (error) {
      expect(error instanceof DomainError && error.code).toBe(code);
    }
  });
});

describe('wallTimeToInstant in every zone Intl knows', () => {
  const zones = Intl.supportedValuesOf('timeZone');
  const wall = fc.record({
    zone: fc.constantFrom(...zones),
    day: fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2040-12-31') }),
    minutes: fc.integer({ min: 0, max: 1439 }),
  });

  const nearTransition = fc
    .record({
      zone: fc.constantFrom(...zones),
      year: fc.integer({ min: 1995, max: 2035 }),
      pick: fc.nat(),
      shift: fc.integer({ min: -180, max: 180 }),
    })
    .map(({ zone, year, pick, shift }) => {
      const transitions = zoneTransitions(zone, year, year);
      const t = transitions[pick % Math.max(1, transitions.length)];
      const local = t ? t.at + t.offsetFrom + shift * 60_000 : Date.UTC(year, 0, 1);
      return {
        zone,
        day: Math.floor(local / 86_400_000),
        minutes: Math.floor((local % 86_400_000) / 60_000),
      };
    });

  it.each([
    ['at random', wall, 300],
    ['within three hours of a change of offset', nearTransition, 150],
  ])(
    'shows the requested wall time again, or a later one only inside a gap (%s)',
    (_label, arbitrary, numRuns) => {
      fc.assert(
        fc.property(arbitrary, ({ zone, day, minutes }) => {
          const date = fromDayNumber(day);
          const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
          const instant = wallTimeToInstant(date, time, zone);
          const shown = toLocalParts(instant, zone);
          const kind = wallTimeKind(date, time, zone);
          if (kind === 'gap') {
            expect(`${shown.date} ${shown.time}` > `${date} ${time}:00`).toBe(true);
            expect([date, addDays(date, 1)]).toContain(shown.date);
          } else {
            expect(shown).toEqual({ date, time: `${time}:00` });
            if (kind === 'ambiguous') {
              // The first of the two: the twin, in the offset of the next day, comes later and shows the same time.
              const offsetNow = offsetMsAt(instant, zone);
              const twin = instant.getTime() + offsetNow - offsetMsAt(instant.getTime() + 86_400_000, zone);
              expect(twin).toBeGreaterThan(instant.getTime());
              expect(toLocalParts(twin, zone)).toEqual(shown);
            }
          }
        }),
        { numRuns },
      );
    },
  );
});

describe('offsetLabel', () => {
  it.each([
    ['2026-01-15T12:00:00Z', 'Asia/Kolkata', 'UTC+05:30'],
    ['2026-01-15T12:00:00Z', OSLO, 'UTC+01:00'],
    ['2026-07-15T12:00:00Z', OSLO, 'UTC+02:00'],
    ['2026-07-15T12:00:00Z', 'America/New_York', 'UTC-04:00'],
    ['2026-01-15T12:00:00Z', 'Australia/Lord_Howe', 'UTC+11:00'],
    ['2026-07-15T12:00:00Z', 'Australia/Lord_Howe', 'UTC+10:30'],
    ['2026-07-15T12:00:00Z', 'UTC', 'UTC+00:00'],
    ['2026-07-15T12:00:00Z', 'America/St_Johns', 'UTC-02:30'],
  ])('at %s %s is %s', (iso, zone, label) => {
    expect(offsetLabel(new Date(iso), zone)).toBe(label);
  });

  it.each(osloDstChanges)('changes at 01:00Z on $date ($kind)', ({ date, kind }) => {
    const before = offsetLabel(new Date(`${date}T00:59:59Z`), OSLO);
    const after = offsetLabel(new Date(`${date}T01:00:00Z`), OSLO);
    expect([before, after]).toEqual(
      kind === 'spring' ? ['UTC+01:00', 'UTC+02:00'] : ['UTC+02:00', 'UTC+01:00'],
    );
  });
});

describe('offset between Oslo and New York', () => {
  const hoursAhead = (iso: string) =>
    (offsetMsAt(new Date(iso), OSLO) - offsetMsAt(new Date(iso), 'America/New_York')) / 3_600_000;
  it.each([
    ['2026-01-15T12:00:00Z', 6],
    ['2026-03-07T12:00:00Z', 6],
    ['2026-03-08T12:00:00Z', 5],
    ['2026-03-13T00:00:00Z', 5],
    ['2026-03-28T12:00:00Z', 5],
    ['2026-03-29T12:00:00Z', 6],
    ['2026-07-01T12:00:00Z', 6],
    ['2026-10-24T12:00:00Z', 6],
    // Europe falls back a week before North America, so the gap is 5 h again for that week.
    ['2026-10-25T12:00:00Z', 5],
    ['2026-10-31T12:00:00Z', 5],
    ['2026-11-01T12:00:00Z', 6],
    ['2026-12-15T12:00:00Z', 6],
  ])('at %s Oslo is %i h ahead', (iso, hours) => {
    expect(hoursAhead(iso)).toBe(hours);
  });

  it('shows the Friday 13 March system maintenance at 19:00-04:00 in New York', () => {
    const start = wallTimeToInstant('2026-03-13', '00:00', OSLO);
    expect(start.toISOString()).toBe('2026-03-12T23:00:00.000Z');
    expect(formatLocalIso(start, 'America/New_York')).toBe('2026-03-12T19:00:00-04:00');
    expect(formatLocalIso(start, 'Asia/Kolkata')).toBe('2026-03-13T04:30:00+05:30');
  });
});

describe('toLocalParts', () => {
  it('reads the wall date and time of an instant', () => {
    expect(toLocalParts(new Date('2026-03-12T23:00:00Z'), OSLO)).toEqual({
      date: '2026-03-13',
      time: '00:00:00',
    });
    expect(toLocalParts(new Date('2026-10-25T00:30:00Z'), OSLO)).toEqual({
      date: '2026-10-25',
      time: '02:30:00',
    });
    expect(toLocalParts(new Date('2026-10-25T01:30:00Z'), OSLO)).toEqual({
      date: '2026-10-25',
      time: '02:30:00',
    });
  });
});

describe('startOfLocalDay', () => {
  it.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z'],
    ['2026-07-15', '2026-07-14T22:00:00.000Z'],
    ['2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['2026-03-30', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'],
    ['2026-10-26', '2026-10-25T23:00:00.000Z'],
  ])('starts %s in Oslo at %s', (date, instant) => {
    expect(startOfLocalDay(date, 'Europe/Oslo').toISOString()).toBe(instant);
  });

  it.each([
    ['2026-03-29', 23],
    ['2026-10-25', 25],
    ['2027-03-28', 23],
    ['2027-10-31', 25],
    ['2028-03-26', 23],
    ['2028-10-29', 25],
    ['2026-06-01', 24],
  ])('makes %s %i hours long in Oslo', (date, hours) => {
    const length =
      startOfLocalDay(addDays(date, 1), 'Europe/Oslo').getTime() -
      startOfLocalDay(date, 'Europe/Oslo').getTime();
    expect(length / 3_600_000).toBe(hours);
  });

  it('starts a day whose midnight does not exist at the first instant it has (Santiago, spring forward at 00:00)', () => {
    expect(startOfLocalDay('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(toLocalParts(startOfLocalDay('2026-09-06', 'America/Santiago'), 'America/Santiago')).toEqual({
      date: '2026-09-06',
      time: '01:00:00',
    });
  });
});
