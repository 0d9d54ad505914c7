import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_API_TOKEN } from '../playwright.config';
import { conforming, contract, unexercisedOperations, validatedAnswers } from './support/openapi';

/**
 * docs/openapi.json against the running production server: every answer below is validated with Ajv against the
 * operation, status, headers and body the document describes, and every documented operation is exercised.
 */

test.describe.configure({ mode: 'serial' });

const auth = { Authorization: `Bearer ${E2E_API_TOKEN}` };
const HOUR = 3_600_000;
const PASSWORD = 'an e2e password for the contract';
const at = (ms: number) => new Date(Date.now() + ms).toISOString();
const osloDate = (ms: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date(Date.now() + ms));

/** What this spec opened, so that it leaves the shared store calm even when a step fails. */
const opened = { incidents: [] as string[], maintenances: [] as string[], tokens: [] as string[] };
const state = { incident: '', future: '', running: '', occurrence: '', member: '', memberEmail: '' };

async function json<T>(response: { json: () => Promise<unknown> }): Promise<T> {
  return (await response.json()) as T;
}

/** The path of a future nightly recycle occurrence, as the calendar reports it. */
async function futureOccurrence(request: APIRequestContext): Promise<string> {
  const query = `tz=Europe/Oslo&from=${osloDate(2 * 24 * HOUR)}&to=${osloDate(3 * 24 * HOUR)}`;
  const calendar = await json<{ windows: { ruleId: string | null; start: string }[] }>(
    await conforming(request, 'GET', `/api/v1/calendar?${query}`, { status: 200 }),
  );
  const start = calendar.windows.find((w) => w.ruleId === 'server-recycle')?.start ?? '';
  return `/api/v1/schedule/server-recycle/occurrences/${encodeURIComponent(start)}`;
}

test.afterAll(async ({ request }) => {
  for (const id of opened.incidents.splice(0))
    await request.post(`/api/v1/incidents/${id}/resolve`, { headers: auth, data: { body: 'Resolved.' } });
  for (const id of opened.maintenances.splice(0))
    await request.delete(`/api/v1/maintenances/${id}`, { headers: auth });
  for (const id of opened.tokens.splice(0)) await request.delete(`/api/v1/tokens/${id}`, { headers: auth });
  await request.patch('/api/v1/components/api', { headers: auth, data: { status: 'operational' } });
});

test('GET /api/openapi.json serves the document in the repository, public and cacheable', async ({
  request,
}) => {
  const response = await conforming(request, 'GET', '/api/openapi.json', { status: 200 });
  expect(await response.json()).toEqual(contract.document);
  const etag = response.headers()['etag'] ?? '';
  await conforming(request, 'GET', '/api/openapi.json', { headers: { 'If-None-Match': etag }, status: 304 });
});

test('staff writes: incidents, components, maintenances, occurrences', async ({ request }) => {
  const created = await conforming(request, 'POST', '/api/v1/incidents', {
    headers: auth,
    status: 201,
    data: {
      name: 'Contract check: slow sign-in',
      status: 'investigating',
      impact: 'minor',
      body: 'We are looking into it.',
      components: [{ id: 'web-client', status: 'degraded_performance' }],
    },
  });
  state.incident = (await json<{ incident: { id: string } }>(created)).incident.id;
  opened.incidents.push(state.incident);
  await conforming(request, 'POST', `/api/v1/incidents/${state.incident}/updates`, {
    headers: auth,
    status: 201,
    data: {
      status: 'identified',
      body: 'Found it.',
      impact: 'major',
      components: [{ id: 'web-client', status: 'partial_outage' }],
    },
  });
  await conforming(request, 'PATCH', '/api/v1/components/api', {
    headers: auth,
    status: 200,
    data: { status: 'degraded_performance' },
  });

  const future = await conforming(request, 'POST', '/api/v1/maintenances', {
    headers: auth,
    status: 201,
    data: {
      name: 'Contract check: database upgrade',
      body: 'Upgrading.',
      scheduledFor: at(48 * HOUR),
      scheduledUntil: at(50 * HOUR),
      components: ['api'],
    },
  });
  state.future = (await json<{ maintenance: { id: string } }>(future)).maintenance.id;
  opened.maintenances.push(state.future);
  const running = await conforming(request, 'POST', '/api/v1/maintenances', {
    headers: auth,
    status: 201,
    data: {
      name: 'Contract check: hotfix',
      scheduledFor: at(-60_000),
      scheduledUntil: at(HOUR),
      emergency: { reason: 'Security fix' },
    },
  });
  state.running = (await json<{ maintenance: { id: string } }>(running)).maintenance.id;
  opened.maintenances.push(state.running);
  await conforming(request, 'PATCH', `/api/v1/maintenances/${state.running}`, {
    headers: auth,
    status: 200,
    data: { status: 'verifying' },
  });

  state.occurrence = await futureOccurrence(request);
  await conforming(request, 'POST', `${state.occurrence}/cancel`, {
    headers: auth,
    status: 200,
    data: { note: 'Skipped' },
  });
  await conforming(request, 'PUT', `${state.occurrence}/note`, {
    headers: auth,
    status: 200,
    data: { note: 'Moved' },
  });
  await conforming(request, 'DELETE', `${state.occurrence}/cancel`, { headers: auth, status: 200 });
  await conforming(request, 'PUT', `${state.occurrence}/note`, {
    headers: auth,
    status: 200,
    data: { note: null },
  });
});

test('staff writes: tokens, staff, session, audit', async ({ request, playwright, baseURL }) => {
  const token = await conforming(request, 'POST', '/api/v1/tokens', {
    headers: auth,
    status: 201,
    data: { name: `contract ${Date.now()}`, role: 'editor' },
  });
  const { token: record, secret } = await json<{ token: { id: string }; secret: string }>(token);
  opened.tokens.push(record.id);
  await conforming(request, 'GET', '/api/v1/tokens', { headers: auth, status: 200 });
  await conforming(request, 'GET', '/api/v1/staff', {
    headers: { Authorization: `Bearer ${secret}` },
    status: 403,
  });
  await conforming(request, 'DELETE', `/api/v1/tokens/${record.id}`, { headers: auth, status: 200 });
  opened.tokens.splice(opened.tokens.indexOf(record.id), 1);

  state.memberEmail = `contract-${Date.now()}@example.com`;
  const member = await conforming(request, 'POST', '/api/v1/staff', {
    headers: auth,
    status: 201,
    data: { email: state.memberEmail, name: 'Contract Check', role: 'editor', password: PASSWORD },
  });
  state.member = (await json<{ member: { id: string } }>(member)).member.id;
  await conforming(request, 'GET', '/api/v1/staff', { headers: auth, status: 200 });
  await conforming(request, 'GET', '/api/v1/auth/session', { headers: auth, status: 200 });
  await conforming(request, 'GET', '/api/v1/audit?limit=20', { headers: auth, status: 200 });

  const browser = await playwright.request.newContext({ baseURL });
  const site = { Origin: baseURL ?? '' };
  const signIn = { email: state.memberEmail, password: PASSWORD };
  await conforming(browser, 'POST', '/api/v1/auth/sign-in', { headers: site, data: signIn, status: 200 });
  await conforming(browser, 'GET', '/api/v1/auth/session', { status: 200 });
  const elsewhere = { Origin: 'https://elsewhere.example' };
  const data = { status: 'operational' };
  await conforming(browser, 'PATCH', '/api/v1/components/api', { headers: elsewhere, data, status: 403 });
  await conforming(browser, 'POST', '/api/v1/auth/sign-out', { headers: site, status: 200 });
  await conforming(browser, 'GET', '/api/v1/auth/session', { status: 401 });
  await browser.dispose();
  await conforming(request, 'PATCH', `/api/v1/staff/${state.member}`, {
    headers: auth,
    status: 200,
    data: { disabled: true },
  });
});

const publicReads = [
  '/api/v2/summary.json',
  '/api/v2/status.json',
  '/api/v2/components.json',
  '/api/v2/incidents.json',
  '/api/v2/incidents/unresolved.json',
  '/api/v2/scheduled-maintenances.json',
  '/api/v2/scheduled-maintenances/upcoming.json',
  '/api/v2/scheduled-maintenances/active.json',
  '/api/v1/calendar',
  '/api/v1/calendar?tz=America/New_York&lang=nb&from=2026-03-01&to=2026-04-01',
  '/api/v1/calendar?tz=Asia/Kolkata&lang=de',
  '/api/v1/calendar?tz=Australia/Lord_Howe&lang=sv&from=2026-10-01&to=2026-11-01',
  '/api/v1/calendar?tz=UTC&lang=da&from=2026-01-01&to=2027-01-01',
  '/api/v1/calendar?tz=Pacific/Auckland&lang=nl-NL&to=2027-01-01',
  '/api/v1/calendar?tz=europe/oslo&lang=en',
  '/api/v1/calendar.ics',
  '/api/v1/calendar.ics?lang=de',
  '/api/v1/schedule',
  '/api/v1/schedule?lang=nb',
  '/api/v1/schedule?lang=xx',
  '/api/v1/uptime',
  '/badge.svg',
  '/badge.svg?lang=de',
  '/favicon.svg',
  '/history.atom?lang=sv',
  '/embed?lang=nb&theme=dark&tz=Asia/Tokyo',
  '/embed?theme=sepia&tz=Not/AZone',
];

test('public reads while an incident and maintenances are open, and their 304s', async ({ request }) => {
  for (const path of publicReads) {
    const response = await conforming(request, 'GET', path, { status: 200 });
    const etag = response.headers()['etag'] ?? '';
    await conforming(request, 'GET', path, { headers: { 'If-None-Match': etag }, status: 304 });
  }
  const withLanguage = await conforming(request, 'GET', '/history.atom', {
    headers: { 'Accept-Language': 'nl-NL,nl;q=0.9' },
    status: 200,
  });
  expect(withLanguage.headers()['content-language']).toBe('nl');
  for (const path of publicReads.filter((p) => p.startsWith('/api/v2/')))
    await conforming(request, 'OPTIONS', path, { status: 204 });
  const summary = await json<{ incidents: unknown[]; scheduled_maintenances: unknown[] }>(
    await request.get('/api/v2/summary.json'),
  );
  expect(summary.incidents.length).toBeGreaterThan(0);
  expect(summary.scheduled_maintenances.length).toBeGreaterThan(1);
  const types = {
    '/api/v1/calendar.ics': 'text/calendar',
    '/embed': 'text/html',
    '/badge.svg': 'image/svg+xml',
    '/history.atom': 'application/atom+xml',
  };
  for (const [path, type] of Object.entries(types))
    expect((await request.get(path)).headers()['content-type']).toContain(type);
});

test('error answers: calendar 400s, 401, 404, 409, 413, 422, 429 and invalid bodies', async ({ request }) => {
  for (const query of [
    'from=2026-02-30',
    'tz=Mars/Olympus_Mons&lang=de',
    'from=2026-03-01&to=2026-03-01',
    'from=2026-01-01&to=2027-01-03',
  ])
    await conforming(request, 'GET', `/api/v1/calendar?${query}`, { status: 400 });
  await conforming(request, 'GET', '/api/v1/audit?limit=0', { headers: auth, status: 400 });
  const incident = { name: 'x', status: 'investigating', impact: 'minor', body: 'x' };
  await conforming(request, 'POST', '/api/v1/incidents', { data: incident, status: 401 });
  for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']) {
    const response = await conforming(request, method, '/api/v3/summary.json', { status: 404 });
    if (method === 'GET') expect(await response.text()).toContain('/api/openapi.json');
  }
  await conforming(request, 'GET', '/api/v1/incidents/a/b/c', { status: 404 });
  await conforming(request, 'POST', '/api/v1/incidents/no-such-incident/updates', {
    headers: auth,
    data: { status: 'identified', body: 'x' },
    status: 404,
  });
  await conforming(request, 'POST', `/api/v1/incidents/${state.incident}/updates`, {
    headers: { ...auth, 'If-Match': '1' },
    data: { status: 'monitoring', body: 'Stale.' },
    status: 409,
  });
  await conforming(request, 'POST', '/api/v1/schedule/server-recycle/occurrences/yesterday/cancel', {
    headers: auth,
    status: 400,
  });
  await conforming(request, 'POST', '/api/v1/maintenances', {
    headers: auth,
    data: { name: 'Too soon', scheduledFor: at(23 * HOUR), scheduledUntil: at(25 * HOUR) },
    status: 422,
  });
  await conforming(request, 'POST', '/api/v1/incidents', {
    headers: auth,
    data: { ...incident, body: 'x'.repeat(70 * 1024) },
    status: 413,
    invalidRequest: true,
  });
  const invalid = [
    { ...incident, severity: 1 },
    { ...incident, status: 'postmortem' },
    { ...incident, name: '   ' },
    { ...incident, name: 'x'.repeat(301) },
    { status: 'investigating', impact: 'minor', body: 'x' },
  ];
  for (const data of invalid) {
    expect(contract.requestProblems('POST', '/api/v1/incidents', data), JSON.stringify(data)).not.toEqual([]);
    await conforming(request, 'POST', '/api/v1/incidents', {
      headers: auth,
      data,
      status: 400,
      invalidRequest: true,
    });
  }
});

test('sign-in failures answer 401, then 429 with Retry-After', async ({ request }) => {
  const from = {
    'X-Forwarded-For': `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  };
  const data = { email: `nobody-${Date.now()}@example.com`, password: 'not the password' };
  for (let i = 0; i < 5; i++)
    await conforming(request, 'POST', '/api/v1/auth/sign-in', { headers: from, data, status: 401 });
  await conforming(request, 'POST', '/api/v1/auth/sign-in', { headers: from, data, status: 429 });
});

test('the store is calm again: resolved, written up, completed, cancelled', async ({ request }) => {
  await conforming(request, 'POST', `/api/v1/incidents/${state.incident}/resolve`, {
    headers: auth,
    data: { body: 'Fixed.' },
    status: 201,
  });
  opened.incidents.splice(opened.incidents.indexOf(state.incident), 1);
  await conforming(request, 'PUT', `/api/v1/incidents/${state.incident}/postmortem`, {
    headers: auth,
    data: { body: 'What happened, and what we changed.' },
    status: 200,
  });
  await conforming(request, 'PATCH', '/api/v1/components/api', {
    headers: auth,
    data: { status: 'operational' },
    status: 200,
  });
  await conforming(request, 'PATCH', `/api/v1/maintenances/${state.running}`, {
    headers: auth,
    data: { status: 'completed' },
    status: 200,
  });
  await conforming(request, 'DELETE', `/api/v1/maintenances/${state.running}`, {
    headers: auth,
    status: 409,
  });
  await conforming(request, 'DELETE', `/api/v1/maintenances/${state.future}`, { headers: auth, status: 200 });
  opened.maintenances.length = 0;
  for (const path of publicReads.filter((p) => p.startsWith('/api/v2/')))
    await conforming(request, 'GET', path, { status: 200 });
  const unresolved = await json<{ incidents: unknown[] }>(
    await request.get('/api/v2/incidents/unresolved.json'),
  );
  expect(unresolved.incidents.filter((i) => JSON.stringify(i).includes('Contract check'))).toEqual([]);
});

test('every documented operation has had a live answer validated', () => {
  expect(unexercisedOperations()).toEqual([]);
  const { total, byOperation } = validatedAnswers();
  console.log(
    `${total} live answers validated against docs/openapi.json over ${byOperation.size} operations`,
  );
});
