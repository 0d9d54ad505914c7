import { describe, expect, it } from 'vitest';
import type { CalendarWindowJson } from '@/lib/schedule/calendar-query';
import { agendaDay, agendaDays, collapseFrequent } from './agenda';

const march = { monthStart: '2026-03-01', monthEnd: '2026-04-01' };

function win(
  id: string,
  localStart: string,
  localEnd: string,
  extra: Partial<CalendarWindowJson> = {},
): CalendarWindowJson {
  return {
    id,
    ruleId: id.split(':')[0] ?? null,
    maintenanceId: null,
    title: id,
    status: 'scheduled',
    start: new Date(localStart).toISOString(),
    end: new Date(localEnd).toISOString(),
    localStart,
    localEnd,
    emergency: false,
    ...extra,
  };
}

describe('agendaDay', () => {
  it.each([
    ['starts in the month', win('a', '2026-03-12T19:00:00-04:00', '2026-03-13T01:00:00-04:00'), '2026-03-12'],
    [
      'began the evening before and runs into the 1st',
      win('a', '2026-02-28T20:00:00-05:00', '2026-03-01T06:00:00-05:00'),
      '2026-03-01',
    ],
    [
      'ended at midnight before the 1st',
      win('a', '2026-02-28T22:00:00-05:00', '2026-03-01T00:00:00-05:00'),
      null,
    ],
    ['starts on the next month', win('a', '2026-04-01T00:00:00-04:00', '2026-04-01T01:00:00-04:00'), null],
    [
      'last evening of the month',
      win('a', '2026-03-31T22:00:00-04:00', '2026-04-01T02:00:00-04:00'),
      '2026-03-31',
    ],
  ])('%s', (_name, window, expected) => {
    expect(agendaDay(window, march)).toBe(expected);
  });
});

describe('agendaDays', () => {
  it('groups by local start day, in order', () => {
    const days = agendaDays(
      [
        win('b', '2026-03-13T20:00:00-04:00', '2026-03-13T20:05:00-04:00'),
        win('a', '2026-03-12T19:00:00-04:00', '2026-03-13T01:00:00-04:00'),
        win('c', '2026-03-13T21:00:00-04:00', '2026-03-13T21:05:00-04:00'),
      ],
      march,
    );
    expect(days.map((d) => [d.date, d.windows.map((w) => w.id)])).toEqual([
      ['2026-03-12', ['a']],
      ['2026-03-13', ['b', 'c']],
    ]);
  });
});

describe('collapseFrequent', () => {
  const nightly = (
    day: number,
    hour: string,
    offset: string,
    status: CalendarWindowJson['status'] = 'scheduled',
  ) =>
    win(
      `server-recycle:2026-03-${String(day).padStart(2, '0')}`,
      `2026-03-${String(day).padStart(2, '0')}T${hour}:00:00${offset}`,
      `2026-03-${String(day).padStart(2, '0')}T${hour}:05:00${offset}`,
      { status, title: 'Nightly server recycle' },
    );

  it('gathers runs of days with the same local times and splits at a clock change, a status change or a gap', () => {
    const windows = [
      nightly(1, '20', '-05:00', 'completed'),
      nightly(2, '20', '-05:00', 'completed'),
      nightly(3, '20', '-05:00'),
      win('system-maintenance:2026-03-13', '2026-03-12T19:00:00-04:00', '2026-03-13T01:00:00-04:00'),
      nightly(4, '20', '-05:00'),
      nightly(8, '21', '-04:00'),
      nightly(9, '21', '-04:00'),
      nightly(11, '21', '-04:00'),
    ];
    const { runs, days } = collapseFrequent(windows, march, ['server-recycle']);
    expect(runs.map((r) => [r.first, r.last, r.windows.length])).toEqual([
      ['2026-03-01', '2026-03-02', 2],
      ['2026-03-03', '2026-03-04', 2],
      ['2026-03-08', '2026-03-09', 2],
      ['2026-03-11', '2026-03-11', 1],
    ]);
    expect(days.map((d) => d.date)).toEqual(['2026-03-12']);
  });

  it('never gathers maintenances, even inside a frequent rule', () => {
    const m = win('maintenance:x', '2026-03-05T20:00:00-05:00', '2026-03-05T21:00:00-05:00', {
      ruleId: 'server-recycle',
      maintenanceId: 'x',
    });
    const { runs, days } = collapseFrequent([m], march, ['server-recycle']);
    expect(runs).toEqual([]);
    expect(days[0]?.windows).toEqual([m]);
  });
});
