import { expect, test } from '@playwright/test';
import { E2E_API_TOKEN } from '../playwright.config';
import { startServer, type ExtraServer } from './support/server';
import { onPostgres, openStore } from './support/store';

/** X-Forwarded-For is believed only from STATUS_TRUSTED_PROXIES; the throttle and the audit log see the real client. */

async function failedSignIns(server: ExtraServer, count: number, tag: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${server.baseURL}/api/v1/auth/sign-in`, {
      method: 'POST',
      // A new account and a new claimed address every time: only the real address can tie them together.
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i + 1}` },
      body: JSON.stringify({ email: `${tag}-${i}@example.com`, password: 'not the right password' }),
    });
    statuses.push(res.status);
  }
  return statuses;
}

async function auditedAddress(server: ExtraServer, forwardedFor: string): Promise<string | undefined> {
  const res = await fetch(`${server.baseURL}/api/v1/incidents`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${E2E_API_TOKEN}`,
      'content-type': 'application/json',
      'x-forwarded-for': forwardedFor,
    },
    body: JSON.stringify({ name: 'Audited', status: 'investigating', impact: 'minor', body: 'x' }),
  });
  expect(res.status).toBe(201);
  const [last] = await openStore(server.storeEnv).readAudit(1);
  return last?.address;
}

/** Public sign-ups, each from a new address, as `forwardedFor` claims to be; returns the statuses. */
async function signUps(server: ExtraServer, count: number, tag: string, forwardedFor: (i: number) => string) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${server.baseURL}/api/v1/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor(i) },
      body: JSON.stringify({ type: 'email', email: `${tag}-${i}@example.com` }),
    });
    statuses.push(res.status);
  }
  return statuses;
}

/** A staff sign-up of a subscriber (confirmed at once), audited with the address it came from. */
async function auditedSubscription(server: ExtraServer, forwardedFor: string): Promise<string | undefined> {
  const res = await fetch(`${server.baseURL}/api/v1/subscriptions`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${E2E_API_TOKEN}`,
      'content-type': 'application/json',
      'x-forwarded-for': forwardedFor,
    },
    body: JSON.stringify({ type: 'email', email: `audited-${Date.now()}@example.com` }),
  });
  expect(res.status).toBe(201);
  const [last] = await openStore(server.storeEnv).readAudit(1);
  expect(last?.action).toMatch(/^subscription\./);
  return last?.address;
}

test('a spoofed X-Forwarded-For from an untrusted peer cannot escape the sign-in throttle', async () => {
  const server = await startServer({ portOffset: 64 });
  try {
    const statuses = await failedSignIns(server, 7, 'spoof');
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(await auditedAddress(server, '203.0.113.50')).toBe('127.0.0.1');
    // The subscription limit of 20 sign-ups per client an hour counts the socket's address, whatever is claimed
    // (subscribers are kept by the file store so far).
    if (onPostgres()) return;
    const subscribed = await signUps(server, 21, 'spoof', (i) => `198.51.100.${i + 1}`);
    expect(subscribed.slice(0, 20)).toEqual(Array(20).fill(202));
    expect(subscribed[20]).toBe(429);
    expect(await auditedSubscription(server, '203.0.113.51')).toBe('127.0.0.1');
  } finally {
    server.stop();
  }
});

test('behind a trusted proxy, each forwarded client is counted on its own and audited by its address', async () => {
  const server = await startServer({ portOffset: 65, env: { STATUS_TRUSTED_PROXIES: '127.0.0.0/8' } });
  try {
    expect(await failedSignIns(server, 7, 'proxied')).toEqual(Array(7).fill(401));
    expect(await auditedAddress(server, '6.6.6.6, 203.0.113.50')).toBe('203.0.113.50');
    // Behind the proxy each forwarded client has its own subscription limit.
    if (onPostgres()) return;
    const first = await signUps(server, 21, 'proxied-a', () => '6.6.6.6, 203.0.113.60');
    expect(first.slice(0, 20)).toEqual(Array(20).fill(202));
    expect(first[20]).toBe(429);
    expect(await signUps(server, 1, 'proxied-b', () => '203.0.113.61')).toEqual([202]);
    expect(await auditedSubscription(server, '6.6.6.6, 203.0.113.52')).toBe('203.0.113.52');
  } finally {
    server.stop();
  }
});
