import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { E2E_API_TOKEN } from '../playwright.config';
import { linkIn, pathOf, waitForMails } from './support/mail';
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
const state = { incident: '', future: '', running: '', member: '', memberEmail: '' };

async function json<T>(response: APIResponse): Promise<T> {
  return (await response.json()) as T;
}

/** A call with the admin token, checked against the document: one line per case. */
function staff(request: APIRequestContext, method: string, path: string, status: number, data?: unknown) {
  return conforming(request, method, path, { headers: auth, status, data });
}

/** The id of the record an answer carries under `key` (`incident`, `maintenance`, `token`, `member`). */
async function idOf(response: APIResponse, key: string): Promise<string> {
  return (await json<Record<string, { id?: string }>>(response))[key]?.id ?? '';
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

test('incidents and components', async ({ request }) => {
  const components = [{ id: 'web-client', status: 'degraded_performance' }];
  const incident = { name: 'Contract check', status: 'investigating', impact: 'minor', body: 'Looking.' };
  state.incident = await idOf(
    await staff(request, 'POST', '/api/v1/incidents', 201, { ...incident, components }),
    'incident',
  );
  opened.incidents.push(state.incident);
  const update = { status: 'identified', body: 'Found it.', impact: 'major', components };
  await staff(request, 'POST', `/api/v1/incidents/${state.incident}/updates`, 201, update);
  await staff(request, 'PATCH', '/api/v1/components/api', 200, { status: 'degraded_performance' });
});

test('maintenances: announced ahead, and an emergency that runs now', async ({ request }) => {
  const ahead = { name: 'Contract check: upgrade', body: 'Upgrading.', components: ['api'] };
  const future = { ...ahead, scheduledFor: at(48 * HOUR), scheduledUntil: at(50 * HOUR) };
  state.future = await idOf(await staff(request, 'POST', '/api/v1/maintenances', 201, future), 'maintenance');
  opened.maintenances.push(state.future);
  const emergency = { reason: 'Security fix' };
  const now = {
    name: 'Contract check: hotfix',
    scheduledFor: at(-60_000),
    scheduledUntil: at(HOUR),
    emergency,
  };
  state.running = await idOf(await staff(request, 'POST', '/api/v1/maintenances', 201, now), 'maintenance');
  opened.maintenances.push(state.running);
  await staff(request, 'PATCH', `/api/v1/maintenances/${state.running}`, 200, { status: 'verifying' });
});

test('subscriptions: sign-up, confirm, manage, preview, staff view, one-click unsubscribe', async ({
  request,
}) => {
  const dataDir = process.env.E2E_DATA_DIR ?? '';
  const email = `contract-${Date.now()}@example.com`;
  const signUp = { type: 'email', email, lang: 'nb', components: ['api'] };
  await conforming(request, 'POST', '/api/v1/subscriptions', { data: signUp, status: 202 });
  const [mail] = await waitForMails(dataDir, email);
  const confirm = pathOf(linkIn(mail!, 'confirm'));
  await conforming(request, 'GET', confirm, { status: 200 });
  await conforming(request, 'POST', '/api/v1/subscriptions/confirm', {
    data: { token: 'c.a.b.c.d' },
    status: 400,
  });
  await conforming(request, 'POST', confirm, { status: 200 });
  const token = confirm.split('/').at(-1) ?? '';
  await conforming(request, 'POST', '/api/v1/subscriptions/confirm', { data: { token }, status: 409 });
  const second = `contract-api-${Date.now()}@example.com`;
  await conforming(request, 'POST', '/api/v1/subscriptions', {
    data: { type: 'email', email: second },
    status: 202,
  });
  const secondToken =
    linkIn((await waitForMails(dataDir, second))[0]!, 'confirm')
      .split('/')
      .at(-1) ?? '';
  await conforming(request, 'POST', '/api/v1/subscriptions/confirm', {
    data: { token: secondToken },
    status: 200,
  });

  const list = await staff(request, 'GET', `/api/v1/subscriptions?search=${encodeURIComponent(email)}`, 200);
  const id = (await json<{ subscriptions: { id: string }[] }>(list)).subscriptions[0]?.id ?? '';
  await staff(request, 'GET', `/api/v1/subscriptions/${id}`, 200);
  const manageToken = pathOf(linkIn(mail!, 'manage')).split('/').at(-1)?.split('?')[0] ?? '';
  await conforming(request, 'PATCH', `/api/v1/subscriptions/${id}`, {
    data: { token: manageToken, lang: 'de' },
    status: 200,
  });
  const added = await staff(request, 'POST', '/api/v1/subscriptions', 201, {
    type: 'email',
    email: `staff-${email}`,
  });
  const other = await idOf(added, 'subscription');
  await conforming(request, 'PATCH', `/api/v1/subscriptions/${other}`, {
    data: { token: manageToken },
    status: 403,
  });
  await staff(request, 'PATCH', `/api/v1/subscriptions/${other}`, 200, { enabled: true });
  const webhook = { type: 'webhook', url: 'https://169.254.169.254/latest/meta-data/' };
  await staff(request, 'POST', '/api/v1/subscriptions', 400, webhook);
  await conforming(request, 'GET', '/api/v1/subscriptions', { status: 401 });
  const incident = { name: 'Preview', status: 'investigating', impact: 'minor', body: 'Looking.' };
  await staff(request, 'POST', '/api/v1/notifications/preview', 200, {
    kind: 'incident',
    incident,
    lang: 'de',
  });

  const unsubscribe = pathOf(linkIn(mail!, 'unsubscribe'));
  await conforming(request, 'GET', unsubscribe, { status: 200 });
  const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
  await conforming(request, 'POST', unsubscribe, {
    headers: form,
    data: 'x=1',
    status: 400,
    invalidRequest: true,
  });
  const oneClick = 'List-Unsubscribe=One-Click';
  await conforming(request, 'POST', unsubscribe, {
    headers: form,
    data: oneClick,
    status: 200,
    invalidRequest: true,
  });
  await staff(request, 'DELETE', `/api/v1/subscriptions/${other}`, 200);
  await staff(request, 'DELETE', `/api/v1/subscriptions/${other}`, 404);
});

test('a maintenance moved to a new window, with notice', async ({ request }) => {
  const moved = { scheduledFor: at(72 * HOUR), scheduledUntil: at(74 * HOUR) };
  await staff(request, 'PATCH', `/api/v1/maintenances/${state.future}`, 200, moved);
  const tooSoon = { scheduledFor: at(2 * HOUR), scheduledUntil: at(3 * HOUR) };
  await staff(request, 'PATCH', `/api/v1/maintenances/${state.future}`, 422, tooSoon);
});

test('one occurrence of a recurring rule: cancelled, annotated, restored', async ({ request }) => {
  const occurrence = await futureOccurrence(request);
  await staff(request, 'POST', `${occurrence}/cancel`, 200, { note: 'Skipped tonight' });
  await staff(request, 'PUT', `${occurrence}/note`, 200, { note: 'Moved to tomorrow' });
  await staff(request, 'DELETE', `${occurrence}/cancel`, 200);
  await staff(request, 'PUT', `${occurrence}/note`, 200, { note: null });
});

test('API tokens and staff accounts (admin)', async ({ request }) => {
  const created = await staff(request, 'POST', '/api/v1/tokens', 201, { name: `contract ${Date.now()}` });
  const { token, secret } = await json<{ token: { id: string }; secret: string }>(created);
  opened.tokens.push(token.id);
  await staff(request, 'GET', '/api/v1/tokens', 200);
  const editor = { Authorization: `Bearer ${secret}` };
  await conforming(request, 'GET', '/api/v1/staff', { headers: editor, status: 403 });
  await staff(request, 'DELETE', `/api/v1/tokens/${token.id}`, 200);
  opened.tokens.length = 0;

  state.memberEmail = `contract-${Date.now()}@example.com`;
  const member = { email: state.memberEmail, name: 'Contract Check', role: 'editor', password: PASSWORD };
  state.member = await idOf(await staff(request, 'POST', '/api/v1/staff', 201, member), 'member');
  await staff(request, 'GET', '/api/v1/staff', 200);
  await staff(request, 'GET', '/api/v1/auth/session', 200);
  await staff(request, 'GET', '/api/v1/audit?limit=20', 200);
});

test('the console session: sign-in, who am I, a cross-site write, sign-out', async ({
  request,
  playwright,
  baseURL,
}) => {
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
  await staff(request, 'PATCH', `/api/v1/staff/${state.member}`, 200, { disabled: true });
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
  '/api/v1/calendar.ics?lang=nb&components=api,login',
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

test('content in six languages: translated writes, templates, page texts, v2 in a language, the .ico', async ({
  request,
}) => {
  const translated = {
    name: 'Contract check: translated',
    status: 'investigating',
    impact: 'minor',
    body: 'Looking.',
    translations: { nb: { name: 'Kontraktsjekk', body: 'Vi ser på det.' }, de: { name: 'Vertragsprüfung' } },
  };
  const id = await idOf(await staff(request, 'POST', '/api/v1/incidents', 201, translated), 'incident');
  opened.incidents.push(id);
  const update = { status: 'identified', body: 'Found.', translations: { nb: { body: 'Funnet.' } } };
  await staff(request, 'POST', `/api/v1/incidents/${id}/updates`, 201, update);
  await conforming(request, 'GET', '/api/v2/summary.json?lang=nb', { status: 200 });
  // Translated, then put back as the seed had it (other specs read the seeded texts).
  type Texts = Record<string, { name?: string; description?: string }>;
  const page = await json<{ page: { translations: Texts } }>(
    await staff(request, 'GET', '/api/v1/page', 200),
  );
  const swedish = page.page.translations.sv?.description ?? null;
  await staff(request, 'PATCH', '/api/v1/page', 200, { translations: { sv: { description: 'Kontroll' } } });
  await staff(request, 'PATCH', '/api/v1/page', 400, { translations: { en: { description: 'Check' } } });
  await staff(request, 'PATCH', '/api/v1/page', 200, { translations: { sv: { description: swedish } } });
  const after = await json<{ page: unknown }>(await staff(request, 'GET', '/api/v1/page', 200));
  expect(after.page).toEqual(page.page);
  const group = await json<{ group: { translations: Texts } }>(
    await staff(request, 'PATCH', '/api/v1/components/integrations', 200, {
      translations: { nb: { description: 'Kontraktsjekk' } },
    }),
  );
  expect(group.group.translations.nb?.description).toBe('Kontraktsjekk');
  const norwegian = 'Tjenester som CRM Online bruker, driftet av oss eller av våre underdatabehandlere.';
  await staff(request, 'PATCH', '/api/v1/components/integrations', 200, {
    translations: { nb: { description: norwegian } },
  });
  await staff(request, 'PATCH', '/api/v1/components/integrations', 400, { status: 'major_outage' });
  await staff(request, 'GET', '/api/v1/templates', 200);
  const template = { name: 'Contract check template', status: 'identified', impact: 'minor', body: 'Known.' };
  const templateId = await idOf(await staff(request, 'POST', '/api/v1/templates', 201, template), 'template');
  await staff(request, 'GET', `/api/v1/templates/${templateId}`, 200);
  await staff(request, 'PATCH', `/api/v1/templates/${templateId}`, 200, {
    translations: { da: { name: 'Kendt' } },
  });
  await conforming(request, 'PATCH', `/api/v1/templates/${templateId}`, {
    headers: auth,
    data: { translations: { xx: { name: 'X' } } },
    status: 400,
    invalidRequest: true,
  });
  await staff(request, 'DELETE', `/api/v1/templates/${templateId}`, 200);
  await staff(request, 'GET', `/api/v1/templates/${templateId}`, 404);
  await conforming(request, 'GET', '/api/v1/templates', { status: 401 });
  await conforming(request, 'GET', '/favicon.ico', { status: 200 });
  await conforming(request, 'GET', '/favicon-ico', { status: 200 });
  const resolved = { body: 'Fixed.', translations: { nb: { body: 'Løst.' } } };
  await staff(request, 'POST', `/api/v1/incidents/${id}/resolve`, 201, resolved);
  opened.incidents.splice(opened.incidents.indexOf(id), 1);
});

test('error answers: calendar 400s, 401, 404, 409, 413, 422 and invalid bodies', async ({ request }) => {
  const badQueries = ['from=2026-02-30', 'tz=Mars/Olympus_Mons&lang=de', 'from=2026-03-01&to=2026-03-01'];
  for (const query of [...badQueries, 'from=2026-01-01&to=2027-01-03'])
    await conforming(request, 'GET', `/api/v1/calendar?${query}`, { status: 400 });
  await staff(request, 'GET', '/api/v1/audit?limit=0', 400);
  const incident = { name: 'x', status: 'investigating', impact: 'minor', body: 'x' };
  await conforming(request, 'POST', '/api/v1/incidents', { data: incident, status: 401 });
  for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']) {
    const response = await conforming(request, method, '/api/v3/summary.json', { status: 404 });
    if (method === 'GET') expect(await response.text()).toContain('/api/openapi.json');
  }
  await conforming(request, 'GET', '/api/v1/incidents/a/b/c', { status: 404 });
  const update = { status: 'monitoring', body: 'Stale.' };
  await staff(request, 'POST', '/api/v1/incidents/no-such-incident/updates', 404, update);
  await conforming(request, 'POST', `/api/v1/incidents/${state.incident}/updates`, {
    headers: { ...auth, 'If-Match': '1' },
    data: update,
    status: 409,
  });
  await staff(request, 'POST', '/api/v1/schedule/server-recycle/occurrences/yesterday/cancel', 400);
  const tooSoon = { name: 'Too soon', scheduledFor: at(23 * HOUR), scheduledUntil: at(25 * HOUR) };
  await staff(request, 'POST', '/api/v1/maintenances', 422, tooSoon);
  const huge = { ...incident, body: 'x'.repeat(70 * 1024) };
  await conforming(request, 'POST', '/api/v1/incidents', {
    headers: auth,
    data: huge,
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
    // The document refuses what the server refuses.
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
  await staff(request, 'POST', `/api/v1/incidents/${state.incident}/resolve`, 201, { body: 'Fixed.' });
  opened.incidents.length = 0;
  const postmortem = { body: 'What happened, and what we changed.' };
  await staff(request, 'PUT', `/api/v1/incidents/${state.incident}/postmortem`, 200, postmortem);
  await staff(request, 'PATCH', '/api/v1/components/api', 200, { status: 'operational' });
  await staff(request, 'PATCH', `/api/v1/maintenances/${state.running}`, 200, { status: 'completed' });
  await staff(request, 'DELETE', `/api/v1/maintenances/${state.running}`, 409);
  await staff(request, 'DELETE', `/api/v1/maintenances/${state.future}`, 200);
  opened.maintenances.length = 0;
  for (const path of publicReads.filter((p) => p.startsWith('/api/v2/')))
    await conforming(request, 'GET', path, { status: 200 });
  const summary = await json<{ incidents: unknown[]; scheduled_maintenances: unknown[] }>(
    await request.get('/api/v2/summary.json'),
  );
  const ours = (list: unknown[]) => list.filter((item) => JSON.stringify(item).includes('Contract check'));
  expect([...ours(summary.incidents), ...ours(summary.scheduled_maintenances)]).toEqual([]);
});

test('the probes answer, and the metrics only to an admin token', async ({ request }) => {
  await conforming(request, 'GET', '/healthz', { status: 200 });
  await conforming(request, 'GET', '/readyz', { status: 200 });
  await conforming(request, 'GET', '/metrics', { status: 401 });
  await staff(request, 'GET', '/metrics', 200);
});

test('every documented operation has had a live answer validated', () => {
  expect(unexercisedOperations()).toEqual([]);
  const { total, byOperation } = validatedAnswers();
  console.log(
    `${total} live answers validated against docs/openapi.json over ${byOperation.size} operations`,
  );
});
