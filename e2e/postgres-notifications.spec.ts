import { expect, test } from '@playwright/test';
import { startSmtpSink, type SmtpSink } from '../lib/notify/test-support/smtp-sink';
import { auth } from './public-helpers';
import { startServer, type ExtraServer } from './support/server';
import { freshStoreEnv, openStore, type StoreEnv } from './support/store';

/**
 * Two instances on one PostgreSQL database, each with its notification dispatcher, mailing one real SMTP server:
 * a sign-up on one is confirmed on the other, and an incident posted on the first reaches the subscriber once.
 */
test.describe.configure({ mode: 'serial' });

let smtp: SmtpSink;
let storeEnv: StoreEnv;
let instances: ExtraServer[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  smtp = await startSmtpSink();
  storeEnv = await freshStoreEnv();
  const env = { STATUS_SMTP_URL: smtp.url, STATUS_MAIL_FROM: 'SuperOffice Status <status@example.com>' };
  instances = [await startServer({ portOffset: 80, storeEnv, env })];
  instances.push(await startServer({ portOffset: 81, storeEnv, env }));
});

test.afterAll(async () => {
  for (const instance of instances) instance.stop();
  await smtp?.close();
});

const mailsTo = (address: string) => smtp.received.filter((m) => m.to === address);

test('a confirmed subscriber gets an incident posted on one of two instances exactly once', async ({
  request,
}) => {
  const [a, b] = instances as [ExtraServer, ExtraServer];
  const address = 'two-instances@example.com';
  const signUp = await request.post(`${b.baseURL}/api/v1/subscriptions`, {
    data: { type: 'email', email: address },
  });
  expect(signUp.status()).toBe(202);
  await expect.poll(() => mailsTo(address).length, { timeout: 20_000 }).toBe(1);
  const confirmation = await mailsTo(address)[0]!.parse();
  const token = /\/subscriptions\/confirm\/([^\s"<>]+)/.exec(confirmation.text ?? '')?.[1];
  expect(token).toBeTruthy();
  const confirmed = await request.post(`${a.baseURL}/api/v1/subscriptions/confirm`, { data: { token } });
  expect(confirmed.status()).toBe(200);

  const incident = await request.post(`${a.baseURL}/api/v1/incidents`, {
    headers: auth,
    data: { name: 'Mail once', status: 'investigating', impact: 'minor', body: 'Looking into it.' },
  });
  expect(incident.status()).toBe(201);
  await expect.poll(() => mailsTo(address).length, { timeout: 20_000 }).toBe(2);
  const mail = await mailsTo(address)[1]!.parse();
  expect(mail.subject).toContain('Mail once');

  // The delivery is recorded as sent, and both dispatchers have had time for several more rounds since.
  const store = openStore(storeEnv);
  try {
    await expect
      .poll(async () => (await store.notifications.countDeliveries()).sent, { timeout: 20_000 })
      .toBe(2);
    await new Promise((r) => setTimeout(r, 3_000));
    expect(mailsTo(address)).toHaveLength(2);
    expect(await store.notifications.countDeliveries()).toMatchObject({ sent: 2, queued: 0, sending: 0 });
  } finally {
    await store.close();
  }
});
