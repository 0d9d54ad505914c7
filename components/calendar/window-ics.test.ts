import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { CalendarWindowJson } from '@/lib/schedule/calendar-query';
import { windowFileName, windowIcs } from './window-ics';

const window: CalendarWindowJson = {
  id: 'system-maintenance:2026-03-13',
  ruleId: 'system-maintenance',
  maintenanceId: null,
  title: 'Systemvedlikehold; OS, backend',
  status: 'scheduled',
  start: '2026-03-12T23:00:00Z',
  end: '2026-03-13T05:00:00Z',
  localStart: '2026-03-12T19:00:00-04:00',
  localEnd: '2026-03-13T01:00:00-04:00',
  emergency: false,
};
const options = {
  pageUrl: 'https://status.superoffice.com',
  calendarName: 'Vedlikehold av SuperOffice CRM Online',
  description:
    'Et kort brudd i forbindelsen; du blir logget inn igjen automatisk.\n\nMer på https://status.superoffice.com/calendar — æøå '.repeat(
      3,
    ),
  now: new Date('2026-03-01T10:00:00Z'),
};

describe('windowIcs', () => {
  it('parses with an independent parser and keeps the exact instants and texts', () => {
    const text = windowIcs(window, options);
    const root = new ICAL.Component(ICAL.parse(text));
    const events = root.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-12T23:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-13T05:00:00.000Z');
    expect(event.summary).toBe(window.title);
    expect(event.description).toBe(options.description);
    expect(event.uid).toBe('window-system-maintenance-2026-03-13@status.superoffice.com');
    expect(events[0]?.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('uses CRLF line ends and folds lines to 75 octets', () => {
    const text = windowIcs(window, options);
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it.each([
    ['reserved', 'TENTATIVE', 'TRANSPARENT'],
    ['cancelled', 'CANCELLED', 'OPAQUE'],
    ['completed', 'CONFIRMED', 'OPAQUE'],
  ] as const)('marks a %s window %s and %s', (status, icsStatus, transp) => {
    const text = windowIcs({ ...window, status }, options);
    expect(text).toContain(`STATUS:${icsStatus}\r\n`);
    expect(text).toContain(`TRANSP:${transp}\r\n`);
  });
});

describe('windowFileName', () => {
  it('names the file after the rule or the maintenance and the local date', () => {
    expect(windowFileName(window)).toBe('system-maintenance-2026-03-12.ics');
    expect(
      windowFileName({ ruleId: null, maintenanceId: 'm_123', localStart: '2026-05-01T10:00:00+02:00' }),
    ).toBe('maintenance-m-123-2026-05-01.ics');
  });
});
