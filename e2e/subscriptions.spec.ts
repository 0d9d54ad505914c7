import { expect, test, type APIRequestContext } from '@playwright/test';
import { auth, resolveAllIncidents } from './public-helpers';
import { headerLine, linkIn, pathOf, waitForMails, mailsTo } from './support/mail';

/** Subscriptions on the e2e server (mail written as .eml files): sign-up, confirm, mail, manage, unsubscribe. */

const dataDir = process.env.E2E_DATA_DIR ?? '';
const unique = (name: string) => `${name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

// Incidents posted here must not colour the pages that later specs photograph.
test.afterEach(async ({ request }) => {
  await resolveAllIncidents(request);
});

async function staffSubscriber(request: APIRequestContext, data: Record<string, unknown>): Promise<string> {
  const response = await request.post('/api/v1/subscriptions', {
    headers: auth,
    data: { type: 'email', ...data },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function subscription(request: APIRequestContext, id: string) {
  const response = await request.get(`/api/v1/subscriptions/${id}`, { headers: auth });
  return response.ok()
    ? ((await response.json()) as { subscription: Record<string, unknown> }).subscription
    : null;
}

test.describe('sign-up without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form asks for a confirmation that only a POST gives, in the chosen language', async ({
    page,
    request,
  }) => {
    const email = unique('nojs');
    await page.goto('/nb/subscribe');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Abonner på oppdateringer');
    await page.getByLabel('E-postadresse').fill(email);
    await page.getByLabel('Innlogging (SuperID)').check();
    await page.getByLabel('Språk').selectOption('sv');
    await page.getByLabel('Tidssone').selectOption('Asia/Tokyo');
    await page.getByRole('button', { name: 'Abonner' }).click();
    await expect(page.getByRole('status')).toContainText('Sjekk innboksen din');

    const [mail] = await waitForMails(dataDir, email);
    expect(mail?.subject).toBe('[SuperOffice CRM Online] Bekräfta din prenumeration');
    expect(headerLine(mail!, 'list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(mail?.text).toContain('/api/v1/calendar.ics?lang=sv&components=login');
    const confirm = pathOf(linkIn(mail!, 'confirm'));

    // A mail scanner opening the link confirms nothing.
    await page.goto(confirm);
    await expect(page.getByRole('button')).toHaveCount(1);
    const list = await request.get(`/api/v1/subscriptions?search=${encodeURIComponent(email)}`, {
      headers: auth,
    });
    const [pending] = (
      (await list.json()) as { subscriptions: { id: string; state: string; timeZone: string }[] }
    ).subscriptions;
    expect(pending).toMatchObject({ state: 'pending', timeZone: 'Asia/Tokyo' });

    await page.getByRole('button', { name: 'Bekräfta prenumerationen' }).click();
    await expect(page.getByRole('status')).toContainText('Din prenumeration är bekräftad');
    expect(await subscription(request, pending!.id)).toMatchObject({ state: 'confirmed', lang: 'sv' });
    const again = await request.post(confirm);
    expect(again.status()).toBe(409);
  });
});

test('an id, search or component holding U+0000 finds nothing, on either store, without an error', async ({
  request,
}) => {
  const everything = unique('nul-everything');
  const id = await staffSubscriber(request, { email: everything, components: [] });
  const one = await request.get('/api/v1/subscriptions/%00', { headers: auth });
  expect(one.status()).toBe(404);
  expect((await one.json()).error.code).toBe('not_found');
  expect((await request.head(`/api/v1/subscriptions/${id}%00`, { headers: auth })).status()).toBe(404);
  const search = await request.get('/api/v1/subscriptions?search=%00', { headers: auth });
  expect(search.status()).toBe(200);
  expect(await search.json()).toEqual({ subscriptions: [], total: 0 });
  // A component nobody names: those who follow everything still get its events.
  const byComponent = await request.get(
    `/api/v1/subscriptions?component=%00&search=${encodeURIComponent(everything)}`,
    { headers: auth },
  );
  expect(byComponent.status()).toBe(200);
  expect((await byComponent.json()).subscriptions.map((s: { id: string }) => s.id)).toEqual([id]);
  const signUp = await request.post('/api/v1/subscriptions', {
    data: { type: 'email', email: unique('nul\u0000') },
  });
  expect(signUp.status()).toBe(400);
  expect((await signUp.json()).error.details).toEqual([
    { field: 'email', problem: 'may not contain U+0000 (NUL)' },
  ]);
});

test('an address gets the same answer whether known or not, and no other mail before it confirms', async ({
  request,
}) => {
  const known = unique('known');
  await staffSubscriber(request, { email: known });
  const fresh = unique('fresh');
  for (const email of [known, fresh]) {
    const response = await request.post('/api/v1/subscriptions', { data: { type: 'email', email } });
    expect(response.status()).toBe(202);
    expect(await response.json()).toEqual({ status: 'pending' });
  }
  const created = await request.post('/api/v1/incidents', {
    headers: auth,
    data: { name: 'Sign-up check', status: 'investigating', impact: 'none', body: 'Checking.' },
  });
  expect(created.status()).toBe(201);
  const knownMails = await waitForMails(dataDir, known, 2);
  expect(knownMails.map((m) => m.subject).sort()).toEqual([
    '[SuperOffice CRM Online] Investigating: Sign-up check',
    '[SuperOffice CRM Online] You are already subscribed',
  ]);
  expect(knownMails.some((m) => (m.text ?? '').includes('/subscriptions/confirm/'))).toBe(false);
  await waitForMails(dataDir, fresh);
  // The unconfirmed address got its confirmation and nothing else.
  expect((await mailsTo(dataDir, fresh)).map((m) => m.subject)).toEqual([
    '[SuperOffice CRM Online] Confirm your subscription',
  ]);
});

test('an incident reaches the subscribers it touches, in their language and zone, and notify:false sends nothing', async ({
  request,
}) => {
  const login = unique('login-de');
  const api = unique('api-only');
  await staffSubscriber(request, {
    email: login,
    components: ['login'],
    lang: 'de',
    timeZone: 'America/New_York',
  });
  await staffSubscriber(request, { email: api, components: ['api'] });
  const created = await request.post('/api/v1/incidents', {
    headers: auth,
    data: {
      name: 'Anmeldung langsam',
      status: 'investigating',
      impact: 'minor',
      body: 'Wir prüfen das.',
      components: [{ id: 'login', status: 'degraded_performance' }],
    },
  });
  const { incident } = (await created.json()) as { incident: { id: string } };
  const updates = `/api/v1/incidents/${incident.id}/updates`;
  const quiet = await request.post(updates, {
    headers: auth,
    data: { status: 'identified', body: 'Quiet.', notify: false },
  });
  expect(quiet.status()).toBe(201);
  await request.post(updates, { headers: auth, data: { status: 'resolved', body: 'Behoben.' } });
  const mails = await waitForMails(dataDir, login, 2);
  expect(mails.map((m) => m.subject).sort()).toEqual([
    '[SuperOffice CRM Online] Behoben: Anmeldung langsam',
    '[SuperOffice CRM Online] Wird untersucht: Anmeldung langsam',
  ]);
  for (const mail of mails) {
    expect(mail.text).toMatch(/\(UTC-0[45]:00\)/);
    expect(mail.text).toContain('Zeiten in America/New_York.');
  }
  expect(await mailsTo(dataDir, api)).toEqual([]);
});

test('one-click unsubscribe removes exactly that subscription; a POST without the one-click body is refused', async ({
  request,
  page,
}) => {
  const leaving = unique('leaving');
  const staying = unique('staying');
  const leavingId = await staffSubscriber(request, { email: leaving });
  const stayingId = await staffSubscriber(request, { email: staying });
  await request.post('/api/v1/subscriptions', { data: { type: 'email', email: leaving } });
  const [mail] = await waitForMails(dataDir, leaving);
  const header = headerLine(mail!, 'list-unsubscribe') ?? '';
  const url = pathOf(/<([^>]+)>/.exec(header)?.[1] ?? '');
  await page.goto(url);
  await expect(page.getByRole('button', { name: 'Unsubscribe' })).toBeVisible();
  expect(await subscription(request, leavingId)).not.toBeNull();

  const bare = await request.post(url);
  expect(bare.status()).toBe(400);
  expect(((await bare.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
  const oneClick = await request.post(url, { form: { 'List-Unsubscribe': 'One-Click' } });
  expect(oneClick.status()).toBe(200);
  expect(await oneClick.json()).toEqual({ status: 'unsubscribed' });
  expect(await subscription(request, leavingId)).toBeNull();
  expect(await subscription(request, stayingId)).toMatchObject({ state: 'confirmed' });
  expect((await request.post(url, { form: { 'List-Unsubscribe': 'One-Click' } })).status()).toBe(200);
});

test('the manage link changes services, language and zone; it cannot touch another subscription', async ({
  page,
  request,
}) => {
  const email = unique('manage');
  const otherId = await staffSubscriber(request, { email: unique('other') });
  const id = await staffSubscriber(request, { email, lang: 'nl' });
  await request.post('/api/v1/subscriptions', { data: { type: 'email', email } });
  const [mail] = await waitForMails(dataDir, email);
  const manage = pathOf(linkIn(mail!, 'manage'));
  await page.goto(manage);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw abonnement');
  await page.getByLabel('API en webservices').check();
  await page.getByLabel('Taal').selectOption('da');
  await page.getByLabel('Tijdzone').selectOption('Europe/Copenhagen');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('Uw wijzigingen zijn opgeslagen.');
  expect(await subscription(request, id)).toMatchObject({
    components: ['api'],
    lang: 'da',
    timeZone: 'Europe/Copenhagen',
  });

  const token = manage.split('/').at(-1)?.split('?')[0] ?? '';
  const stolen = await request.patch(`/api/v1/subscriptions/${otherId}`, { data: { token, lang: 'de' } });
  expect(stolen.status()).toBe(403);
  expect(((await stolen.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  expect(await subscription(request, otherId)).toMatchObject({ lang: 'en' });
});
