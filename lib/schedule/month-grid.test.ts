import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber } from './local-date';
import {
  addMonthsTo,
  localDaysOf,
  monthGrid,
  offsetsOver,
  parseYearMonth,
  wallMinutes,
  windowsByDay,
  type LocalSpan,
} from './month-grid';

const span = (localStart: string, localEnd: string): LocalSpan => ({ localStart, localEnd });

describe('parseYearMonth', () => {
  it.each([
    ['2026-03', '2026-03'],
    ['2026-12', '2026-12'],
    ['2026-13', null],
    ['2026-00', null],
    ['2026-3', null],
    ['1969-12', null],
    ['2999-12', '2999-12'],
    ['3000-01', null],
    ['2026-03-01', null],
    [' 2026-03', null],
    [202603, null],
    [undefined, null],
  ])('reads %j as %j', (value, expected) => {
    expect(parseYearMonth(value)).toBe(expected);
  });
});

describe('addMonthsTo', () => {
  it.each([
    ['2026-01', 1, '2026-02'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-03', 12, '2027-03'],
  ])('%s + %i months is %s', (month, n, expected) => {
    expect(addMonthsTo(month, n)).toBe(expected);
  });
});

describe('monthGrid', () => {
  it.each([
    // March 2026 begins on a Sunday.
    ['2026-03', 1, '2026-02-23', '2026-04-06', 6],
    ['2026-03', 0, '2026-03-01', '2026-04-05', 5],
    // February 2026 begins on a Sunday and has 28 days.
    ['2026-02', 1, '2026-01-26', '2026-03-02', 5],
    ['2026-02', 0, '2026-02-01', '2026-03-01', 4],
    // February 2021 begins on a Monday: exactly four Monday-first weeks.
    ['2021-02', 1, '2021-02-01', '2021-03-01', 4],
    // A leap February.
    ['2028-02', 1, '2028-01-31', '2028-03-06', 5],
  ] as const)(
    '%s with weeks starting on day %i runs from %s to %s in %i weeks',
    (month, weekStartsOn, gridStart, gridEnd, weeks) => {
      const grid = monthGrid(month, weekStartsOn, '2026-01-01');
      expect(grid.gridStart).toBe(gridStart);
      expect(grid.gridEnd).toBe(gridEnd);
      expect(grid.weeks).toHaveLength(weeks);
      for (const week of grid.weeks) {
        expect(week).toHaveLength(7);
        expect(week[0]?.weekday).toBe(weekStartsOn === 0 ? 7 : 1);
      }
      expect(
        grid.weeks
          .flat()
          .filter((d) => d.inMonth)
          .map((d) => d.date)[0],
      ).toBe(`${month}-01`);
    },
  );

  it('marks today and the days of other months', () => {
    const grid = monthGrid('2026-03', 1, '2026-03-12');
    const days = grid.weeks.flat();
    expect(days.filter((d) => d.isToday).map((d) => d.date)).toEqual(['2026-03-12']);
    expect(days.filter((d) => !d.inMonth).map((d) => d.date)).toEqual([
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ]);
    expect(grid.monthStart).toBe('2026-03-01');
    expect(grid.monthEnd).toBe('2026-04-01');
  });

  it('refuses a month that is not YYYY-MM', () => {
    expect(() => monthGrid('2026-13', 1, '2026-01-01')).toThrow(RangeError);
  });

  it('always covers the whole month in whole weeks, for any month and week start', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1970, max: 2999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(0 as const, 1 as const),
        (year, m, start) => {
          const month = `${year}-${String(m).padStart(2, '0')}`;
          const grid = monthGrid(month, start, '2000-01-01');
          const days = grid.weeks.flat();
          expect(days.filter((d) => d.inMonth).length).toBe(
            Number(addDays(`${addMonthsTo(month, 1)}-01`, -1).slice(8)),
          );
          expect(grid.weeks.length).toBeGreaterThanOrEqual(4);
          expect(grid.weeks.length).toBeLessThanOrEqual(6);
          days.forEach((d, i) => expect(d.date).toBe(addDays(grid.gridStart, i)));
          expect(grid.weeks[0]?.some((d) => d.inMonth)).toBe(true);
          expect(grid.weeks.at(-1)?.some((d) => d.inMonth)).toBe(true);
        },
      ),
    );
  });
});

describe('wallMinutes', () => {
  it('reads the wall clock of the string, whatever its offset', () => {
    expect(wallMinutes('1970-01-02T01:30:00+05:30')).toBe(1440 + 90);
    expect(wallMinutes('1970-01-02T01:30:00-04:00')).toBe(1440 + 90);
    expect(wallMinutes('1970-01-02T01:30:00Z')).toBe(1440 + 90);
  });

  it.each(['2026-03-12', '2026-03-12T19:00', '2026-02-30T19:00:00Z', '2026-03-12T25:00:00Z'])(
    'refuses %s',
    (value) => {
      expect(() => wallMinutes(value)).toThrow(RangeError);
    },
  );
});

describe('localDaysOf', () => {
  it.each([
    // The documented example: Friday 00:00–06:00 in Oslo seen from New York is Thursday evening to Friday 01:00.
    [span('2026-03-12T19:00:00-04:00', '2026-03-13T01:00:00-04:00'), ['2026-03-12', '2026-03-13']],
    // Ending exactly at midnight stays on one day.
    [span('2026-03-10T22:00:00+01:00', '2026-03-11T00:00:00+01:00'), ['2026-03-10']],
    // Starting at midnight.
    [span('2026-03-13T00:00:00+01:00', '2026-03-13T06:00:00+01:00'), ['2026-03-13']],
    // Saturday 20:00 to Sunday 06:00 seen from Tokyo: Sunday 04:00 to Sunday 14:00.
    [span('2026-03-29T04:00:00+09:00', '2026-03-29T14:00:00+09:00'), ['2026-03-29']],
    // Three days.
    [span('2026-03-13T23:00:00Z', '2026-03-15T01:00:00Z'), ['2026-03-13', '2026-03-14', '2026-03-15']],
    // Zero wall length over a fall-back hour in New York (01:00 EDT to 01:00 EST) still shows on its day.
    [span('2026-11-01T01:00:00-04:00', '2026-11-01T01:00:00-05:00'), ['2026-11-01']],
  ])('%j touches %j', (window, days) => {
    expect(localDaysOf(window)).toEqual(days);
  });
});

describe('windowsByDay', () => {
  it('puts a window that crosses midnight on both days, saying which end lies on the other day', () => {
    const crossing = { id: 'a', ...span('2026-03-12T19:00:00-04:00', '2026-03-13T01:00:00-04:00') };
    const evening = { id: 'b', ...span('2026-03-12T20:00:00-04:00', '2026-03-12T20:05:00-04:00') };
    const days = windowsByDay([crossing, evening], '2026-03-12', '2026-03-14');
    expect(
      days.get('2026-03-12')?.map((p) => [p.window.id, p.continuesFromPreviousDay, p.continuesNextDay]),
    ).toEqual([
      ['a', false, true],
      ['b', false, false],
    ]);
    expect(
      days.get('2026-03-13')?.map((p) => [p.window.id, p.continuesFromPreviousDay, p.continuesNextDay]),
    ).toEqual([['a', true, false]]);
  });

  it('has an entry for every day of the range and drops the parts outside it', () => {
    const days = windowsByDay(
      [span('2026-02-28T22:00:00Z', '2026-03-01T02:00:00Z')],
      '2026-03-01',
      '2026-03-03',
    );
    expect([...days.keys()]).toEqual(['2026-03-01', '2026-03-02']);
    expect(days.get('2026-03-01')).toHaveLength(1);
    expect(days.get('2026-03-01')?.[0]?.continuesFromPreviousDay).toBe(true);
    expect(days.get('2026-03-02')).toEqual([]);
  });

  it('places every window on each day it touches and on no other day', () => {
    const day0 = 20_500; // 2026-02-16
    const windowArb = fc
      .tuple(fc.integer({ min: 0, max: 40 * 1440 }), fc.integer({ min: 1, max: 4 * 1440 }))
      .map(([start, length]) => {
        const iso = (m: number) =>
          `${fromDayNumber(day0 + Math.floor(m / 1440))}T${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+02:00`;
        return { start, end: start + length, ...span(iso(start), iso(start + length)) };
      });
    fc.assert(
      fc.property(fc.array(windowArb, { maxLength: 20 }), (windows) => {
        const from = fromDayNumber(day0 + 5);
        const to = fromDayNumber(day0 + 30);
        const days = windowsByDay(windows, from, to);
        for (const w of windows) {
          for (const [date, placed] of days) {
            const dayStart = Math.round(Date.parse(`${date}T00:00:00Z`) / 60_000) - day0 * 1440;
            const touches = w.start < dayStart + 1440 && w.end > dayStart;
            expect(placed.some((p) => p.window === w)).toBe(touches);
          }
        }
      }),
    );
  });
});

describe('offsetsOver', () => {
  it.each([
    [
      'America/New_York',
      '2026-03-01',
      '2026-04-01',
      [
        ['2026-03-01', 'UTC-05:00'],
        ['2026-03-08', 'UTC-04:00'],
      ],
    ],
    [
      'Europe/Oslo',
      '2026-10-01',
      '2026-11-01',
      [
        ['2026-10-01', 'UTC+02:00'],
        ['2026-10-25', 'UTC+01:00'],
      ],
    ],
    [
      'Europe/Oslo',
      '2026-03-23',
      '2026-04-06',
      [
        ['2026-03-23', 'UTC+01:00'],
        ['2026-03-29', 'UTC+02:00'],
      ],
    ],
    [
      'Australia/Lord_Howe',
      '2026-04-01',
      '2026-04-10',
      [
        ['2026-04-01', 'UTC+11:00'],
        ['2026-04-05', 'UTC+10:30'],
      ],
    ],
    ['Asia/Kolkata', '2026-03-01', '2026-04-01', [['2026-03-01', 'UTC+05:30']]],
    ['UTC', '2026-03-01', '2026-04-01', [['2026-03-01', 'UTC+00:00']]],
  ])('%s from %s to %s', (zone, from, to, expected) => {
    expect(offsetsOver(from, to, zone).map((o) => [o.date, o.offset])).toEqual(expected);
  });

  it('returns one entry per change and starts on the first day', () => {
    const offsets = offsetsOver('2026-01-01', '2027-01-01', 'America/New_York');
    expect(offsets.map((o) => o.date)).toEqual(['2026-01-01', '2026-03-08', '2026-11-01']);
  });
});
