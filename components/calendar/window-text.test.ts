import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longDate, offsetOf, wallClock, windowOffsets, windowTimes } from './window-text';

// The browser's own zone must not leak in: run these as a New York browser would (DST starts there on 8 March).
const hostZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = hostZone;
});

describe('wallClock', () => {
  it.each([
    // 02:30 on 8 March does not exist in New York, but it does in Oslo and must be shown as it is.
    ['2026-03-08T02:30:00+01:00', 'nb', '02:30'],
    ['2026-03-08T02:30:00+01:00', 'en-US', '2:30 AM'],
    ['2026-03-12T19:00:00-04:00', 'en-US', '7:00 PM'],
    ['2026-03-12T19:00:00-04:00', 'de', '19:00'],
    ['2026-10-25T02:00:00+02:00', 'en-GB', '02:00'],
  ] as const)('%s in %s is %s', (iso, locale, expected) => {
    expect(wallClock(iso, locale)).toBe(expected);
  });
});

describe('windowTimes', () => {
  it.each([
    [
      { localStart: '2026-03-12T19:00:00-04:00', localEnd: '2026-03-13T01:00:00-04:00' },
      'nb',
      { start: '19:00', end: 'fre 01:00' },
    ],
    [
      { localStart: '2026-03-12T19:00:00-04:00', localEnd: '2026-03-13T01:00:00-04:00' },
      'en-US',
      { start: '7:00 PM', end: 'Fri 1:00 AM' },
    ],
    // Ending at the next midnight reads as one evening.
    [
      { localStart: '2026-02-26T18:00:00-05:00', localEnd: '2026-02-27T00:00:00-05:00' },
      'nb',
      { start: '18:00', end: '00:00' },
    ],
    [
      { localStart: '2026-03-08T02:00:00+01:00', localEnd: '2026-03-08T02:05:00+01:00' },
      'sv',
      { start: '02:00', end: '02:05' },
    ],
  ] as const)('%j in %s', (window, locale, expected) => {
    expect(windowTimes(window, locale)).toEqual(expected);
  });
});

describe('offsets', () => {
  it('reads the offset the string was written with, and both when the clock changes inside a window', () => {
    expect(offsetOf('2026-03-12T19:00:00-04:00')).toBe('UTC-04:00');
    expect(offsetOf('2026-03-12T19:00:00Z')).toBe('UTC+00:00');
    expect(
      windowOffsets({ localStart: '2026-10-25T01:00:00+02:00', localEnd: '2026-10-25T05:00:00+01:00' }),
    ).toBe('UTC+02:00 → UTC+01:00');
    expect(
      windowOffsets({ localStart: '2026-03-12T19:00:00-04:00', localEnd: '2026-03-13T01:00:00-04:00' }),
    ).toBe('UTC-04:00');
  });
});

describe('longDate', () => {
  it('writes the day in the language, whatever the host zone', () => {
    expect(longDate('2026-03-08', 'nb')).toBe('søndag 8. mars 2026');
    expect(longDate('2026-03-29', 'de')).toBe('Sonntag, 29. März 2026');
  });
});
