import { describe, expect, it } from 'vitest';
import {
  dateFnsLocale,
  formatCalendarMonth,
  formatDate,
  formatDateLong,
  formatDateTime,
  formatInZone,
  formatMonthYear,
  formatOffset,
  formatTime,
  monthNames,
  toInstant,
  weekdayNames,
} from '@/lib/i18n/format';
import type { FormatLocale } from '@/lib/i18n/negotiate';

/** Wednesday 25 November 2026, 14:05 in Oslo (CET, UTC+1). */
const instant = '2026-11-25T13:05:00Z';
const oslo = 'Europe/Oslo';

describe('formatDate, formatTime and formatDateTime', () => {
  it.each<[FormatLocale, string, string, string]>([
    ['en-GB', '25/11/2026', '14:05', '25/11/2026, 14:05'],
    ['en-US', '11/25/2026', '2:05 PM', '11/25/2026, 2:05 PM'],
    ['nb', '25.11.2026', '14:05', '25.11.2026 14:05'],
    ['sv', '2026-11-25', '14:05', '2026-11-25 14:05'],
    ['da', '25.11.2026', '14:05', '25.11.2026 14:05'],
    ['nl', '25-11-2026', '14:05', '25-11-2026, 14:05'],
    ['de', '25.11.2026', '14:05', '25.11.2026 14:05'],
  ])('write %s in its own order and clock', (locale, date, time, dateTime) => {
    expect(formatDate(instant, oslo, locale)).toBe(date);
    expect(formatTime(instant, oslo, locale)).toBe(time);
    expect(formatDateTime(instant, oslo, locale)).toBe(dateTime);
  });

  it('treat English as en-GB', () => {
    expect(formatDateTime(instant, oslo, 'en')).toBe('25/11/2026, 14:05');
  });

  it('use a 24-hour clock for all but en-US', () => {
    const evening = '2026-11-25T21:30:00Z';
    for (const locale of ['en-GB', 'nb', 'sv', 'da', 'nl', 'de'] as const) {
      expect(formatTime(evening, oslo, locale)).toBe('22:30');
    }
    expect(formatTime(evening, oslo, 'en-US')).toBe('10:30 PM');
  });

  it('write the same instant in the zone they are given, not the host’s', () => {
    expect(formatDateTime(instant, 'America/New_York', 'en-US')).toBe('11/25/2026, 8:05 AM');
    expect(formatDateTime(instant, 'Asia/Tokyo', 'nb')).toBe('25.11.2026 22:05');
    expect(formatDateTime('2026-11-25T23:30:00Z', oslo, 'de')).toBe('26.11.2026 00:30');
  });

  it('follow summer time', () => {
    expect(formatTime('2026-07-01T12:00:00Z', oslo, 'nb')).toBe('14:00');
    expect(formatTime('2026-03-29T01:00:00Z', oslo, 'nb')).toBe('03:00');
    expect(formatTime('2026-10-25T00:30:00Z', oslo, 'nb')).toBe('02:30');
    expect(formatTime('2026-10-25T01:30:00Z', oslo, 'nb')).toBe('02:30');
  });

  it('accept a Date and epoch milliseconds as well as an ISO string', () => {
    expect(formatTime(new Date(instant), oslo, 'sv')).toBe('14:05');
    expect(formatTime(Date.parse(instant), oslo, 'sv')).toBe('14:05');
  });

  it('refuse an invalid instant or zone', () => {
    expect(() => formatDate('2026-02-30T00:00:00Z', oslo, 'en')).toThrow(RangeError);
    expect(() => formatDate('not a date', oslo, 'en')).toThrow(RangeError);
    expect(() => formatDate(instant, 'Mars/Olympus_Mons', 'en')).toThrow(RangeError);
  });
});

describe('formatDateLong', () => {
  it.each<[FormatLocale, string]>([
    ['en-GB', 'Wednesday, 25 November 2026'],
    ['en-US', 'Wednesday, November 25th, 2026'],
    ['nb', 'onsdag 25. november 2026'],
    ['sv', 'onsdag 25 november 2026'],
    ['da', 'onsdag den 25. november 2026'],
    ['nl', 'woensdag 25 november 2026'],
    ['de', 'Mittwoch, 25. November 2026'],
  ])('writes %s as %s', (locale, expected) => expect(formatDateLong(instant, oslo, locale)).toBe(expected));
});

describe('formatMonthYear', () => {
  it('names the month of the instant in the zone', () => {
    expect(formatMonthYear('2026-01-31T23:30:00Z', oslo, 'nb')).toBe('februar 2026');
    expect(formatMonthYear('2026-01-31T23:30:00Z', 'America/New_York', 'de')).toBe('Januar 2026');
  });
});

describe('formatCalendarMonth', () => {
  it.each<[FormatLocale, string]>([
    ['en-GB', 'March 2027'],
    ['en-US', 'March 2027'],
    ['nb', 'mars 2027'],
    ['sv', 'mars 2027'],
    ['da', 'marts 2027'],
    ['nl', 'maart 2027'],
    ['de', 'März 2027'],
  ])('titles a month of the calendar in %s as %s', (locale, title) => {
    expect(formatCalendarMonth({ year: 2027, month: 3 }, locale)).toBe(title);
  });

  it('names a calendar month', () => {
    expect(formatCalendarMonth({ year: 2026, month: 3 }, 'sv')).toBe('mars 2026');
    expect(formatCalendarMonth({ year: 2026, month: 12 }, 'en-US')).toBe('December 2026');
    expect(() => formatCalendarMonth({ year: 2026, month: 13 }, 'en')).toThrow(RangeError);
  });
});

describe('monthNames', () => {
  it.each<[FormatLocale, string]>([
    ['en-GB', 'January February March April May June July August September October November December'],
    ['en-US', 'January February March April May June July August September October November December'],
    ['nb', 'januar februar mars april mai juni juli august september oktober november desember'],
    ['sv', 'januari februari mars april maj juni juli augusti september oktober november december'],
    ['da', 'januar februar marts april maj juni juli august september oktober november december'],
    ['nl', 'januari februari maart april mei juni juli augustus september oktober november december'],
    ['de', 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'],
  ])('gives the twelve months of %s', (locale, names) => {
    expect(monthNames(locale)).toEqual(names.split(' '));
  });

  it('has abbreviations', () => {
    expect(monthNames('de', 'abbreviated')[2]).toMatch(/^Mär/);
  });
});

describe('weekdayNames', () => {
  it.each<[FormatLocale, string]>([
    ['en-GB', 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'],
    ['en-US', 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'],
    ['nb', 'mandag tirsdag onsdag torsdag fredag lørdag søndag'],
    ['sv', 'måndag tisdag onsdag torsdag fredag lördag söndag'],
    ['da', 'mandag tirsdag onsdag torsdag fredag lørdag søndag'],
    ['nl', 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'],
    ['de', 'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'],
  ])('gives the days of %s in its week order', (locale, names) => {
    expect(weekdayNames(locale)).toEqual(names.split(' '));
  });

  it.each<[FormatLocale, string]>([
    ['en-GB', 'Mon Tue Wed Thu Fri Sat Sun'],
    ['en-US', 'Sun Mon Tue Wed Thu Fri Sat'],
    ['nb', 'man tir ons tor fre lør søn'],
    ['sv', 'mån tis ons tors fre lör sön'],
    ['da', 'man. tir. ons. tor. fre. lør. søn.'],
    ['nl', 'ma di wo do vr za zo'],
    ['de', 'Mo. Di. Mi. Do. Fr. Sa. So.'],
  ])(
    'heads the calendar grid in %s with the abbreviations its readers write, in week order',
    (locale, names) => {
      expect(weekdayNames(locale, 'abbreviated')).toEqual(names.split(' '));
    },
  );

  it('puts each day under the right heading: the first column of every locale is the weekday it names', () => {
    // 2 March 2026 is a Monday, 1 March a Sunday.
    for (const locale of ['en-GB', 'en-US', 'nb', 'sv', 'da', 'nl', 'de'] as const) {
      const firstDay = weekdayNames(locale)[0];
      const date = locale === 'en-US' ? '2026-03-01T12:00:00Z' : '2026-03-02T12:00:00Z';
      expect(formatInZone(date, 'UTC', 'EEEE', locale), locale).toBe(firstDay);
    }
  });

  it('has short names for a month grid', () => {
    expect(weekdayNames('de', 'short')).toEqual(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
    expect(weekdayNames('en-US', 'short')[0]).toBe('Su');
  });
});

describe('formatOffset', () => {
  it.each([
    ['2026-01-15T12:00:00Z', 'Europe/Oslo', 'UTC+01:00'],
    ['2026-07-15T12:00:00Z', 'Europe/Oslo', 'UTC+02:00'],
    ['2026-01-15T12:00:00Z', 'America/New_York', 'UTC-05:00'],
    // North America is already on summer time while Oslo is not: 5 hours apart, not 6.
    ['2026-03-13T12:00:00Z', 'America/New_York', 'UTC-04:00'],
    ['2026-03-13T12:00:00Z', 'Europe/Oslo', 'UTC+01:00'],
    ['2026-01-15T12:00:00Z', 'Europe/London', 'UTC+00:00'],
    ['2026-01-15T12:00:00Z', 'UTC', 'UTC+00:00'],
    ['2026-01-15T12:00:00Z', 'Asia/Kolkata', 'UTC+05:30'],
    ['2026-01-15T12:00:00Z', 'Asia/Kathmandu', 'UTC+05:45'],
    ['2026-01-15T12:00:00Z', 'America/St_Johns', 'UTC-03:30'],
  ])('at %s in %s is %s', (at, zone, expected) => expect(formatOffset(at, zone)).toBe(expected));

  it('changes at the exact instant of the switch', () => {
    expect(formatOffset('2026-03-29T00:59:59Z', oslo)).toBe('UTC+01:00');
    expect(formatOffset('2026-03-29T01:00:00Z', oslo)).toBe('UTC+02:00');
  });

  it('refuses an unknown zone', () => {
    expect(() => formatOffset(instant, 'Not/AZone')).toThrow(RangeError);
  });
});

describe('formatInZone', () => {
  it('formats any pattern with the locale’s words', () => {
    expect(formatInZone(instant, oslo, 'EEEE d. MMMM', 'nb')).toBe('onsdag 25. november');
  });
});

describe('dateFnsLocale', () => {
  it('gives en-GB for English and en-US only when asked', () => {
    expect(dateFnsLocale('en').code).toBe('en-GB');
    expect(dateFnsLocale('en-US').code).toBe('en-US');
    expect(dateFnsLocale('da').code).toBe('da');
  });
});

describe('toInstant', () => {
  it('keeps a Date and parses ISO strings', () => {
    const date = new Date(instant);
    expect(toInstant(date)).toBe(date);
    expect(toInstant('2026-11-25T14:05:00+01:00').toISOString()).toBe('2026-11-25T13:05:00.000Z');
  });
});
