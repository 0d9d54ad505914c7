import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/core/locales';
import { formatDuration, formatRelative } from '@/lib/i18n/relative';

const now = '2026-11-25T12:00:00Z';
const at = (ms: number) => new Date(Date.parse(now) + ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatRelative', () => {
  it.each<[Locale, string, string, string, string]>([
    ['en', 'in 3 days', 'in 1 day', '2 hours ago', 'in 30 minutes'],
    ['nb', 'om 3 dager', 'om 1 dag', 'for 2 timer siden', 'om 30 minutter'],
    ['sv', 'om 3 dagar', 'om 1 dag', 'för 2 timmar sedan', 'om 30 minuter'],
    ['da', 'om 3 dage', 'om 1 dag', 'for 2 timer siden', 'om 30 minutter'],
    ['nl', 'over 3 dagen', 'over 1 dag', '2 uur geleden', 'over 30 minuten'],
    ['de', 'in 3 Tagen', 'in 1 Tag', 'vor 2 Stunden', 'in 30 Minuten'],
  ])('speaks %s', (locale, threeDays, oneDay, twoHoursAgo, halfHour) => {
    expect(formatRelative(at(3 * DAY), now, locale)).toBe(threeDays);
    expect(formatRelative(at(DAY), now, locale)).toBe(oneDay);
    expect(formatRelative(at(-2 * HOUR), now, locale)).toBe(twoHoursAgo);
    expect(formatRelative(at(30 * MINUTE), now, locale)).toBe(halfHour);
  });

  it('takes a format locale as well as a language', () => {
    expect(formatRelative(at(3 * DAY), now, 'en-US')).toBe('in 3 days');
  });

  it('picks the unit after rounding, so it never says "in 60 minutes"', () => {
    expect(formatRelative(at(59 * MINUTE + 50_000), now, 'en')).toBe('in 1 hour');
    expect(formatRelative(at(59_600), now, 'en')).toBe('in 1 minute');
    expect(formatRelative(at(23 * HOUR + 40 * MINUTE), now, 'en')).toBe('in 1 day');
  });

  it('rounds to the nearest whole unit', () => {
    expect(formatRelative(at(2 * DAY + 11 * HOUR), now, 'en')).toBe('in 2 days');
    expect(formatRelative(at(2 * DAY + 13 * HOUR), now, 'en')).toBe('in 3 days');
    expect(formatRelative(at(45_000), now, 'en')).toBe('in 45 seconds');
  });

  it('says now within a second', () => {
    expect(formatRelative(now, now, 'en')).toBe('now');
    expect(formatRelative(at(-400), now, 'de')).toBe('jetzt');
  });
});

describe('formatDuration', () => {
  it.each<[Locale, string, string, string]>([
    ['en', '14 days', '2 hours', '1 hour 30 minutes'],
    ['nb', '14 dager', '2 timer', '1 time 30 minutter'],
    ['sv', '14 dagar', '2 timmar', '1 timme 30 minuter'],
    ['da', '14 dage', '2 timer', '1 time 30 minutter'],
    ['nl', '14 dagen', '2 uur', '1 uur 30 minuten'],
    ['de', '14 Tage', '2 Stunden', '1 Stunde 30 Minuten'],
  ])('speaks %s', (locale, fortnight, twoHours, ninetyMinutes) => {
    expect(formatDuration(14 * DAY, locale)).toBe(fortnight);
    expect(formatDuration(2 * HOUR, locale)).toBe(twoHours);
    expect(formatDuration(90 * MINUTE, locale)).toBe(ninetyMinutes);
  });

  it('keeps the two largest units', () => {
    expect(formatDuration(DAY + 2 * HOUR + 5 * MINUTE, 'en')).toBe('1 day 2 hours');
    expect(formatDuration(DAY + 5 * MINUTE, 'en')).toBe('1 day');
    expect(formatDuration(24 * HOUR, 'en')).toBe('1 day');
  });

  it('counts seconds below a minute and ignores the sign', () => {
    expect(formatDuration(3_000, 'en')).toBe('3 seconds');
    expect(formatDuration(1_000, 'nb')).toBe('1 sekund');
    expect(formatDuration(59_700, 'en')).toBe('1 minute');
    expect(formatDuration(-2 * HOUR, 'en')).toBe('2 hours');
    expect(formatDuration(0, 'en')).toBe('0 seconds');
  });
});
