import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  isValidLocalDate,
  isoWeekday,
  nextWeekdayAfter,
  nthWeekdayOfMonth,
  parseWallTime,
  weeksBetween,
} from './local-date';

describe('isValidLocalDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-05', false],
    ['2026-01-05T00:00', false],
    ['', false],
    [20260105, false],
  ])('judges %s as valid: %s', (value, valid) => {
    expect(isValidLocalDate(value)).toBe(valid);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2025-01-03', 364, '2026-01-02'],
  ])('%s + %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-15', 1, '2026-04-15'],
    ['2026-12-01', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-01'],
  ])('%s + %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('isoWeekday', () => {
  it.each([
    ['2026-03-13', 5],
    ['2026-03-29', 7],
    ['2026-03-30', 1],
    ['1970-01-01', 4],
    ['1969-12-29', 1],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });
});

describe('weeksBetween', () => {
  it('counts calendar weeks, Monday to Sunday', () => {
    expect(weeksBetween('2025-01-03', '2025-01-05')).toBe(0);
    expect(weeksBetween('2025-01-03', '2025-01-06')).toBe(1);
    expect(weeksBetween('2025-01-03', '2026-01-02')).toBe(52);
    expect(weeksBetween('2026-01-02', '2025-01-03')).toBe(-52);
  });
});

describe('nextWeekdayAfter', () => {
  it('finds the Friday strictly after a Tuesday, and a week on from the same weekday', () => {
    expect(nextWeekdayAfter('2026-03-24', 5)).toBe('2026-03-27');
    expect(nextWeekdayAfter('2026-03-27', 5)).toBe('2026-04-03');
    expect(nextWeekdayAfter('2026-03-27', 1)).toBe('2026-03-30');
  });
});

describe('nthWeekdayOfMonth', () => {
  it.each([
    [2026, 3, 5, 2, '2026-03-13'],
    [2026, 5, 5, 2, '2026-05-08'],
    [2026, 3, 7, -1, '2026-03-29'],
    [2026, 10, 7, -1, '2026-10-25'],
    [2026, 1, 5, 5, '2026-01-30'],
    [2026, 2, 5, 5, null],
  ])('%i-%i weekday %i position %i is %s', (year, month, weekday, position, expected) => {
    expect(nthWeekdayOfMonth(year, month, weekday, position)).toBe(expected);
  });
});

describe('parseWallTime', () => {
  it.each([
    ['00:00', 0],
    ['02:05', 125],
    ['23:59', 1439],
    ['24:00', 1440],
    ['24:01', null],
    ['25:00', null],
    ['7:00', null],
    ['12:60', null],
  ])('reads %s as %s minutes', (value, minutes) => {
    expect(parseWallTime(value)).toBe(minutes);
  });
});
