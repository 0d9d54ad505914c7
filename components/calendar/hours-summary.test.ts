import { describe, expect, it } from 'vitest';
import { getTranslator } from '@/lib/i18n/messages';
import type { IsoWeekday } from '@/lib/schedule/local-date';
import { hoursSummary } from './hours-summary';

const mondayFirst: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const sundayFirst: IsoWeekday[] = [7, 1, 2, 3, 4, 5, 6];
const nb = ['man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn'];
const en = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

describe('hoursSummary', () => {
  it.each([
    [{ days: [1, 2, 3, 4, 5], start: 480, end: 1020 }, 'man–fre, 08:00–17:00'],
    [{ days: [1, 2, 4, 5], start: 480, end: 1020 }, 'man, tir, tor, fre, 08:00–17:00'],
    [{ days: [1, 3, 4, 5, 7], start: 1320, end: 360 }, 'man, ons–fre, søn, 22:00–06:00'],
    [{ days: [6, 7], start: 0, end: 1440 }, 'lør, søn, 00:00–24:00'],
  ] as const)('writes %j in Norwegian', (hours, expected) => {
    expect(
      hoursSummary(
        { ...hours, days: [...hours.days] },
        mondayFirst,
        (d) => nb[d - 1] ?? '',
        'nb',
        getTranslator('nb'),
      ),
    ).toBe(expected);
  });

  it('follows the US week and clock for en-US', () => {
    const t = getTranslator('en');
    expect(
      hoursSummary(
        { days: [7, 1, 2, 3], start: 480, end: 1020 },
        sundayFirst,
        (d) => en[d - 1] ?? '',
        'en-US',
        t,
      ),
    ).toBe('Sun–Wed, 8:00 AM–5:00 PM');
  });
});
