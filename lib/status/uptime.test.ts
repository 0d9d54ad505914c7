import { fromZonedTime } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { seedDocument } from '@/lib/store/seed';
import type { StoreDocument } from '@/lib/store/schema';
import { change, incident, maintenance, update } from '@/lib/store/test-fixtures/documents';
import { componentUptime, incidentSpans, uptimeReport, type ComponentUptime } from '@/lib/status/uptime';
import { startOfLocalDay, toLocalDate } from '@/lib/schedule/zone';
import type { ComponentStatus } from '@/lib/core/vocab';

const ZONE = 'Europe/Oslo';
/** Oslo wall time → ISO instant. */
const oslo = (local: string) => fromZonedTime(`${local.replace(' ', 'T')}:00`, ZONE).toISOString();

/** An incident on `api` that sets `status` at `from` and back to operational (resolved) at `to`. */
function outage(id: string, from: string, to: string | null, status: ComponentStatus = 'major_outage') {
  return incident({
    id,
    name: id,
    impact: 'major',
    status: to === null ? 'investigating' : 'resolved',
    startedAt: from,
    updatedAt: to ?? from,
    resolvedAt: to,
    componentIds: ['api'],
    updates: [
      update(`${id}-1`, 'investigating', from, 'Down.', [change('api', 'operational', status)]),
      ...(to === null
        ? []
        : [update(`${id}-2`, 'resolved', to, 'Up.', [change('api', status, 'operational')])]),
    ],
  });
}

function docWith(...incidents: ReturnType<typeof outage>[]): StoreDocument {
  const doc = seedDocument();
  doc.incidents = incidents;
  return doc;
}

function day(report: ComponentUptime, date: string) {
  const found = report.days.find((d) => d.date === date);
  if (!found) throw new Error(`no day ${date}`);
  return found;
}

const api = (doc: StoreDocument) => {
  const c = doc.components.find((x) => x.id === 'api');
  if (!c) throw new Error('no api component');
  return c;
};

describe('incidentSpans', () => {
  it('ends an open incident at now and a resolved one when it resolved, even without a change back', () => {
    const open = outage('o', '2026-05-01T10:00:00.000Z', null);
    expect(incidentSpans(open, 'api', Date.parse('2026-05-01T12:00:00.000Z'))).toEqual([
      {
        start: Date.parse('2026-05-01T10:00:00.000Z'),
        end: Date.parse('2026-05-01T12:00:00.000Z'),
        status: 'major_outage',
        incidentId: 'o',
      },
    ]);
    const silent = { ...open, status: 'resolved' as const, resolvedAt: '2026-05-01T11:00:00.000Z' };
    expect(incidentSpans(silent, 'api', Date.parse('2026-05-02T00:00:00.000Z'))[0]?.end).toBe(
      Date.parse('2026-05-01T11:00:00.000Z'),
    );
  });

  it('ignores components the incident never changed', () => {
    expect(
      incidentSpans(
        outage('o', '2026-05-01T10:00:00.000Z', null),
        'login',
        Date.parse('2026-05-02T00:00:00.000Z'),
      ),
    ).toEqual([]);
  });
});

describe('componentUptime', () => {
  const now = new Date(oslo('2026-06-20 12:00'));

  it('has 90 days ending today in the page zone, all operational at 100 % without incidents', () => {
    const doc = seedDocument();
    const r = componentUptime(doc, api(doc), now, ZONE);
    expect(r.days).toHaveLength(90);
    expect(r.days.at(-1)?.date).toBe('2026-06-20');
    expect(r.days[0]?.date).toBe('2026-03-23');
    expect(r.uptime).toBe(100);
    expect(new Set(r.days.map((d) => d.status))).toEqual(new Set(['operational']));
  });

  it('puts an outage at 00:30 Oslo time on that Oslo day although it is the previous day in UTC', () => {
    const doc = docWith(outage('a', oslo('2026-06-10 00:30'), oslo('2026-06-10 01:30')));
    const r = componentUptime(doc, api(doc), now, ZONE);
    expect(day(r, '2026-06-10')).toMatchObject({ status: 'major_outage', majorOutageMinutes: 60 });
    expect(day(r, '2026-06-09')).toMatchObject({
      status: 'operational',
      majorOutageMinutes: 0,
      incidents: [],
    });
    expect(day(r, '2026-06-10').uptime).toBeCloseTo(100 * (1 - 60 / 1440), 3);
  });

  it('splits an incident spanning midnight between both days and lists it on both', () => {
    const doc = docWith(outage('night', oslo('2026-06-10 23:00'), oslo('2026-06-11 02:00')));
    const r = componentUptime(doc, api(doc), now, ZONE);
    expect(day(r, '2026-06-10')).toMatchObject({ majorOutageMinutes: 60, status: 'major_outage' });
    expect(day(r, '2026-06-11')).toMatchObject({ majorOutageMinutes: 120, status: 'major_outage' });
    expect(day(r, '2026-06-10').incidents.map((i) => i.id)).toEqual(['night']);
    expect(day(r, '2026-06-11').incidents.map((i) => i.id)).toEqual(['night']);
  });

  it('counts overlapping incidents once, by the worst status at each moment', () => {
    const doc = docWith(
      outage('major', oslo('2026-06-12 10:00'), oslo('2026-06-12 11:00'), 'major_outage'),
      outage('partial', oslo('2026-06-12 10:30'), oslo('2026-06-12 12:00'), 'partial_outage'),
    );
    const d = day(componentUptime(doc, api(doc), now, ZONE), '2026-06-12');
    expect(d).toMatchObject({ status: 'major_outage', majorOutageMinutes: 60, partialOutageMinutes: 60 });
    expect(d.uptime).toBeCloseTo(100 * (1 - (60 + 0.3 * 60) / 1440), 3);
    expect(d.incidents.map((i) => i.id)).toEqual(['major', 'partial']);
  });

  it('keeps a component down while a second incident still holds it after the first one resolves', () => {
    const doc = docWith(
      outage('first', oslo('2026-06-12 10:00'), oslo('2026-06-12 11:00'), 'major_outage'),
      outage('second', oslo('2026-06-12 10:30'), oslo('2026-06-12 13:00'), 'major_outage'),
    );
    expect(day(componentUptime(doc, api(doc), now, ZONE), '2026-06-12').majorOutageMinutes).toBe(180);
  });

  it('weighs partial outage at 30 % and degraded performance at 0 %', () => {
    const doc = docWith(
      outage('p', oslo('2026-06-13 00:00'), oslo('2026-06-14 00:00'), 'partial_outage'),
      outage('d', oslo('2026-06-15 00:00'), oslo('2026-06-16 00:00'), 'degraded_performance'),
    );
    const r = componentUptime(doc, api(doc), now, ZONE);
    expect(day(r, '2026-06-13')).toMatchObject({ status: 'partial_outage', uptime: 70 });
    expect(day(r, '2026-06-15')).toMatchObject({ status: 'degraded_performance', uptime: 100 });
  });

  it('measures a DST day as 23 hours in spring and 25 hours in autumn', () => {
    const spring = docWith(outage('s', oslo('2026-03-29 12:00'), oslo('2026-03-29 13:00')));
    const rs = componentUptime(spring, api(spring), new Date(oslo('2026-04-01 12:00')), ZONE);
    expect(day(rs, '2026-03-29').uptime).toBeCloseTo(100 * (1 - 60 / (23 * 60)), 3);
    const autumn = docWith(outage('a', oslo('2026-10-25 12:00'), oslo('2026-10-25 13:00')));
    const ra = componentUptime(autumn, api(autumn), new Date(oslo('2026-10-28 12:00')), ZONE);
    expect(day(ra, '2026-10-25').uptime).toBeCloseTo(100 * (1 - 60 / (25 * 60)), 3);
  });

  it('counts a whole 25-hour fall-back day of major outage as 25 hours down', () => {
    const doc = docWith(outage('long', oslo('2026-10-25 00:00'), oslo('2026-10-26 00:00')));
    const r = componentUptime(doc, api(doc), new Date(oslo('2026-10-28 12:00')), ZONE);
    expect(day(r, '2026-10-25')).toMatchObject({ majorOutageMinutes: 25 * 60, uptime: 0 });
    expect(day(r, '2026-10-24').majorOutageMinutes).toBe(0);
    expect(day(r, '2026-10-26').majorOutageMinutes).toBe(0);
  });

  it('leaves maintenance time out of the uptime', () => {
    const doc = docWith(outage('x', oslo('2026-06-14 10:00'), oslo('2026-06-14 12:00')));
    doc.maintenances = [
      maintenance({
        id: 'm',
        name: 'M',
        componentIds: ['api'],
        scheduledFor: oslo('2026-06-14 00:00'),
        scheduledUntil: oslo('2026-06-14 06:00'),
      }),
    ];
    const d = day(componentUptime(doc, api(doc), now, ZONE), '2026-06-14');
    expect(d.uptime).toBeCloseTo(100 * (1 - 120 / (18 * 60)), 3);
    expect(d.status).toBe('major_outage');
  });

  it('colours a day with only maintenance as under_maintenance', () => {
    const doc = seedDocument();
    doc.maintenances = [
      maintenance({
        id: 'm',
        name: 'M',
        componentIds: ['api'],
        scheduledFor: oslo('2026-06-14 00:00'),
        scheduledUntil: oslo('2026-06-14 06:00'),
      }),
    ];
    expect(day(componentUptime(doc, api(doc), now, ZONE), '2026-06-14')).toMatchObject({
      status: 'under_maintenance',
      uptime: 100,
    });
  });

  it('counts today only up to now, and an open incident until now', () => {
    const doc = docWith(outage('open', oslo('2026-06-20 11:00'), null));
    const d = day(componentUptime(doc, api(doc), now, ZONE), '2026-06-20');
    expect(d.majorOutageMinutes).toBe(60);
    expect(d.uptime).toBeCloseTo(100 * (1 - 60 / 720), 3);
  });

  it('has no data for days before the component started', () => {
    const doc = seedDocument();
    const c = { ...api(doc), startDate: '2026-06-01' };
    const r = componentUptime(doc, c, now, ZONE);
    expect(day(r, '2026-05-31')).toMatchObject({ status: 'no_data', uptime: null });
    expect(day(r, '2026-06-01').status).toBe('operational');
  });

  it('weighs the 90-day percentage by time, not by day', () => {
    const doc = docWith(outage('a', oslo('2026-06-10 00:00'), oslo('2026-06-11 00:00')));
    const r = componentUptime(doc, api(doc), now, ZONE);
    const counted =
      startOfLocalDay('2026-06-20', ZONE).getTime() +
      12 * 3_600_000 -
      startOfLocalDay('2026-03-23', ZONE).getTime();
    expect(r.uptime).toBeCloseTo(100 * (1 - (24 * 3_600_000) / counted), 3);
  });
});

describe('uptimeReport', () => {
  it('covers every component in position order in the page zone', () => {
    const doc = seedDocument();
    const now = new Date('2026-06-20T23:30:00.000Z');
    const r = uptimeReport(doc, now);
    expect(r.timeZone).toBe('Europe/Oslo');
    expect(r.to).toBe(toLocalDate(now, ZONE));
    expect(r.to).toBe('2026-06-21');
    expect(r.from).toBe('2026-03-24');
    expect(r.components.map((c) => c.id)).toEqual(doc.components.map((c) => c.id));
  });
});
