import { describe, expect, it } from 'vitest';
import { osloDstChanges } from './test-fixtures';
import { formatIcsOffset } from './ics-values';
import { zoneObservances, zoneTransitions } from './vtimezone';

const HOUR = 3_600_000;

describe('zoneTransitions', () => {
  it('finds every DST change of Europe/Oslo in 2026–2028 at 01:00Z', () => {
    const transitions = zoneTransitions('Europe/Oslo', 2026, 2028);
    expect(transitions.map((t) => new Date(t.at).toISOString())).toEqual(
      osloDstChanges.map((c) => `${c.date}T01:00:00.000Z`),
    );
    expect(transitions.map((t) => [t.offsetFrom / HOUR, t.offsetTo / HOUR])).toEqual(
      osloDstChanges.map((c) => (c.kind === 'spring' ? [1, 2] : [2, 1])),
    );
  });

  it('finds New York changes on other dates than Europe’s', () => {
    const transitions = zoneTransitions('America/New_York', 2026, 2026);
    expect(transitions.map((t) => new Date(t.at).toISOString())).toEqual([
      '2026-03-08T07:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
    ]);
  });

  it('finds none in a zone without DST', () => {
    expect(zoneTransitions('Asia/Kolkata', 2025, 2030)).toEqual([]);
  });
});

describe('zoneObservances', () => {
  it.each([
    [
      'Europe/Oslo',
      [
        'STANDARD +0100→+0100',
        'DAYLIGHT +0100→+0200 FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
        'STANDARD +0200→+0100 FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      ],
    ],
    [
      'America/New_York',
      [
        'STANDARD -0500→-0500',
        'DAYLIGHT -0500→-0400 FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
        'STANDARD -0400→-0500 FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      ],
    ],
    [
      'Australia/Lord_Howe',
      [
        'DAYLIGHT +1100→+1100',
        'STANDARD +1100→+1030 FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
        'DAYLIGHT +1030→+1100 FREQ=YEARLY;BYMONTH=10;BYDAY=1SU',
      ],
    ],
    ['Asia/Kolkata', ['STANDARD +0530→+0530']],
  ])('describes %s with yearly rules', (zone, expected) => {
    const observances = zoneObservances(zone, 2025, 2029);
    expect(
      observances.map(
        (o) =>
          `${o.kind} ${formatIcsOffset(o.offsetFrom)}→${formatIcsOffset(o.offsetTo)}${o.rrule ? ` ${o.rrule}` : ''}`,
      ),
    ).toEqual(expected);
    expect(observances.every((o) => o.rdates.length === 0)).toBe(true);
  });

  it('starts each observance at the local time of the change, in the offset before it', () => {
    const [, spring, fall] = zoneObservances('Europe/Oslo', 2026, 2028);
    expect(spring?.dtstart).toBe('20260329T020000');
    expect(fall?.dtstart).toBe('20261025T030000');
  });
});

describe('formatIcsOffset', () => {
  it.each([
    [2 * HOUR, '+0200'],
    [-4 * HOUR, '-0400'],
    [5.5 * HOUR, '+0530'],
    [0, '+0000'],
    [-(44 * 60 + 30) * 1000, '-004430'],
  ])('writes %i ms as %s', (ms, text) => {
    expect(formatIcsOffset(ms)).toBe(text);
  });
});
