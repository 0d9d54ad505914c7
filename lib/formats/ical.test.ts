import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '@/lib/schedule/calendar';
import type { ScheduleRule } from '@/lib/store/schema';
import { makeMaintenance, makeOverride, makeRule, seedRules } from '@/lib/schedule/test-fixtures';
import { buildIcs, type BuildIcsInput } from './ical';

type Component = InstanceType<typeof ICAL.Component>;

const HOST = 'status.superoffice.com';
const now = new Date('2026-01-01T00:00:00Z');
const extraRules: ScheduleRule[] = [
  // Another zone with a 30-minute DST, a start inside its gap (02:15 on 2026-10-04) and a duration across it.
  makeRule({
    id: 'lord-howe-backup',
    zone: 'Australia/Lord_Howe',
    recurrence: { type: 'weekly', weekday: 7, intervalWeeks: 1, anchor: '2025-06-01' },
    startTime: '02:15',
    endTime: null,
    durationMinutes: 90,
  }),
  // Ends at a wall time shown twice in New York (01:30 on 2026-11-01) and starts on a normal Saturday evening.
  makeRule({
    id: 'new-york-sync',
    zone: 'America/New_York',
    recurrence: { type: 'weekly', weekday: 6, intervalWeeks: 2, anchor: '2025-03-01' },
    startTime: '23:00',
    endTime: '01:30',
  }),
  // The Monday after each Microsoft patching Friday has no RRULE form: it is written with RDATEs.
  makeRule({
    id: 'patch-review',
    recurrence: { type: 'after', ruleId: 'microsoft-patching', weekday: 1 },
    startTime: '18:00',
    endTime: '19:00',
  }),
  // Changed recently: occurrences before 2026-01-16 12:00Z + 24 h are not offered.
  makeRule({
    id: 'changed-rule',
    recurrence: { type: 'daily' },
    startTime: '12:00',
    endTime: '12:30',
    updatedAt: '2026-01-16T12:00:00.000Z',
  }),
];
const input: BuildIcsInput = {
  rules: [...seedRules(), ...extraRules],
  maintenances: [
    makeMaintenance({
      id: 'net',
      name: 'Network upgrade',
      ruleId: 'infrastructure-upgrade',
      scheduledFor: '2026-10-24T19:00:00.000Z',
      scheduledUntil: '2026-10-25T03:00:00.000Z',
    }),
    makeMaintenance({
      id: 'cve',
      name: 'Security fix',
      scheduledFor: '2027-03-28T16:00:00.000Z',
      scheduledUntil: '2027-03-28T17:00:00.000Z',
      emergency: { reason: 'CVE-2027-1234, actively exploited' },
    }),
    makeMaintenance({
      id: 'dropped',
      scheduledFor: '2026-06-01T20:00:00.000Z',
      scheduledUntil: '2026-06-01T21:00:00.000Z',
      cancelledAt: '2026-05-01T00:00:00.000Z',
    }),
  ],
  overrides: [
    makeOverride({ ruleId: 'server-recycle', start: '2026-10-25T00:00:00.000Z' }),
    makeOverride({ ruleId: 'system-maintenance', start: '2026-03-12T23:00:00.000Z' }),
    makeOverride({
      ruleId: 'application-maintenance',
      start: '2026-03-06T21:00:00.000Z',
      cancelled: false,
      note: 'Version 11.2, with a new mail client',
    }),
  ],
  pageName: 'SuperOffice CRM Online',
  pageUrl: `https://${HOST}`,
  now,
  timeZone: 'Europe/Oslo',
};
const ics = buildIcs(input);

function parse(text: string): { root: Component; events: Component[] } {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { root, events: root.getAllSubcomponents('vevent') };
}

/** Every instance of every VEVENT (RRULE, RDATE, EXDATE and RECURRENCE-ID overrides applied) overlapping [start, end). */
function expandFeed(events: Component[], start: Date, end: Date): string[] {
  const byUid = new Map<string, Component[]>();
  for (const e of events)
    byUid.set(String(e.getFirstPropertyValue('uid')), [
      ...(byUid.get(String(e.getFirstPropertyValue('uid'))) ?? []),
      e,
    ]);
  const found: string[] = [];
  for (const [uid, components] of byUid) {
    const master = components.find((c) => !c.hasProperty('recurrence-id'));
    if (!master || master.getFirstPropertyValue('status') === 'CANCELLED') continue;
    const event = new ICAL.Event(master, {
      exceptions: components.filter((c) => c.hasProperty('recurrence-id')),
    });
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      const s = details.startDate.toJSDate();
      const e = details.endDate.toJSDate();
      if (s >= end) break;
      if (e > start) found.push(`${uid} ${s.toISOString()} ${e.toISOString()}`);
      if (!event.isRecurring()) break;
    }
  }
  return found.sort();
}

describe('buildIcs', () => {
  it('agrees with buildCalendar on every start and end instant over 2026–2027', () => {
    const range = { start: new Date('2026-01-01T00:00:00Z'), end: new Date('2028-01-01T00:00:00Z') };
    const expected = buildCalendar({ ...input, range, now })
      .filter((w) => w.status !== 'cancelled')
      .map(
        (w) =>
          `${w.maintenanceId ? `maintenance-${w.maintenanceId}` : w.ruleId}@${HOST} ${w.start.toISOString()} ${w.end.toISOString()}`,
      )
      .sort();
    const actual = expandFeed(parse(ics).events, range.start, range.end);
    expect(expected.length).toBeGreaterThan(1500);
    expect(actual).toEqual(expected);
  });

  it('writes the calendar header with a VTIMEZONE for every zone a rule uses', () => {
    const { root } = parse(ics);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toBe(`-//${HOST}//Maintenance calendar//EN`);
    expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('SuperOffice CRM Online');
    expect(root.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Oslo');
    const zones = root.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
    expect(zones).toEqual(['America/New_York', 'Australia/Lord_Howe', 'Europe/Oslo']);
  });

  it('describes Europe/Oslo with the EU rules: last Sunday of March and of October', () => {
    expect(ics).toContain(
      'BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nDTSTART:20250330T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT',
    );
    expect(ics).toContain(
      'BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nDTSTART:20251026T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD',
    );
  });

  it.each([
    [
      'system-maintenance',
      'DTSTART;TZID=Europe/Oslo:20250103T000000',
      'DTEND;TZID=Europe/Oslo:20250103T060000',
      'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;WKST=MO;UNTIL=',
    ],
    [
      'application-maintenance-early',
      'DTSTART;TZID=Europe/Oslo:20250107T220000',
      'DTEND;TZID=Europe/Oslo:20250108T000000',
      'RRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;WKST=MO;UNTIL=',
    ],
    [
      'application-maintenance',
      'DTSTART;TZID=Europe/Oslo:20250110T220000',
      'DTEND;TZID=Europe/Oslo:20250111T000000',
      'RRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=FR;WKST=MO;UNTIL=',
    ],
    [
      'server-recycle',
      'DTSTART;TZID=Europe/Oslo:20250102T020000',
      'DURATION:PT5M',
      'RRULE:FREQ=DAILY;UNTIL=',
    ],
    [
      'microsoft-patching',
      'DTSTART;TZID=Europe/Oslo:20250110T000000',
      'DTEND;TZID=Europe/Oslo:20250110T060000',
      'RRULE:FREQ=MONTHLY;BYDAY=2FR;UNTIL=',
    ],
    [
      'infrastructure-upgrade',
      'DTSTART;TZID=Europe/Oslo:20250104T200000',
      'DTEND;TZID=Europe/Oslo:20250105T060000',
      'RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=',
    ],
  ])(
    'writes %s as a series with a stable UID, its wall-clock start and its cadence',
    (ruleId, dtstart, end, rrule) => {
      const master = parse(ics).events.find(
        (e) => e.getFirstPropertyValue('uid') === `${ruleId}@${HOST}` && !e.hasProperty('recurrence-id'),
      );
      const text = master?.toString() ?? '';
      expect(text).toContain(`${dtstart}\r\n`);
      expect(text).toContain(`${end}\r\n`);
      expect(text).toContain(rrule);
      expect(text).toContain('DTSTAMP:20260101T000000Z');
    },
  );

  it('overrides the occurrences a client would misplace: a start in the gap, a start shown twice, a 9-hour window', () => {
    expect(ics).toContain(
      'RECURRENCE-ID;TZID=Europe/Oslo:20260329T020000\r\nDTSTART:20260329T010000Z\r\nDTEND:20260329T010500Z',
    );
    expect(ics).toContain(
      'RECURRENCE-ID;TZID=Europe/Oslo:20271031T020000\r\nDTSTART:20271031T000000Z\r\nDTEND:20271031T000500Z',
    );
    expect(ics).toContain(
      'RECURRENCE-ID;TZID=Europe/Oslo:20260328T200000\r\nDTSTART:20260328T190000Z\r\nDTEND:20260329T040000Z',
    );
    expect(ics).not.toContain('RECURRENCE-ID;TZID=Europe/Oslo:20260321T200000');
  });

  it('leaves out cancelled occurrences and reservations taken by a maintenance with EXDATE', () => {
    expect(ics).toContain('EXDATE;TZID=Europe/Oslo:20261025T020000');
    expect(ics).toContain('EXDATE;TZID=Europe/Oslo:20260313T000000');
    expect(ics).toContain('EXDATE;TZID=Europe/Oslo:20261024T200000');
  });

  it('marks reserved windows as free, tentative and reserved', () => {
    const reserved = parse(ics).events.find(
      (e) => e.getFirstPropertyValue('uid') === `infrastructure-upgrade@${HOST}`,
    );
    expect(reserved?.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(reserved?.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(reserved?.getFirstProperty('categories')?.getValues()).toEqual(['Maintenance', 'Reserved']);
  });

  it('writes maintenances in UTC, emergencies with their reason, cancelled ones as CANCELLED', () => {
    const { events } = parse(ics);
    const byUid = (uid: string) => events.find((e) => e.getFirstPropertyValue('uid') === uid);
    expect(byUid(`maintenance-dropped@${HOST}`)?.getFirstPropertyValue('status')).toBe('CANCELLED');
    const cve = byUid(`maintenance-cve@${HOST}`);
    expect(cve?.getFirstPropertyValue('description')).toBe('Emergency: CVE-2027-1234, actively exploited');
    expect(cve?.getFirstProperty('categories')?.getValues()).toEqual(['Maintenance', 'Emergency']);
    expect(cve?.toString()).toContain('DTSTART:20270328T160000Z');
  });

  it('localises summaries and descriptions through the callback and escapes TEXT', () => {
    const text = {
      summary: 'Systemvedlikehold; del 1, 2 og 3',
      description: 'Linje én\nLinje to med \\ skråstrek',
    };
    const localised = buildIcs({
      ...input,
      translate: (ruleId) => (ruleId === 'system-maintenance' ? text : null),
    });
    expect(localised).toContain('SUMMARY:Systemvedlikehold\\; del 1\\, 2 og 3\r\n');
    const master = parse(localised).events.find(
      (e) => e.getFirstPropertyValue('uid') === `system-maintenance@${HOST}`,
    );
    expect(master?.getFirstPropertyValue('summary')).toBe(text.summary);
    expect(master?.getFirstPropertyValue('description')).toBe(text.description);
    const fallback = parse(localised).events.find(
      (e) => e.getFirstPropertyValue('uid') === `server-recycle@${HOST}`,
    );
    expect(fallback?.getFirstPropertyValue('summary')).toBe('Nightly server recycle');
  });

  it('adds a staff note to the overriding event of that occurrence', () => {
    const noted = parse(ics).events.find(
      (e) => String(e.getFirstPropertyValue('recurrence-id')) === '2026-03-06T22:00:00',
    );
    expect(noted?.getFirstPropertyValue('description')).toContain('Version 11.2, with a new mail client');
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('stops every series at a two-year horizon', () => {
    const late = expandFeed(
      parse(ics).events,
      new Date('2028-01-02T00:00:00Z'),
      new Date('2030-01-01T00:00:00Z'),
    );
    expect(late).toEqual([]);
  });
});
