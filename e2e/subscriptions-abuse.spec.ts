import { expect, test, type APIRequestContext } from '@playwright/test';
import { signSubscriptionToken } from '../lib/auth/subscription-tokens';
import { STORE_SECRET_NAME } from '../lib/notify/links';
import { auth, resolveAllIncidents } from './public-helpers';
import { linkIn, pathOf, waitForMails } from './support/mail';
import { mainStoreEnv, openStore } from './support/store';
import { axeOf } from './support/axe';

/** Every bad input and abuse case of subscriptions gets a clear answer: never a 500, never a stack. */

const dataDir = process.env.E2E_DATA_DIR ?? '';
const unique = (name: string) => `${name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
const HOUR = 3_600_000;

test.afterEach(async ({ request }) => {
  await resolveAllIncidents(request);
});

async function errorOf(request: APIRequestContext, data: unknown, headers: Record<string, string> = {}) {
  const response = await request.post('/api/v1/subscriptions', { data, headers });
  const body = (await response.json()) as { error?: { code: string; details?: { field: string }[] } };
  return {
    status: response.status(),
    code: body.error?.code,
    fields: body.error?.details?.map((d) => d.field) ?? [],
  };
}

test('refuses malformed input to the public sign-up with 400 and the field at fault', async ({ request }) => {
  const ok = { type: 'email', email: 'someone@example.com' };
  const cases: [string, unknown, string][] = [
    ['a malformed address', { ...ok, email: 'not-an-address' }, 'email'],
    ['a line break in the address', { ...ok, email: 'a@example.com\r\nBcc: victim@example.com' }, 'email'],
    ['a line break before the address', { ...ok, email: '\nX-Injected: 1\n@example.com' }, 'email'],
    ['an unknown component', { ...ok, components: ['no-such-component'] }, 'components.0'],
    ['a line break in a component', { ...ok, components: ['api\r\nBcc: x@example.com'] }, 'components.0'],
    ['an unknown language', { ...ok, lang: 'fr' }, 'lang'],
    ['an unknown zone', { ...ok, timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    ['a zone with a line break', { ...ok, timeZone: 'Europe/Oslo\r\n' }, 'timeZone'],
    ['no type', { email: 'someone@example.com' }, 'type'],
    ['an extra field', { ...ok, name: 'Eve' }, '(body)'],
  ];
  for (const [name, data, field] of cases) {
    const answer = await errorOf(request, data);
    expect(answer, name).toMatchObject({ status: 400, code: 'invalid_request' });
    expect(answer.fields, name).toContain(field);
  }
  expect(
    (
      await request.post('/api/v1/subscriptions', {
        data: 'not json',
        headers: { 'Content-Type': 'application/json' },
      })
    ).status(),
  ).toBe(400);
  expect(await errorOf(request, { type: 'webhook', url: 'https://hooks.example.com/x' })).toMatchObject({
    status: 400,
  });
});

test('refuses webhook targets on loopback, link-local, private or unspecified addresses, and names that resolve to one', async ({
  request,
}) => {
  for (const url of [
    'https://127.0.0.1/hook',
    'https://169.254.169.254/latest/meta-data/',
    'https://[::1]/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://10.1.2.3/hook',
    'https://192.168.1.10/hook',
    'https://172.16.5.4/hook',
    'https://0.0.0.0/hook',
    'https://localhost/hook',
    'http://hooks.example.com/hook',
    'https://user:pw@hooks.example.com/hook',
  ]) {
    const answer = await errorOf(request, { type: 'webhook', url }, auth);
    expect(answer, url).toMatchObject({ status: 400, code: 'invalid_request', fields: ['url'] });
  }
});

test('refuses a link that is forged, expired, already used, for another purpose or another subscription', async ({
  request,
}) => {
  const email = unique('tokens');
  await request.post('/api/v1/subscriptions', { data: { type: 'email', email } });
  const [mail] = await waitForMails(dataDir, email);
  const confirm = linkIn(mail!, 'confirm').split('/').at(-1) ?? '';
  const unsubscribe = linkIn(mail!, 'unsubscribe').split('/').at(-1) ?? '';
  const [purpose, id, nonce] = confirm.split('.');
  // The signing key as the server's store keeps it (a file beside the page, or a row in PostgreSQL);
  // openStore hands out this process's shared store: other specs use it after this one, so it stays open.
  const secret = await openStore(mainStoreEnv()).secret(STORE_SECRET_NAME);
  const expired = signSubscriptionToken(
    {
      purpose: 'confirm',
      subscriberId: id ?? '',
      nonce: nonce ?? '',
      expiresAt: new Date(Date.now() - HOUR),
    },
    secret,
  );
  const confirmWith = (token: string) => request.post('/api/v1/subscriptions/confirm', { data: { token } });
  const forged = `${confirm.slice(0, -4)}AAAA`;
  expect(purpose).toBe('c');
  for (const [token, status, reason] of [
    [forged, 400, 'invalid'],
    [expired, 400, 'expired'],
    [unsubscribe, 400, 'invalid'],
    ['x'.repeat(400), 400, undefined],
    ['', 400, undefined],
  ] as const) {
    const response = await confirmWith(token);
    expect(response.status(), token).toBe(status);
    const body = (await response.json()) as { error: { code: string; details: { reason?: string }[] } };
    if (reason) expect(body.error.details[0]?.reason).toBe(reason);
  }
  expect((await confirmWith(confirm)).status()).toBe(200);
  const used = await confirmWith(confirm);
  expect(used.status()).toBe(409);
  expect(((await used.json()) as { error: { code: string } }).error.code).toBe('conflict');
  // The page a browser sees for a forged link says so, in words and with a 400.
  const page = await request.get(pathOf(`http://x/subscriptions/confirm/${forged}`));
  expect(page.status()).toBe(400);
  expect(await page.text()).toContain('This link is not valid.');
});

test('limits staff-free abuse of the API: webhooks and listings need staff', async ({ request }) => {
  expect((await request.get('/api/v1/subscriptions')).status()).toBe(401);
  expect((await request.delete('/api/v1/subscriptions/anything')).status()).toBe(401);
  expect(
    (
      await request.post('/api/v1/subscriptions', {
        data: { type: 'webhook', url: 'https://h.example.com' },
        headers: { Authorization: 'Bearer wrong' },
      })
    ).status(),
  ).toBe(401);
  expect((await request.post('/api/v1/notifications/preview', { data: {} })).status()).toBe(401);
});

test('the personal calendar feed holds only windows that touch the chosen components', async ({
  request,
}) => {
  const starts = new Date(Date.now() + 72 * HOUR).toISOString();
  const ends = new Date(Date.now() + 74 * HOUR).toISOString();
  const created = await request.post('/api/v1/maintenances', {
    headers: auth,
    data: {
      name: 'Campaign engine upgrade',
      scheduledFor: starts,
      scheduledUntil: ends,
      components: ['email-campaigns'],
    },
  });
  expect(created.status()).toBe(201);
  const feed = async (query: string) => (await request.get(`/api/v1/calendar.ics?${query}`)).text();
  const campaigns = await feed('lang=nb&components=email-campaigns');
  expect(campaigns).toContain('SUMMARY:Campaign engine upgrade');
  expect(campaigns).not.toContain('UID:system-maintenance@');
  const login = await feed('lang=nb&components=login');
  expect(login).not.toContain('Campaign engine upgrade');
  expect(login).toContain('UID:system-maintenance@');
  const all = await feed('lang=nb');
  expect(all).toContain('Campaign engine upgrade');
  expect(all).toContain('UID:system-maintenance@');
  const unknown = await request.get('/api/v1/calendar.ics?components=nope');
  expect(unknown.status()).toBe(400);
});

test('mail HTML renders in Chromium with nothing fetched from anywhere, and passes axe', async ({
  page,
  request,
}) => {
  const email = unique('html');
  await request.post('/api/v1/subscriptions', { headers: auth, data: { type: 'email', email, lang: 'nb' } });
  const starts = new Date(Date.now() + 50 * HOUR).toISOString();
  const ends = new Date(Date.now() + 52 * HOUR).toISOString();
  const created = await request.post('/api/v1/maintenances', {
    headers: auth,
    data: {
      name: 'Databaseoppgradering',
      body: 'Vi **oppgraderer** databasen.\n\n# Detaljer\n\nKort brudd.',
      scheduledFor: starts,
      scheduledUntil: ends,
    },
  });
  const { maintenance } = (await created.json()) as { maintenance: { id: string } };
  await request.patch(`/api/v1/maintenances/${maintenance.id}`, {
    headers: auth,
    data: {
      scheduledFor: new Date(Date.now() + 60 * HOUR).toISOString(),
      scheduledUntil: new Date(Date.now() + 61 * HOUR).toISOString(),
    },
  });
  await request.delete(`/api/v1/maintenances/${maintenance.id}`, { headers: auth });
  await request.post('/api/v1/incidents', {
    headers: auth,
    data: {
      name: 'Treg innlogging',
      status: 'investigating',
      impact: 'minor',
      body: 'Vi ser på det.',
      components: [{ id: 'login', status: 'degraded_performance' }],
    },
  });
  const mails = await waitForMails(dataDir, email, 4);
  const ics = mails
    .flatMap((m) => m.attachments.find((a) => a.contentType === 'text/calendar') ?? [])
    .map((a) => a.content.toString('utf8').replace(/\r\n /g, ''))
    .sort((a, b) => Number(/SEQUENCE:(\d+)/.exec(a)?.[1]) - Number(/SEQUENCE:(\d+)/.exec(b)?.[1]));
  expect(ics.map((c) => /SEQUENCE:(\d+)/.exec(c)?.[1])).toEqual(['0', '1', '2']);
  expect(ics.map((c) => /METHOD:(\w+)/.exec(c)?.[1])).toEqual(['REQUEST', 'REQUEST', 'CANCEL']);
  expect(new Set(ics.map((c) => /UID:(.+)/.exec(c)?.[1]?.trim())).size).toBe(1);

  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
  });
  for (const mail of mails) {
    await page.setContent(typeof mail.html === 'string' ? mail.html : '');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    expect(await page.locator('img, script, link, iframe, object').count()).toBe(0);
    const results = await axeOf(page).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
  expect(requests).toEqual([]);
});

test('the subscribe, confirm and unsubscribe pages pass axe', async ({ page, request }) => {
  await page.goto('/subscribe');
  expect((await axeOf(page).analyze()).violations.map((v) => v.id)).toEqual([]);
  const email = unique('axe');
  await request.post('/api/v1/subscriptions', { data: { type: 'email', email, lang: 'de' } });
  const [mail] = await waitForMails(dataDir, email);
  for (const kind of ['confirm', 'unsubscribe'] as const) {
    await page.goto(pathOf(linkIn(mail!, kind)));
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    expect((await axeOf(page).analyze()).violations.map((v) => v.id)).toEqual([]);
  }
});
