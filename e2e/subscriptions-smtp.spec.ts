import { expect, test } from '@playwright/test';
import { startSmtpSink, type SmtpSink } from '../lib/notify/test-support/smtp-sink';
import { startWebhookReceiver, type WebhookReceiver } from '../lib/notify/test-support/webhook-receiver';
import { addStaff } from './a11y-helpers';
import { auth } from './public-helpers';
import { startServer, type ExtraServer } from './support/server';
import { E2E_SMTP_PASSWORD, E2E_SMTP_USER, recordSecret } from './support/secrets';

/**
 * A server of its own with real parts around it: SMTP to an in-process smtp-server, webhooks to a local HTTP
 * receiver that checks the signature, and a fresh store so the rate limits count from zero.
 */
let smtp: SmtpSink;
let receiver: WebhookReceiver;
let server: ExtraServer;

test.beforeAll(async () => {
  // With a user and password in STATUS_SMTP_URL, which no log line may show.
  smtp = await startSmtpSink({ credentials: { user: E2E_SMTP_USER, pass: E2E_SMTP_PASSWORD } });
  receiver = await startWebhookReceiver();
  server = await startServer({
    portOffset: 41,
    env: {
      STATUS_SMTP_URL: smtp.url,
      STATUS_MAIL_FROM: 'SuperOffice Status <status@example.com>',
      STATUS_WEBHOOK_ALLOW_HTTP: '1',
      STATUS_WEBHOOK_ALLOWED_HOSTS: `127.0.0.1:${receiver.port}`,
    },
  });
});
test.afterAll(async () => {
  server?.stop();
  await smtp?.close();
  await receiver?.close();
});

const waitFor = async <T>(read: () => T | undefined, what: string): Promise<T> => {
  const until = Date.now() + 15_000;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`no ${what} within 15 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

test('the confirmation mail goes out over SMTP and a signed webhook reaches a real receiver', async ({
  request,
}) => {
  const sub = await request.post(`${server.baseURL}/api/v1/subscriptions`, {
    data: { type: 'email', email: 'smtp-reader@example.com', lang: 'da' },
  });
  expect(sub.status()).toBe(202);
  const received = await waitFor(() => smtp.received.find((m) => m.to === 'smtp-reader@example.com'), 'mail');
  const mail = await received.parse();
  expect(mail.subject).toBe('[SuperOffice CRM Online] Bekræft dit abonnement');
  expect(mail.from?.text).toBe('"SuperOffice Status" <status@example.com>');

  const hook = await request.post(`${server.baseURL}/api/v1/subscriptions`, {
    headers: auth,
    data: { type: 'webhook', url: receiver.url('/status-hook'), components: ['api'] },
  });
  expect(hook.status()).toBe(201);
  const { id, secret } = (await hook.json()) as { id: string; secret: string };
  receiver.secrets.set('/status-hook', secret);
  recordSecret(secret);
  const listed = await request.get(`${server.baseURL}/api/v1/subscriptions?type=webhook`, { headers: auth });
  expect(JSON.stringify(await listed.json())).not.toContain(secret);

  await request.patch(`${server.baseURL}/api/v1/components/api`, {
    headers: auth,
    data: { status: 'major_outage' },
  });
  const call = await waitFor(() => receiver.received.find((r) => r.path === '/status-hook'), 'webhook');
  expect(call.signatureValid).toBe(true);
  recordSecret(/v1=(\w+)/.exec(String(call.headers['x-status-signature']))?.[1]);
  expect(call.headers['x-status-event']).toBe('component.updated');
  expect(JSON.parse(call.body)).toMatchObject({
    component_update: { old_status: 'operational', new_status: 'major_outage', component_id: 'api' },
    component: { id: 'api', status: 'major_outage' },
  });
  // The receiver has the call; the dispatcher records the outcome a moment later.
  await expect
    .poll(async () => {
      const detail = await request.get(`${server.baseURL}/api/v1/subscriptions/${id}`, { headers: auth });
      return ((await detail.json()) as { deliveries: { state: string }[] }).deliveries[0]?.state;
    })
    .toBe('sent');
  await request.patch(`${server.baseURL}/api/v1/components/api`, {
    headers: auth,
    data: { status: 'operational' },
  });
});

test('five requests an hour per address, twenty per client: then 429 with Retry-After', async ({
  request,
}) => {
  const post = (email: string) =>
    request.post(`${server.baseURL}/api/v1/subscriptions`, { data: { type: 'email', email } });
  for (let i = 0; i < 5; i++) expect((await post('limit@example.com')).status()).toBe(202);
  const sixth = await post('limit@example.com');
  expect(sixth.status()).toBe(429);
  expect(Number(sixth.headers()['retry-after'])).toBeGreaterThan(3000);
  expect(((await sixth.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  // A forged X-Forwarded-For does not buy a fresh client count.
  const spoofed = await request.post(`${server.baseURL}/api/v1/subscriptions`, {
    data: { type: 'email', email: 'limit@example.com' },
    headers: { 'X-Forwarded-For': '203.0.113.9' },
  });
  expect(spoofed.status()).toBe(429);
  // Six requests from this client so far were let through (one in the test above, five here): fourteen more.
  let allowed = 0;
  for (let i = 0; i < 30; i++) {
    if ((await post(`client-${i}@example.com`)).status() === 429) break;
    allowed += 1;
  }
  expect(allowed).toBe(14);
});

test('the console shows webhooks with their secret once, subscribers per component, the outbox and a mail preview', async ({
  page,
}) => {
  addStaff(server.storeEnv, 'console@example.com', 'a long enough console password');
  await page.goto(`${server.baseURL}/admin/sign-in`);
  await page.getByLabel('Email address').fill('console@example.com');
  await page.getByLabel('Password').fill('a long enough console password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
  await page.goto(`${server.baseURL}/admin/webhooks`);
  await page.getByLabel('URL').fill(receiver.url('/console-hook'));
  await page.getByRole('button', { name: 'Add webhook' }).click();
  const secret = await page.getByTestId('new-webhook-secret').inputValue();
  expect(secret).toMatch(/^whsec_/);
  recordSecret(secret);
  await page.reload();
  await expect(page.getByTestId('new-webhook-secret')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: receiver.url('/console-hook') })).toBeVisible();

  await page.goto(`${server.baseURL}/admin/subscribers?q=limit`);
  await expect(page.getByTestId('subscriber-total')).toContainText('1 subscriber');
  await expect(page.getByRole('row', { name: /API and web services/ })).toBeVisible();
  await page.goto(`${server.baseURL}/admin/outbox`);
  await expect(page.getByTestId('outbox-counts')).toContainText('Sent');

  await page.goto(`${server.baseURL}/admin/incidents/new`);
  await page.getByLabel('Name', { exact: true }).fill('Preview check');
  await page.getByLabel('Message', { exact: true }).fill('We look into it.');
  await page.getByText('Preview the mail to subscribers').click();
  await page.getByRole('combobox', { name: /^Language/ }).selectOption('de');
  await page.getByRole('button', { name: 'Show preview' }).click();
  await expect(page.getByTestId('preview-subject')).toHaveText(
    '[SuperOffice CRM Online] Wird untersucht: Preview check',
  );
  await expect(page.frameLocator('iframe[title="Mail preview"]').locator('h1')).toHaveText(
    'Wird untersucht: Preview check',
  );
});
