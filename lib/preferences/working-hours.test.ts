import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORKING_HOURS,
  formatWorkingHours,
  overlapsWorkingHours,
  parseWorkingHours,
  type WorkingHours,
} from '@/lib/preferences/working-hours';

describe('parseWorkingHours', () => {
  it.each([
    ['1-5;08:00-17:00', { days: [1, 2, 3, 4, 5], start: 480, end: 1020 }],
    ['1,3,5;22:00-06:00', { days: [1, 3, 5], start: 1320, end: 360 }],
    ['5,1-2;09:30-15:45', { days: [1, 2, 5], start: 570, end: 945 }],
    ['6-7;00:00-24:00', { days: [6, 7], start: 0, end: 1440 }],
    ['1-1;08:00-17:00', { days: [1], start: 480, end: 1020 }],
  ])('reads %s', (value, expected) => {
    expect(parseWorkingHours(value)).toEqual(expected);
  });

  it.each([
    [''],
    ['1-5'],
    ['1-5;08:00'],
    ['0-5;08:00-17:00'],
    ['1-8;08:00-17:00'],
    ['5-1;08:00-17:00'],
    ['1-5;8:00-17:00'],
    ['1-5;08:00-08:00'],
    ['1-5;24:00-08:00'],
    ['1-5;08:00-25:00'],
    ['1-5;08:60-17:00'],
    ['mon-fri;08:00-17:00'],
    ['1-5;08:00-17:00;x'],
    [`${'1,'.repeat(40)}1;08:00-17:00`],
  ])('refuses %j', (value) => {
    expect(parseWorkingHours(value)).toBeNull();
  });

  it('refuses a missing cookie', () => {
    expect(parseWorkingHours(undefined)).toBeNull();
    expect(parseWorkingHours(null)).toBeNull();
  });
});

describe('formatWorkingHours', () => {
  it.each([
    [DEFAULT_WORKING_HOURS, '1-5;08:00-17:00'],
    [{ days: [1, 2, 3, 5], start: 480, end: 1020 }, '1-3,5;08:00-17:00'],
    [{ days: [7], start: 1320, end: 360 }, '7;22:00-06:00'],
    [{ days: [1, 3, 5, 6, 7], start: 0, end: 1440 }, '1,3,5-7;00:00-24:00'],
  ] as [WorkingHours, string][])('writes %j as %s', (hours, expected) => {
    expect(formatWorkingHours(hours)).toBe(expected);
    expect(parseWorkingHours(expected)).toEqual(hours);
  });
});

const at = (localStart: string, localEnd: string) => ({ localStart, localEnd });

describe('overlapsWorkingHours', () => {
  const officeHours = DEFAULT_WORKING_HOURS;
  it.each([
    // Friday 00:00–06:00 in Oslo seen from New York: Thursday 19:00 to Friday 01:00, outside 08–17.
    ['Oslo night seen from New York', at('2026-03-12T19:00:00-04:00', '2026-03-13T01:00:00-04:00'), false],
    // Tuesday 22:00–24:00 in Oslo seen from New York: Tuesday 16:00–18:00, overlapping 17:00.
    ['Oslo evening seen from New York', at('2026-03-10T17:00:00-04:00', '2026-03-10T19:00:00-04:00'), false],
    ['Tuesday afternoon', at('2026-03-10T16:00:00-04:00', '2026-03-10T18:00:00-04:00'), true],
    // Friday 00:00–06:00 in Oslo seen from Tokyo: Friday 08:00–14:00.
    ['Oslo night seen from Tokyo', at('2026-03-13T08:00:00+09:00', '2026-03-13T14:00:00+09:00'), true],
    ['ends exactly when the day starts', at('2026-03-12T06:00:00+01:00', '2026-03-12T08:00:00+01:00'), false],
    ['starts exactly when the day ends', at('2026-03-12T17:00:00+01:00', '2026-03-12T19:00:00+01:00'), false],
    ['one minute inside', at('2026-03-12T16:59:00+01:00', '2026-03-12T19:00:00+01:00'), true],
    ['Saturday', at('2026-03-14T10:00:00+01:00', '2026-03-14T12:00:00+01:00'), false],
    [
      'Saturday evening into Monday morning',
      at('2026-03-14T20:00:00+01:00', '2026-03-16T08:30:00+01:00'),
      true,
    ],
    ['a whole weekend', at('2026-03-14T00:00:00+01:00', '2026-03-16T00:00:00+01:00'), false],
  ])('%s → %s', (_name, window, expected) => {
    expect(overlapsWorkingHours(window, officeHours)).toBe(expected);
  });

  it('counts a night shift from the day it starts on', () => {
    const nights: WorkingHours = { days: [5], start: 22 * 60, end: 6 * 60 };
    // Saturday 02:00 belongs to Friday night's shift.
    expect(overlapsWorkingHours(at('2026-03-14T02:00:00+01:00', '2026-03-14T02:05:00+01:00'), nights)).toBe(
      true,
    );
    // Friday 02:00 belongs to Thursday night, which is not worked.
    expect(overlapsWorkingHours(at('2026-03-13T02:00:00+01:00', '2026-03-13T02:05:00+01:00'), nights)).toBe(
      false,
    );
    expect(overlapsWorkingHours(at('2026-03-13T23:00:00+01:00', '2026-03-13T23:30:00+01:00'), nights)).toBe(
      true,
    );
  });

  it('treats 00:00–24:00 as the whole day', () => {
    const allDay: WorkingHours = { days: [6], start: 0, end: 1440 };
    expect(overlapsWorkingHours(at('2026-03-14T23:59:00Z', '2026-03-15T00:10:00Z'), allDay)).toBe(true);
    expect(overlapsWorkingHours(at('2026-03-15T00:00:00Z', '2026-03-15T00:10:00Z'), allDay)).toBe(false);
  });
});
