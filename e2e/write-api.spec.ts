import { spawnSync } from 'node:child_process';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { E2E_API_TOKEN } from '../playwright.config';
import { mainStoreEnv } from './support/store';

/** The staff write API, table by table: every error code the contract names for writes. */

const auth = { Authorization: `Bearer ${E2E_API_TOKEN}` };
const PASSWORD = 'a long enough e2e password';
const HOUR = 3_600_000;
const MINUTE = 60_000;
const at = (ms: number) => new Date(Date.now() + ms).toISOString();

function addStaff(email: string, role: 'admin' | 'editor'): void {
  const result = spawnSync('npm', ['run', '-s', 'staff:add', '--', '--email', email, '--role', role], {
    input: `${PASSWORD}\n`,
    env: { ...process.env, ...mainStoreEnv() },
    encoding: 'utf8',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}

async function errorOf(response: APIResponse): Promise<{ code: string; message: string; details?: unknown }> {
  const json = (await response.json()) as { error: { code: string; message: string; details?: unknown } };
  return json.error;
}

async function postIncident(
  request: APIRequestContext,
  name = `API test ${Date.now()}`,
): Promise<{ id: string; revision: number }> {
  const response = await request.post('/api/v1/incidents', {
    headers: auth,
    data: {
      name,
      status: 'investigating',
      impact: 'minor',
      body: 'Looking into it.',
      components: [{ id: 'document-storage', status: 'degraded_performance' }],
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const json = (await response.json()) as { incident: { id: string }; revision: number };
  return { id: json.incident.id, revision: json.revision };
}

/** A future start of the nightly recycle, for the occurrence route. */
function nextRecycleStart(): string {
  const now = new Date(Date.now() + 2 * 86_400_000);
  const oslo = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  const offset =
    new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName')
      ?.value.replace('GMT', '') || '+00:00';
  return new Date(`${oslo}T02:00:00${offset}`).toISOString();
}

type Route = { method: 'post' | 'patch' | 'put' | 'delete'; path: string; data?: unknown };

function writeRoutes(ids: { incident: string; maintenance: string; token: string; staff: string }): Route[] {
  const occurrence = `/api/v1/schedule/server-recycle/occurrences/${encodeURIComponent(nextRecycleStart())}`;
  return [
    {
      method: 'post',
      path: '/api/v1/incidents',
      data: { name: 'x', status: 'investigating', impact: 'minor', body: 'x' },
    },
    {
      method: 'post',
      path: `/api/v1/incidents/${ids.incident}/updates`,
      data: { status: 'identified', body: 'x' },
    },
    { method: 'post', path: `/api/v1/incidents/${ids.incident}/resolve`, data: { body: 'x' } },
    { method: 'put', path: `/api/v1/incidents/${ids.incident}/postmortem`, data: { body: 'x' } },
    { method: 'patch', path: '/api/v1/components/api', data: { status: 'operational' } },
    {
      method: 'post',
      path: '/api/v1/maintenances',
      data: { name: 'x', scheduledFor: at(48 * HOUR), scheduledUntil: at(49 * HOUR) },
    },
    { method: 'patch', path: `/api/v1/maintenances/${ids.maintenance}`, data: { status: 'completed' } },
    { method: 'delete', path: `/api/v1/maintenances/${ids.maintenance}` },
    { method: 'post', path: `${occurrence}/cancel` },
    { method: 'delete', path: `${occurrence}/cancel` },
    { method: 'put', path: `${occurrence}/note`, data: { note: 'x' } },
    {
      method: 'post',
      path: '/api/v1/staff',
      data: { email: 'x@example.com', role: 'editor', password: PASSWORD },
    },
    { method: 'patch', path: `/api/v1/staff/${ids.staff}`, data: { role: 'editor' } },
    { method: 'post', path: '/api/v1/tokens', data: { name: 'x' } },
    { method: 'delete', path: `/api/v1/tokens/${ids.token}` },
  ];
}

let ids: { incident: string; maintenance: string; token: string; staff: string };
const adminEmail = `api-admin-${Date.now()}@example.com`;

test.beforeAll(async ({ request }) => {
  addStaff(adminEmail, 'admin');
  const { id: incident } = await postIncident(request);
  const maintenance = await request.post('/api/v1/maintenances', {
    headers: auth,
    data: { name: 'Table test', scheduledFor: at(72 * HOUR), scheduledUntil: at(73 * HOUR) },
  });
  const token = await request.post('/api/v1/tokens', {
    headers: auth,
    data: { name: `table ${Date.now()}` },
  });
  const staff = (await (await request.get('/api/v1/staff', { headers: auth })).json()) as {
    staff: { id: string; email: string }[];
  };
  ids = {
    incident,
    maintenance: ((await maintenance.json()) as { maintenance: { id: string } }).maintenance.id,
    token: ((await token.json()) as { token: { id: string } }).token.id,
    staff: staff.staff.find((m) => m.email === adminEmail)?.id ?? '',
  };
});

test.afterAll(async ({ request }) => {
  await request.post(`/api/v1/incidents/${ids.incident}/resolve`, { headers: auth, data: { body: 'Done.' } });
  await request.delete(`/api/v1/maintenances/${ids.maintenance}`, { headers: auth });
});

test.describe('write API authentication', () => {
  test('every write route answers 401 unauthorized without credentials, and with a wrong or revoked token', async ({
    request,
  }) => {
    for (const route of writeRoutes(ids)) {
      for (const headers of [
        {},
        { Authorization: 'Bearer wrong-token' },
        { Authorization: 'Basic YWRtaW46YWRtaW4=' },
      ] as Record<string, string>[]) {
        const response = await request[route.method](route.path, { headers, data: route.data });
        expect(response.status(), `${route.method} ${route.path} ${JSON.stringify(headers)}`).toBe(401);
        expect((await errorOf(response)).code).toBe('unauthorized');
        expect(response.headers()['cache-control']).toContain('no-store');
      }
    }
  });

  test('a cookie-authenticated write from another origin answers 403 forbidden_origin on every write route', async ({
    playwright,
    baseURL,
  }) => {
    const api = await playwright.request.newContext({ baseURL });
    const signIn = await api.post('/api/v1/auth/sign-in', {
      headers: { Origin: baseURL ?? '' },
      data: { email: adminEmail, password: PASSWORD },
    });
    expect(signIn.status(), await signIn.text()).toBe(200);
    const cookie = signIn.headers()['set-cookie'] ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    for (const route of writeRoutes(ids)) {
      for (const headers of [
        { Origin: 'https://evil.example' },
        { 'Sec-Fetch-Site': 'cross-site' },
        { Origin: 'null' },
      ] as Record<string, string>[]) {
        const response = await api[route.method](route.path, { headers, data: route.data });
        expect(response.status(), `${route.method} ${route.path} ${JSON.stringify(headers)}`).toBe(403);
        expect((await errorOf(response)).code).toBe('forbidden_origin');
      }
    }
    // Signing in or out from another site is refused too (login CSRF, forced sign-out).
    for (const path of ['/api/v1/auth/sign-in', '/api/v1/auth/sign-out']) {
      const response = await api.post(path, {
        headers: { Origin: 'https://evil.example' },
        data: { email: adminEmail, password: PASSWORD },
      });
      expect(response.status(), path).toBe(403);
    }
    // The same cookie from our own origin works.
    const ok = await api.patch('/api/v1/components/api', {
      headers: { Origin: baseURL ?? '', 'Sec-Fetch-Site': 'same-origin' },
      data: { status: 'operational' },
    });
    expect(ok.status(), await ok.text()).toBe(200);
    await api.dispose();
  });

  test('signing out ends the session: the old cookie no longer works', async ({ playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL });
    await api.post('/api/v1/auth/sign-in', { data: { email: adminEmail, password: PASSWORD } });
    const state = await api.storageState();
    expect((await api.get('/api/v1/auth/session')).status()).toBe(200);
    expect((await api.post('/api/v1/auth/sign-out')).status()).toBe(200);
    const replay = await playwright.request.newContext({ baseURL, storageState: state });
    expect((await replay.get('/api/v1/auth/session')).status()).toBe(401);
    expect((await replay.patch('/api/v1/components/api', { data: { status: 'operational' } })).status()).toBe(
      401,
    );
    await Promise.all([api.dispose(), replay.dispose()]);
  });

  test('an editor token may post incidents but not manage staff or tokens (403 forbidden)', async ({
    request,
  }) => {
    const created = await request.post('/api/v1/tokens', {
      headers: auth,
      data: { name: `editor ${Date.now()}`, role: 'editor' },
    });
    const { secret, token } = (await created.json()) as { secret: string; token: { id: string } };
    const editor = { Authorization: `Bearer ${secret}` };
    expect(
      (
        await request.patch('/api/v1/components/api', { headers: editor, data: { status: 'operational' } })
      ).status(),
    ).toBe(200);
    for (const response of [
      await request.get('/api/v1/staff', { headers: editor }),
      await request.post('/api/v1/tokens', { headers: editor, data: { name: 'nope' } }),
      await request.delete(`/api/v1/tokens/${token.id}`, { headers: editor }),
    ]) {
      expect(response.status()).toBe(403);
      expect((await errorOf(response)).code).toBe('forbidden');
    }
    expect((await request.delete(`/api/v1/tokens/${token.id}`, { headers: auth })).status()).toBe(200);
    expect(
      (
        await request.patch('/api/v1/components/api', { headers: editor, data: { status: 'operational' } })
      ).status(),
    ).toBe(401);
  });
});

test.describe('write API validation', () => {
  const cases: {
    name: string;
    method: 'post' | 'patch' | 'put';
    path: () => string;
    data: unknown;
    field: string;
  }[] = [
    {
      name: 'incident without a name',
      method: 'post',
      path: () => '/api/v1/incidents',
      data: { status: 'investigating', impact: 'minor', body: 'x' },
      field: 'name',
    },
    {
      name: 'incident with an empty name',
      method: 'post',
      path: () => '/api/v1/incidents',
      data: { name: ' ', status: 'investigating', impact: 'minor', body: 'x' },
      field: 'name',
    },
    {
      name: 'incident with an unknown status',
      method: 'post',
      path: () => '/api/v1/incidents',
      data: { name: 'x', status: 'broken', impact: 'minor', body: 'x' },
      field: 'status',
    },
    {
      name: 'incident with an unknown impact',
      method: 'post',
      path: () => '/api/v1/incidents',
      data: { name: 'x', status: 'investigating', impact: 'huge', body: 'x' },
      field: 'impact',
    },
    {
      name: 'incident without a message',
      method: 'post',
      path: () => '/api/v1/incidents',
      data: { name: 'x', status: 'investigating', impact: 'minor' },
      field: 'body',
    },
    {
      name: 'incident with a number as name',
      method: 'post',
      path: () => '/api/v1/incidents',
      data: { name: 42, status: 'investigating', impact: 'minor', body: 'x' },
      field: 'name',
    },
    {
      name: 'incident with a bad component status',
      method: 'post',
      path: () => '/api/v1/incidents',
      data: {
        name: 'x',
        status: 'investigating',
        impact: 'minor',
        body: 'x',
        components: [{ id: 'api', status: 'down' }],
      },
      field: 'components.0.status',
    },
    {
      name: 'incident with an unknown component',
      method: 'post',
      path: () => '/api/v1/incidents',
      data: {
        name: 'x',
        status: 'investigating',
        impact: 'minor',
        body: 'x',
        components: [{ id: 'nope', status: 'major_outage' }],
      },
      field: 'components.0',
    },
    {
      name: 'incident naming a component twice',
      method: 'post',
      path: () => '/api/v1/incidents',
      data: {
        name: 'x',
        status: 'investigating',
        impact: 'minor',
        body: 'x',
        components: [
          { id: 'api', status: 'major_outage' },
          { id: 'api', status: 'operational' },
        ],
      },
      field: 'components',
    },
    {
      name: 'incident with an unknown field',
      method: 'post',
      path: () => '/api/v1/incidents',
      data: { name: 'x', status: 'investigating', impact: 'minor', body: 'x', severity: 1 },
      field: '(body)',
    },
    {
      name: 'incident that is a list',
      method: 'post',
      path: () => '/api/v1/incidents',
      data: [1, 2],
      field: '(body)',
    },
    {
      name: 'update with postmortem status',
      method: 'post',
      path: () => `/api/v1/incidents/${ids.incident}/updates`,
      data: { status: 'postmortem', body: 'x' },
      field: 'status',
    },
    {
      // PostgreSQL text cannot hold U+0000: refused on the way in, the same on either store.
      name: 'incident with U+0000 in its name',
      method: 'post',
      path: () => '/api/v1/incidents',
      data: { name: 'Login\u0000down', status: 'investigating', impact: 'minor', body: 'x' },
      field: 'name',
    },
    {
      name: 'update with half a surrogate pair in its message',
      method: 'post',
      path: () => `/api/v1/incidents/${ids.incident}/updates`,
      data: { status: 'identified', body: 'Found it \ud83d' },
      field: 'body',
    },
    {
      name: 'page text with U+0000 in a translation key',
      method: 'patch',
      path: () => '/api/v1/page',
      data: { translations: { 'nb\u0000': { name: 'Status' } } },
      field: 'translations.nb\\u0000',
    },
    {
      name: 'update without a message',
      method: 'post',
      path: () => `/api/v1/incidents/${ids.incident}/updates`,
      data: { status: 'identified' },
      field: 'body',
    },
    {
      name: 'component with an unknown status',
      method: 'patch',
      path: () => '/api/v1/components/api',
      data: { status: 'fine' },
      field: 'status',
    },
    {
      name: 'maintenance without a start',
      method: 'post',
      path: () => '/api/v1/maintenances',
      data: { name: 'x', scheduledUntil: at(49 * HOUR) },
      field: 'scheduledFor',
    },
    {
      name: 'maintenance with an impossible date',
      method: 'post',
      path: () => '/api/v1/maintenances',
      data: { name: 'x', scheduledFor: '2027-02-30T10:00:00Z', scheduledUntil: '2027-03-01T10:00:00Z' },
      field: 'scheduledFor',
    },
    {
      name: 'maintenance with a local time',
      method: 'post',
      path: () => '/api/v1/maintenances',
      data: { name: 'x', scheduledFor: '2027-03-01 10:00', scheduledUntil: '2027-03-01T11:00:00Z' },
      field: 'scheduledFor',
    },
    {
      name: 'maintenance ending before it starts',
      method: 'post',
      path: () => '/api/v1/maintenances',
      data: { name: 'x', scheduledFor: at(49 * HOUR), scheduledUntil: at(48 * HOUR) },
      field: 'scheduledUntil',
    },
    {
      name: 'maintenance on an unknown component',
      method: 'post',
      path: () => '/api/v1/maintenances',
      data: { name: 'x', scheduledFor: at(48 * HOUR), scheduledUntil: at(49 * HOUR), components: ['nope'] },
      field: 'components.0',
    },
    {
      name: 'emergency without a reason',
      method: 'post',
      path: () => '/api/v1/maintenances',
      data: { name: 'x', scheduledFor: at(HOUR), scheduledUntil: at(2 * HOUR), emergency: {} },
      field: 'emergency.reason',
    },
    {
      name: 'emergency with an empty reason',
      method: 'post',
      path: () => '/api/v1/maintenances',
      data: { name: 'x', scheduledFor: at(HOUR), scheduledUntil: at(2 * HOUR), emergency: { reason: '  ' } },
      field: 'emergency.reason',
    },
    {
      name: 'maintenance status other than verifying/completed',
      method: 'patch',
      path: () => `/api/v1/maintenances/${ids.maintenance}`,
      data: { status: 'in_progress' },
      field: 'status',
    },
    {
      name: 'staff with a short password',
      method: 'post',
      path: () => '/api/v1/staff',
      data: { email: 'short@example.com', role: 'editor', password: 'short' },
      field: 'password',
    },
    {
      name: 'staff with a bad email',
      method: 'post',
      path: () => '/api/v1/staff',
      data: { email: 'not-an-email', role: 'editor', password: PASSWORD },
      field: 'email',
    },
    {
      name: 'token without a name',
      method: 'post',
      path: () => '/api/v1/tokens',
      data: { role: 'editor' },
      field: 'name',
    },
  ];

  for (const c of cases) {
    test(`400 invalid_request naming the field: ${c.name}`, async ({ request }) => {
      const response = await request[c.method](c.path(), { headers: auth, data: c.data });
      expect(response.status(), await response.text()).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe('invalid_request');
      expect((error.details as { field: string }[]).map((d) => d.field)).toContain(c.field);
    });
  }

  test('bodies that are not JSON, empty or over 64 KB are refused with 400 / 413', async ({ request }) => {
    const notJson = await request.post('/api/v1/incidents', {
      headers: { ...auth, 'Content-Type': 'application/json' },
      data: '{"name": ',
    });
    expect(notJson.status()).toBe(400);
    expect((await errorOf(notJson)).code).toBe('invalid_request');
    const empty = await request.post('/api/v1/incidents', { headers: auth });
    expect(empty.status()).toBe(400);
    const big = await request.post('/api/v1/incidents', {
      headers: auth,
      data: { name: 'big', status: 'investigating', impact: 'minor', body: 'x'.repeat(70 * 1024) },
    });
    expect(big.status()).toBe(413);
    expect((await errorOf(big)).code).toBe('payload_too_large');
  });

  test('unknown ids answer 404 not_found', async ({ request }) => {
    for (const response of [
      await request.post('/api/v1/incidents/nope/updates', {
        headers: auth,
        data: { status: 'identified', body: 'x' },
      }),
      await request.patch('/api/v1/components/nope', { headers: auth, data: { status: 'operational' } }),
      await request.delete('/api/v1/maintenances/nope', { headers: auth }),
      await request.post(
        `/api/v1/schedule/nope/occurrences/${encodeURIComponent(nextRecycleStart())}/cancel`,
        { headers: auth },
      ),
    ]) {
      expect(response.status()).toBe(404);
      expect((await errorOf(response)).code).toBe('not_found');
    }
  });
});

test.describe('write API rules', () => {
  test('a maintenance 23 h 59 m ahead is 422 insufficient_notice, 24 h 01 m ahead is 201, an emergency with a reason is 201', async ({
    request,
  }) => {
    const early = await request.post('/api/v1/maintenances', {
      headers: auth,
      data: { name: 'Too soon', scheduledFor: at(24 * HOUR - MINUTE), scheduledUntil: at(25 * HOUR) },
    });
    expect(early.status(), await early.text()).toBe(422);
    const error = await errorOf(early);
    expect(error.code).toBe('insufficient_notice');
    expect(error.message).toMatch(/24 hours/);
    const ok = await request.post('/api/v1/maintenances', {
      headers: auth,
      data: { name: 'In time', scheduledFor: at(24 * HOUR + MINUTE), scheduledUntil: at(25 * HOUR) },
    });
    expect(ok.status(), await ok.text()).toBe(201);
    const { maintenance } = (await ok.json()) as { maintenance: { id: string; emergency: unknown } };
    expect(maintenance.emergency).toBeNull();
    const emergency = await request.post('/api/v1/maintenances', {
      headers: auth,
      data: {
        name: 'Hotfix',
        scheduledFor: at(HOUR),
        scheduledUntil: at(2 * HOUR),
        emergency: { reason: 'CVE fix' },
      },
    });
    expect(emergency.status(), await emergency.text()).toBe(201);
    const created = (await emergency.json()) as {
      maintenance: { id: string; emergency: { reason: string } };
    };
    expect(created.maintenance.emergency).toEqual({ reason: 'CVE fix' });
    for (const id of [maintenance.id, created.maintenance.id])
      expect((await request.delete(`/api/v1/maintenances/${id}`, { headers: auth })).status()).toBe(200);
    const again = await request.delete(`/api/v1/maintenances/${maintenance.id}`, { headers: auth });
    expect(again.status()).toBe(409);
  });

  test('a stale If-Match answers 409 conflict and changes nothing; the current revision is accepted', async ({
    request,
  }) => {
    const { id, revision } = await postIncident(request);
    const stale = await request.post(`/api/v1/incidents/${id}/updates`, {
      headers: { ...auth, 'If-Match': String(revision - 1) },
      data: { status: 'identified', body: 'Stale.' },
    });
    expect(stale.status(), await stale.text()).toBe(409);
    expect((await errorOf(stale)).code).toBe('conflict');
    const current = await request.post(`/api/v1/incidents/${id}/updates`, {
      headers: { ...auth, 'If-Match': `"${revision}"` },
      data: { status: 'identified', body: 'Current.' },
    });
    expect(current.status(), await current.text()).toBe(201);
    const { incident } = (await current.json()) as { incident: { updates: { body: string }[] } };
    expect(incident.updates.map((u) => u.body)).toEqual(['Looking into it.', 'Current.']);
    const bad = await request.patch('/api/v1/components/api', {
      headers: { ...auth, 'If-Match': 'yesterday' },
      data: { status: 'operational' },
    });
    expect(bad.status()).toBe(400);
    await request.post(`/api/v1/incidents/${id}/resolve`, { headers: auth, data: { body: 'Done.' } });
  });

  test('one occurrence of a rule is cancelled, cannot be cancelled twice, and is restored', async ({
    request,
  }) => {
    const path = `/api/v1/schedule/server-recycle/occurrences/${encodeURIComponent(nextRecycleStart())}/cancel`;
    const cancelled = await request.post(path, { headers: auth, data: { note: 'Skipped tonight' } });
    expect(cancelled.status(), await cancelled.text()).toBe(200);
    expect(
      ((await cancelled.json()) as { override: { cancelled: boolean; note: string } }).override,
    ).toMatchObject({ cancelled: true, note: 'Skipped tonight' });
    expect((await request.post(path, { headers: auth })).status()).toBe(409);
    expect((await request.delete(path, { headers: auth })).status()).toBe(200);
    const notAnOccurrence = await request.post(
      `/api/v1/schedule/server-recycle/occurrences/${encodeURIComponent(at(48 * HOUR + 17 * MINUTE))}/cancel`,
      { headers: auth },
    );
    expect(notAnOccurrence.status()).toBe(404);
  });

  test('the 6th sign-in attempt within 15 minutes answers 429 with Retry-After; unknown user and wrong password read the same', async ({
    request,
  }) => {
    const email = `throttle-${Date.now()}@example.com`;
    addStaff(email, 'editor');
    const from = { 'X-Forwarded-For': `203.0.113.${Math.floor(Math.random() * 200) + 1}` };
    const unknown = await request.post('/api/v1/auth/sign-in', {
      headers: { 'X-Forwarded-For': '198.51.100.7' },
      data: { email: `nobody-${Date.now()}@example.com`, password: 'wrong password here' },
    });
    const messages = [(await errorOf(unknown)).message];
    for (let i = 1; i <= 5; i++) {
      const response = await request.post('/api/v1/auth/sign-in', {
        headers: from,
        data: { email, password: `wrong password ${i}` },
      });
      expect(response.status()).toBe(401);
      messages.push((await errorOf(response)).message);
    }
    expect(new Set(messages).size).toBe(1);
    const sixth = await request.post('/api/v1/auth/sign-in', {
      headers: { 'X-Forwarded-For': '198.51.100.99' },
      data: { email, password: PASSWORD },
    });
    expect(sixth.status()).toBe(429);
    expect((await errorOf(sixth)).code).toBe('too_many_requests');
    expect(Number(sixth.headers()['retry-after'])).toBeGreaterThan(800);

    // The address is throttled too, whatever account it tries next.
    const other = `throttle-other-${Date.now()}@example.com`;
    const address = { 'X-Forwarded-For': '192.0.2.55' };
    for (let i = 0; i < 5; i++)
      await request.post('/api/v1/auth/sign-in', {
        headers: address,
        data: { email: `${i}-${other}`, password: 'wrong password here' },
      });
    const blocked = await request.post('/api/v1/auth/sign-in', {
      headers: address,
      data: { email: other, password: 'whatever it is' },
    });
    expect(blocked.status()).toBe(429);
    expect(blocked.headers()['retry-after']).toMatch(/^\d+$/);
  });
});
