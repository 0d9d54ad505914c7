import { expect, test } from '@playwright/test';
import { E2E_API_TOKEN } from '../playwright.config';
import { startServer, type ExtraServer } from './support/server';
import { freshStoreEnv, openStore, type StoreEnv } from './support/store';

/**
 * Three instances of the app on one PostgreSQL database, as behind a load balancer: concurrent writes spread
 * over them lose nothing and every instance shows the result within a second; an instance killed with SIGKILL
 * in the middle of writes leaves nothing half-written and the others carry on.
 */

test.describe.configure({ mode: 'serial' });

const auth = { Authorization: `Bearer ${E2E_API_TOKEN}`, 'Content-Type': 'application/json' };
let storeEnv: StoreEnv;
let instances: ExtraServer[] = [];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  storeEnv = await freshStoreEnv();
  // The first instance migrates and seeds the database; the other two start against it together.
  instances = [await startServer({ portOffset: 70, storeEnv })];
  instances.push(...(await Promise.all([71, 72].map((portOffset) => startServer({ portOffset, storeEnv })))));
});

test.afterAll(() => {
  for (const instance of instances) instance.stop();
});

function postIncident(base: string, name: string): Promise<Response> {
  return fetch(`${base}/api/v1/incidents`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ name, status: 'investigating', impact: 'none', body: `${name}.` }),
  });
}

async function storedState() {
  const store = openStore(storeEnv);
  const { doc } = await store.load();
  const audit = await store.readAudit(100_000);
  return { doc, audit };
}

/** Polls every instance until `check` holds on each, and says how long the slowest took. */
async function allInstancesShow(path: string, check: (body: string) => boolean): Promise<number> {
  const started = Date.now();
  await Promise.all(
    instances.map(async (instance) => {
      for (;;) {
        if (check(await (await fetch(`${instance.baseURL}${path}`)).text())) return;
        if (Date.now() - started > 10_000)
          throw new Error(`${instance.baseURL}${path} never showed the write`);
        await new Promise((r) => setTimeout(r, 20));
      }
    }),
  );
  return Date.now() - started;
}

test('300 concurrent writes spread over three instances: none lost, revision + 300, 300 audit entries, all instances current within a second', async () => {
  test.setTimeout(180_000);
  // Warm every instance's response cache, so that a stale copy is what it would serve.
  for (const instance of instances) await fetch(`${instance.baseURL}/api/v2/incidents/unresolved.json`);
  const before = await storedState();
  const tag = `spread-${Date.now()}`;
  const responses = await Promise.all(
    Array.from({ length: 300 }, (_, i) => postIncident(instances[i % 3]?.baseURL ?? '', `${tag} #${i}`)),
  );
  expect(responses.map((r) => r.status)).toEqual(Array(300).fill(201));
  const bodies = (await Promise.all(responses.map((r) => r.json()))) as {
    incident: { id: string };
    revision: number;
  }[];
  const finalRevision = Math.max(...bodies.map((b) => b.revision));

  const after = await storedState();
  expect(after.doc.revision).toBe(before.doc.revision + 300);
  expect(finalRevision).toBe(after.doc.revision);
  expect(new Set(bodies.map((b) => b.revision)).size).toBe(300);
  const ids = new Set(bodies.map((b) => b.incident.id));
  expect(after.doc.incidents.filter((i) => ids.has(i.id))).toHaveLength(300);
  const created = after.audit.filter(
    (e) => e.action === 'incident.create' && JSON.stringify(e).includes(tag),
  );
  expect(created).toHaveLength(300);
  expect(after.audit.length - before.audit.length).toBe(300);

  const lastName = `${tag} #${bodies.findIndex((b) => b.revision === finalRevision)}`;
  const tookMs = await allInstancesShow('/api/v2/incidents/unresolved.json', (body) =>
    body.includes(`"${lastName}"`),
  );
  expect(tookMs).toBeLessThan(1000);
});

test('an instance killed with SIGKILL in the middle of writes: nothing half-written, the others carry on', async () => {
  test.setTimeout(120_000);
  const [victim, ...survivors] = instances;
  if (!victim) throw new Error('no instances');
  const before = await storedState();
  const tag = `crash-${Date.now()}`;
  let answered = 0;
  const writes = Array.from({ length: 120 }, (_, i) =>
    postIncident(instances[i % 3]?.baseURL ?? '', `${tag} #${i}`).then(
      (r) => {
        answered++;
        return { i, status: r.status };
      },
      () => ({ i, status: 0 }),
    ),
  );
  while (answered < 20) await new Promise((r) => setTimeout(r, 5));
  victim.crash();
  instances = survivors;
  const results = await Promise.all(writes);

  // Every write to a surviving instance was answered and stored.
  const toSurvivors = results.filter((r) => r.i % 3 !== 0);
  expect(toSurvivors.map((r) => r.status)).toEqual(Array(toSurvivors.length).fill(201));
  const after = await storedState();
  const stored = after.doc.incidents.filter((i) => i.name.startsWith(`${tag} #`));
  const audited = after.audit.filter(
    (e) => e.action === 'incident.create' && JSON.stringify(e).includes(tag),
  );
  // Nothing half-written: each stored incident has its one audit entry and its own revision, and no more.
  expect(audited).toHaveLength(stored.length);
  expect(after.doc.revision - before.doc.revision).toBe(stored.length);
  expect(stored.length).toBeGreaterThanOrEqual(toSurvivors.length);
  for (const r of results.filter((r) => r.status === 201)) {
    expect(stored.some((i) => i.name === `${tag} #${r.i}`)).toBe(true);
  }

  // The survivors carry on.
  const next = await postIncident(survivors[0]?.baseURL ?? '', `${tag} after`);
  expect(next.status).toBe(201);
  await allInstancesShow('/api/v2/incidents/unresolved.json', (body) => body.includes(`"${tag} after"`));
});
