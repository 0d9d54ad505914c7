import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { getMessages } from '../lib/i18n/messages';
import { seedDocument } from '../lib/store/seed';

type Component = InstanceType<typeof ICAL.Component>;

interface WindowJson {
  id: string;
  ruleId: string | null;
  maintenanceId: string | null;
  title: string;
  status: string;
  start: string;
  end: string;
  localStart: string;
  localEnd: string;
  emergency: boolean;
}

test.describe('GET /api/v1/calendar errors', () => {
  const cases: [string, string, string][] = [
    ['an unknown zone', 'tz=Mars/Olympus_Mons', 'invalid_timezone'],
    ['an empty zone', 'tz=', 'invalid_timezone'],
    ['a zone with quotes', "tz=Europe/Oslo'%3B--", 'invalid_timezone'],
    ['a 90-character zone', `tz=Europe/${'A'.repeat(83)}`, 'invalid_timezone'],
    ['30 February', 'from=2026-02-30', 'invalid_date'],
    ['31 April as the end', 'from=2026-04-01&to=2026-04-31', 'invalid_date'],
    ['a date without leading zeros', 'from=2026-3-1', 'invalid_date'],
    ['a word as a date', 'from=2026-03-01&to=tomorrow', 'invalid_date'],
    ['a date and time', 'from=2026-03-01T00:00:00Z', 'invalid_date'],
    ['an empty date', 'from=', 'invalid_date'],
    ['to before from', 'from=2026-03-10&to=2026-03-01', 'invalid_range'],
    ['to equal to from', 'from=2026-03-10&to=2026-03-10', 'invalid_range'],
    ['367 days', 'from=2026-01-01&to=2027-01-03', 'invalid_range'],
    ['ten years', 'from=2020-01-01&to=2030-01-01', 'invalid_range'],
  ];
  for (const [name, query, code] of cases) {
    test(`answers 400 ${code} for ${name}, as JSON without a stack`, async ({ request }) => {
      const response = await request.get(`/api/v1/calendar?${query}`);
      expect(response.status()).toBe(400);
      expect(response.headers()['content-type']).toContain('application/json');
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(10);
      expect(JSON.stringify(body)).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/);
    });
  }

  test('answers 400 invalid_timezone for a 5000-character zone', async ({ request }) => {
    expect((await request.get(`/api/v1/calendar?tz=${'A'.repeat(5000)}`)).status()).toBe(400);
  });

  test('explains the error in the language of ?lang=', async ({ request }) => {
    for (const [lang, query, code] of [
      ['nb', 'from=2026-02-30', 'invalid_date'],
      ['de', 'tz=Nowhere/Land', 'invalid_timezone'],
      ['sv', 'from=2026-03-10&to=2026-03-01', 'invalid_range'],
    ] as const) {
      const response = await request.get(`/api/v1/calendar?${query}&lang=${lang}`);
      expect(response.status()).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message).toBe(getMessages(lang).errors.api[code]);
    }
  });
});

test.describe('GET /api/v1/calendar', () => {
  test('shows the documented example: Friday 13 March 00:00 in Oslo is Thursday 19:00 in New York', async ({
    request,
  }) => {
    const response = await request.get('/api/v1/calendar?from=2026-03-12&to=2026-03-14&tz=America/New_York');
    expect(response.status()).toBe(200);
    const body = (await response.json()) as {
      timeZone: string;
      from: string;
      to: string;
      windows: WindowJson[];
    };
    expect(body).toMatchObject({ timeZone: 'America/New_York', from: '2026-03-12', to: '2026-03-14' });
    expect(body.windows.find((w) => w.id === 'system-maintenance:2026-03-13')).toEqual({
      id: 'system-maintenance:2026-03-13',
      ruleId: 'system-maintenance',
      maintenanceId: null,
      title: 'System maintenance',
      status: 'completed',
      start: '2026-03-12T23:00:00Z',
      end: '2026-03-13T05:00:00Z',
      localStart: '2026-03-12T19:00:00-04:00',
      localEnd: '2026-03-13T01:00:00-04:00',
      emergency: false,
    });
    const starts = body.windows.map((w) => w.start);
    expect(starts).toEqual([...starts].sort());
  });

  test('marks every past window completed and titles rule windows in ?lang=', async ({ request }) => {
    const response = await request.get(
      '/api/v1/calendar?from=2026-01-01&to=2026-03-01&tz=Europe/Oslo&lang=nb',
    );
    const body = (await response.json()) as { windows: WindowJson[] };
    expect(response.headers()['content-language']).toBe('nb');
    const past = body.windows.filter((w) => w.status !== 'reserved');
    expect(past.length).toBeGreaterThan(60);
    expect(new Set(past.map((w) => w.status))).toEqual(new Set(['completed']));
    expect(
      body.windows.filter((w) => w.ruleId === 'infrastructure-upgrade').every((w) => w.status === 'reserved'),
    ).toBe(true);
    expect(body.windows.find((w) => w.ruleId === 'system-maintenance')?.title).toBe('Systemvedlikehold');
  });

  test('defaults to the current month in the page zone, and takes exactly 366 days', async ({ request }) => {
    const body = (await (await request.get('/api/v1/calendar')).json()) as {
      timeZone: string;
      from: string;
      to: string;
    };
    expect(body.timeZone).toBe('Europe/Oslo');
    expect(body.from).toMatch(/^\d{4}-\d{2}-01$/);
    const leapYear = await request.get('/api/v1/calendar?from=2028-01-01&to=2029-01-01&tz=UTC');
    expect(leapYear.status()).toBe(200);
  });

  test('is public: CORS, strong ETag and 304', async ({ request }) => {
    const url = '/api/v1/calendar?from=2026-03-01&to=2026-04-01&tz=Asia/Kolkata';
    const first = await request.get(url);
    expect(first.headers()['access-control-allow-origin']).toBe('*');
    const etag = first.headers()['etag'] ?? '';
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await request.get(url, { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
  });

  test('answers a whole year quickly', async ({ request }) => {
    const timings: number[] = [];
    for (const zone of [
      'America/New_York',
      'Asia/Tokyo',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'Europe/Oslo',
    ]) {
      const started = performance.now();
      const response = await request.get(`/api/v1/calendar?from=2026-01-01&to=2027-01-01&tz=${zone}`);
      timings.push(performance.now() - started);
      expect(response.status()).toBe(200);
    }
    test.info().annotations.push({
      type: 'year timings (ms)',
      description: timings.map((t) => t.toFixed(1)).join(', '),
    });
    expect(Math.min(...timings)).toBeLessThan(250);
  });
});

test.describe('GET /api/v1/schedule', () => {
  test('lists the recurring rules as data', async ({ request }) => {
    const response = await request.get('/api/v1/schedule');
    expect(response.status()).toBe(200);
    const body = (await response.json()) as {
      timeZone: string;
      rules: {
        id: string;
        title: string;
        zone: string;
        anchor: string | null;
        cadence: { type: string };
        times: { start: string; end: string | null };
        status: string;
        impact: string;
      }[];
    };
    expect(body.rules.map((r) => r.id)).toEqual(seedDocument().rules.map((r) => r.id));
    expect(body.rules.find((r) => r.id === 'system-maintenance')).toMatchObject({
      zone: 'Europe/Oslo',
      anchor: '2025-01-03',
      cadence: { type: 'weekly', weekday: 5, intervalWeeks: 2 },
      times: { start: '00:00', end: '06:00', durationMinutes: null },
      status: 'scheduled',
    });
    expect(body.rules.find((r) => r.id === 'microsoft-patching')).toMatchObject({
      anchor: null,
      cadence: { type: 'monthly', weekday: 5, position: 2 },
    });
    expect(body.rules.find((r) => r.id === 'infrastructure-upgrade')?.status).toBe('reserved');
  });

  test('titles and texts follow ?lang=', async ({ request }) => {
    const body = (await (await request.get('/api/v1/schedule?lang=de')).json()) as {
      rules: { id: string; title: string }[];
    };
    expect(body.rules.find((r) => r.id === 'server-recycle')?.title).toBe('Nächtlicher Server-Neustart');
  });
});

function parseIcs(text: string): Component[] {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return root.getAllSubcomponents('vevent');
}

/** Every instance of the feed (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) overlapping [start, end), as 'rule start end'. */
function expandFeed(events: Component[], start: Date, end: Date): string[] {
  const byUid = new Map<string, Component[]>();
  for (const e of events) {
    const uid = String(e.getFirstPropertyValue('uid'));
    byUid.set(uid, [...(byUid.get(uid) ?? []), e]);
  }
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
      if (e > start) found.push(`${uid.split('@')[0]} ${s.toISOString()} ${e.toISOString()}`);
      if (!event.isRecurring()) break;
    }
  }
  return found.sort();
}

test.describe('GET /api/v1/calendar.ics', () => {
  test('is an inline text/calendar feed in the language asked for', async ({ request }) => {
    const response = await request.get('/api/v1/calendar.ics?lang=nb');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers()['content-disposition']).toMatch(/^inline; filename="[^"]+\.ics"$/);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    const text = await response.text();
    expect(text).toContain('\r\n');
    const events = parseIcs(text);
    const summaries = new Set(events.map((e) => String(e.getFirstPropertyValue('summary'))));
    expect(summaries).toContain('Systemvedlikehold');
    expect(summaries).toContain('Nattlig omstart av servere');
    expect(text).toContain('X-WR-CALNAME:Vedlikehold av SuperOffice CRM Online');
  });

  test('agrees with /api/v1/calendar on every instant over a year (independent parser: ical.js)', async ({
    request,
  }) => {
    const now = new Date();
    const from = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}-01`;
    const toDate = new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), 1));
    const to = toDate.toISOString().slice(0, 10);
    const [feed, api] = await Promise.all([
      request.get('/api/v1/calendar.ics'),
      request.get(`/api/v1/calendar?from=${from}&to=${to}&tz=UTC`),
    ]);
    const windows = ((await api.json()) as { windows: WindowJson[] }).windows.filter(
      (w) => w.status !== 'cancelled',
    );
    const fromApi = windows
      .map(
        (w) =>
          `${w.maintenanceId ? `maintenance-${w.maintenanceId}` : w.ruleId} ${new Date(w.start).toISOString()} ${new Date(w.end).toISOString()}`,
      )
      .sort();
    const fromFeed = expandFeed(parseIcs(await feed.text()), new Date(`${from}T00:00:00Z`), toDate);
    expect(fromApi.length).toBeGreaterThan(400);
    expect(fromFeed).toEqual(fromApi);
  });
});
