import { formatInTimeZone } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isoWeekday } from './local-date';
import { expandRules, findOccurrence, occurrenceInstants, type Occurrence } from './expand';
import { makeRule, osloDstChanges, seedRule, seedRules } from './test-fixtures';

const OSLO = 'Europe/Oslo';
const years2026to2028 = {
  start: new Date('2026-01-01T00:00:00+01:00'),
  end: new Date('2029-01-01T00:00:00+01:00'),
};
const all = expandRules(seedRules(), years2026to2028);
const of = (ruleId: string): Occurrence[] => all.filter((o) => o.ruleId === ruleId);
/** Wall-clock reading by date-fns-tz (an independent oracle for instant → Oslo time). */
const osloWall = (d: Date) => formatInTimeZone(d, OSLO, 'yyyy-MM-dd HH:mm');
const hours = (o: { start: Date; end: Date }) => (o.end.getTime() - o.start.getTime()) / 3_600_000;

describe('expandRules over 2026–2028 with the seed rules', () => {
  it.each([
    ['system-maintenance', 5, '00:00', '06:00', 0],
    ['application-maintenance-early', 2, '22:00', '00:00', 1],
    ['application-maintenance', 5, '22:00', '00:00', 1],
    ['microsoft-patching', 5, '00:00', '06:00', 0],
    ['infrastructure-upgrade', 6, '20:00', '06:00', 1],
    ['server-recycle', null, '02:00', null, 0],
  ])('puts every %s on ISO weekday %s at %s–%s Oslo time', (ruleId, weekday, start, end, endDayOffset) => {
    const occurrences = of(ruleId);
    expect(occurrences.length).toBeGreaterThan(30);
    for (const o of occurrences) {
      if (weekday !== null) expect(isoWeekday(o.localDate)).toBe(weekday);
      const isGapNight =
        ruleId === 'server-recycle' &&
        osloDstChanges.some((c) => c.kind === 'spring' && c.date === o.localDate);
      expect(osloWall(o.start)).toBe(`${o.localDate} ${isGapNight ? '03:00' : start}`);
      if (end !== null) expect(osloWall(o.end)).toBe(`${addDays(o.localDate, endDayOffset)} ${end}`);
      expect(o.id).toBe(`${ruleId}:${o.localDate}`);
    }
  });

  it.each([
    ['system-maintenance', 14, '2025-01-03', '2026-01-02'],
    ['application-maintenance-early', 21, '2025-01-07', '2026-01-20'],
    ['infrastructure-upgrade', 7, '2025-01-04', '2026-01-03'],
  ])(
    'repeats %s every %i days counted from its anchor %s (first in 2026: %s)',
    (ruleId, days, anchor, first) => {
      const dates = of(ruleId).map((o) => o.localDate);
      expect(dates[0]).toBe(first);
      expect(daysBetween(anchor, first) % days).toBe(0);
      dates.slice(1).forEach((date, i) => expect(daysBetween(dates[i] ?? '', date)).toBe(days));
    },
  );

  it('includes Friday 13 March 2026 00:00–06:00 Oslo, 23:00Z–05:00Z', () => {
    const o = of('system-maintenance').find((x) => x.localDate === '2026-03-13');
    expect(o?.start.toISOString()).toBe('2026-03-12T23:00:00.000Z');
    expect(o?.end.toISOString()).toBe('2026-03-13T05:00:00.000Z');
  });

  it('puts the application maintenance on the Friday after each early Tuesday, in the same cycle', () => {
    const early = of('application-maintenance-early').map((o) => o.localDate);
    const late = of('application-maintenance').map((o) => o.localDate);
    // 2026-01-02 follows Tuesday 2025-12-30, before the range.
    expect(late).toEqual(['2026-01-02', ...early.map((date) => addDays(date, 3))]);
  });

  it('puts Microsoft patching on the second Friday of each of the 36 months', () => {
    const dates = of('microsoft-patching').map((o) => o.localDate);
    expect(dates).toHaveLength(36);
    expect(new Set(dates.map((d) => d.slice(0, 7))).size).toBe(36);
    for (const date of dates) {
      expect(isoWeekday(date)).toBe(5);
      expect(Number(date.slice(8))).toBeGreaterThanOrEqual(8);
      expect(Number(date.slice(8))).toBeLessThanOrEqual(14);
    }
    expect(dates.slice(0, 3)).toEqual(['2026-01-09', '2026-02-13', '2026-03-13']);
  });

  it('recycles the servers exactly once every night (1,096 nights)', () => {
    const dates = of('server-recycle').map((o) => o.localDate);
    expect(dates).toHaveLength(1096);
    expect(new Set(dates).size).toBe(1096);
  });

  it.each(osloDstChanges)(
    'recycles once on $date ($kind) at the instant docs/design/time-zones.md fixes',
    ({ date, kind }) => {
      const nights = of('server-recycle').filter((o) => o.localDate === date);
      expect(nights).toHaveLength(1);
      expect(nights[0]?.start.toISOString()).toBe(
        kind === 'spring' ? `${date}T01:00:00.000Z` : `${date}T00:00:00.000Z`,
      );
      expect(nights[0] && hours(nights[0]) * 60).toBe(5);
    },
  );

  it.each(osloDstChanges)(
    'makes the Saturday window before $date ($kind) 9 h or 11 h long, others 10 h',
    ({ date, kind }) => {
      const saturday = addDays(date, -1);
      const window = of('infrastructure-upgrade').find((o) => o.localDate === saturday);
      expect(window && hours(window)).toBe(kind === 'spring' ? 9 : 11);
      const otherWeek = of('infrastructure-upgrade').find((o) => o.localDate === addDays(saturday, 7));
      expect(otherWeek && hours(otherWeek)).toBe(10);
    },
  );

  it('lasts 9 h on 2026-03-28 and 11 h on 2026-10-24 for Saturday 20:00 → Sunday 06:00', () => {
    const spring = of('infrastructure-upgrade').find((o) => o.localDate === '2026-03-28');
    const fall = of('infrastructure-upgrade').find((o) => o.localDate === '2026-10-24');
    expect([spring?.start.toISOString(), spring?.end.toISOString()]).toEqual([
      '2026-03-28T19:00:00.000Z',
      '2026-03-29T04:00:00.000Z',
    ]);
    expect([fall?.start.toISOString(), fall?.end.toISOString()]).toEqual([
      '2026-10-24T18:00:00.000Z',
      '2026-10-25T05:00:00.000Z',
    ]);
  });

  it('returns occurrences sorted by start and overlapping the range', () => {
    for (let i = 1; i < all.length; i++)
      expect(all[i - 1]!.start.getTime()).toBeLessThanOrEqual(all[i]!.start.getTime());
    for (const o of all) expect(o.start < years2026to2028.end && o.end > years2026to2028.start).toBe(true);
  });
});

describe('expandRules edge cases', () => {
  it('returns no occurrence before a weekly anchor, even in earlier weeks of the cycle', () => {
    const rule = makeRule({
      id: 'w',
      recurrence: { type: 'weekly', weekday: 5, intervalWeeks: 2, anchor: '2026-03-13' },
    });
    const dates = expandRules([rule], {
      start: new Date('2026-02-01T00:00:00Z'),
      end: new Date('2026-04-01T00:00:00Z'),
    }).map((o) => o.localDate);
    expect(dates).toEqual(['2026-03-13', '2026-03-27']);
  });

  it('counts cadence in calendar weeks when the anchor is not on the weekday', () => {
    // Anchor on a Wednesday: that week's Friday is the first occurrence, then every third week.
    const rule = makeRule({
      id: 'w',
      recurrence: { type: 'weekly', weekday: 5, intervalWeeks: 3, anchor: '2026-03-11' },
    });
    const dates = expandRules([rule], {
      start: new Date('2026-03-01T00:00:00Z'),
      end: new Date('2026-05-01T00:00:00Z'),
    }).map((o) => o.localDate);
    expect(dates).toEqual(['2026-03-13', '2026-04-03', '2026-04-24']);
  });

  it('supports the last weekday of a month', () => {
    const rule = makeRule({ id: 'm', recurrence: { type: 'monthly', weekday: 7, position: -1 } });
    const dates = expandRules([rule], {
      start: new Date('2026-01-01T00:00:00Z'),
      end: new Date('2027-01-01T00:00:00Z'),
    }).map((o) => o.localDate);
    expect(dates).toEqual([
      '2026-01-25',
      '2026-02-22',
      '2026-03-29',
      '2026-04-26',
      '2026-05-31',
      '2026-06-28',
      '2026-07-26',
      '2026-08-30',
      '2026-09-27',
      '2026-10-25',
      '2026-11-29',
      '2026-12-27',
    ]);
  });

  it('reads 24:00 as the midnight that ends the day and an end at or before the start as the next day', () => {
    const early = seedRule('application-maintenance-early');
    expect(occurrenceInstants(early, '2026-03-24')).toEqual({
      start: new Date('2026-03-24T21:00:00Z'),
      end: new Date('2026-03-24T23:00:00Z'),
    });
    const allDay = makeRule({ id: 'd', recurrence: { type: 'daily' }, startTime: '06:00', endTime: '06:00' });
    expect(occurrenceInstants(allDay, '2026-03-28')).toEqual({
      start: new Date('2026-03-28T05:00:00Z'),
      end: new Date('2026-03-29T04:00:00Z'),
    });
  });

  it('keeps a duration as elapsed time across a DST night', () => {
    const rule = makeRule({
      id: 'd',
      recurrence: { type: 'daily' },
      startTime: '01:00',
      endTime: null,
      durationMinutes: 180,
    });
    expect(occurrenceInstants(rule, '2026-03-29')).toEqual({
      start: new Date('2026-03-29T00:00:00Z'),
      end: new Date('2026-03-29T03:00:00Z'),
    });
  });

  it('keeps the nominal length of a window lying wholly inside the spring-forward gap', () => {
    const rule = makeRule({ id: 'g', recurrence: { type: 'daily' }, startTime: '02:15', endTime: '02:45' });
    expect(occurrenceInstants(rule, '2026-03-29')).toEqual({
      start: new Date('2026-03-29T01:15:00Z'),
      end: new Date('2026-03-29T01:45:00Z'),
    });
  });

  it('gives an after-rule with a missing or circular reference no occurrences', () => {
    const range = { start: new Date('2026-01-01T00:00:00Z'), end: new Date('2026-03-01T00:00:00Z') };
    const orphan = makeRule({ id: 'a', recurrence: { type: 'after', ruleId: 'missing', weekday: 5 } });
    const loopA = makeRule({ id: 'x', recurrence: { type: 'after', ruleId: 'y', weekday: 5 } });
    const loopB = makeRule({ id: 'y', recurrence: { type: 'after', ruleId: 'x', weekday: 2 } });
    expect(expandRules([orphan, loopA, loopB], range)).toEqual([]);
  });

  it('skips a rule whose zone is unknown instead of failing the whole calendar', () => {
    const broken = makeRule({ id: 'b', zone: 'Mars/Olympus', recurrence: { type: 'daily' } });
    expect(
      expandRules([broken, seedRule('server-recycle')], {
        start: new Date('2026-03-01T00:00:00Z'),
        end: new Date('2026-03-02T00:00:00Z'),
      }),
    ).toHaveLength(1);
  });

  it('returns nothing for an empty or inverted range', () => {
    const at = new Date('2026-03-01T00:00:00Z');
    expect(expandRules(seedRules(), { start: at, end: at })).toEqual([]);
    expect(expandRules(seedRules(), { start: at, end: new Date('2026-02-01T00:00:00Z') })).toEqual([]);
  });
});

describe('expandRules and the 24-hour publication rule', () => {
  const recycle = (publishedAt: string, updatedAt = publishedAt) => ({
    ...seedRule('server-recycle'),
    publishedAt,
    updatedAt,
  });
  const march = { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-03-06T00:00:00Z') };

  it.each([
    ['published 24 h 01 m before', '2026-03-02T00:59:00.000Z', '2026-03-03'],
    ['published exactly 24 h before', '2026-03-02T01:00:00.000Z', '2026-03-03'],
    ['published 23 h 59 m before', '2026-03-02T01:01:00.000Z', '2026-03-04'],
  ])('offers the 2026-03-03 01:00Z recycle when %s', (_label, publishedAt, firstDate) => {
    expect(expandRules([recycle(publishedAt)], march)[0]?.localDate).toBe(firstDate);
  });

  it('hides an occurrence less than 24 h after the rule was changed, and every earlier one', () => {
    const dates = expandRules([recycle('2025-01-01T00:00:00.000Z', '2026-03-03T12:00:00.000Z')], march).map(
      (o) => o.localDate,
    );
    expect(dates).toEqual(['2026-03-05']);
  });

  it('follows a change of the rule an after-rule refers to', () => {
    const early = { ...seedRule('application-maintenance-early'), updatedAt: '2026-03-27T00:00:00.000Z' };
    const late = seedRule('application-maintenance');
    const dates = expandRules([early, late], {
      start: new Date('2026-03-20T00:00:00Z'),
      end: new Date('2026-04-20T00:00:00Z'),
    }).map((o) => o.id);
    expect(dates).toEqual(['application-maintenance-early:2026-04-14', 'application-maintenance:2026-04-17']);
  });

  it('does not let a DST night shorten the notice: 23 h of wall clock across spring-forward is not enough', () => {
    // Published Saturday 2026-03-28 02:30 Oslo (01:30Z); Sunday's 02:00 (→ 03:00 CEST, 01:00Z) is only 23.5 h later.
    const dates = expandRules([recycle('2026-03-28T01:30:00.000Z')], {
      start: new Date('2026-03-28T00:00:00Z'),
      end: new Date('2026-03-31T00:00:00Z'),
    }).map((o) => o.localDate);
    expect(dates).toEqual(['2026-03-30']);
  });

  it('offers unannounced occurrences to staff previews on request', () => {
    expect(
      expandRules([recycle('2026-03-03T12:00:00.000Z')], march, { includeUnannounced: true }),
    ).toHaveLength(5);
  });
});

describe('findOccurrence', () => {
  it('finds an announced occurrence by rule and exact start instant, and nothing otherwise', () => {
    const rules = seedRules();
    expect(findOccurrence(rules, 'system-maintenance', new Date('2026-03-12T23:00:00Z'))?.id).toBe(
      'system-maintenance:2026-03-13',
    );
    expect(findOccurrence(rules, 'server-recycle', new Date('2026-03-29T01:00:00Z'))?.id).toBe(
      'server-recycle:2026-03-29',
    );
    expect(findOccurrence(rules, 'system-maintenance', new Date('2026-03-12T23:01:00Z'))).toBeNull();
    expect(findOccurrence(rules, 'system-maintenance', new Date('2026-03-19T23:00:00Z'))).toBeNull();
    expect(findOccurrence(rules, 'no-such-rule', new Date('2026-03-12T23:00:00Z'))).toBeNull();
    expect(findOccurrence(rules, 'system-maintenance', new Date('not a date'))).toBeNull();
  });
});
