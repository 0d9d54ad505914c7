import { expect, test } from '@playwright/test';
import { E2E_API_TOKEN } from '../playwright.config';
import {
  createDatabase,
  removeCluster,
  startCluster,
  startServer as startDatabase,
  stopServer as stopDatabase,
  type Cluster,
} from '../scripts/postgres/cluster';
import { startServer, type ExtraServer } from './support/server';
import { eventually } from './support/processes';

/**
 * The database stopped and started again under read load, on a PostgreSQL server of its own (E2E_PORT + 92):
 * no public read fails, writes answer 503 store_unavailable while it is down, and writes succeed again when it
 * is back, without restarting the app.
 */

test.describe.configure({ mode: 'serial' });

const auth = { Authorization: `Bearer ${E2E_API_TOKEN}`, 'Content-Type': 'application/json' };
const paths = [
  '/api/v2/summary.json',
  '/api/v2/status.json',
  '/',
  '/embed',
  '/badge.svg',
  '/history',
  '/calendar',
];
let cluster: Cluster;
let instances: ExtraServer[] = [];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  cluster = await startCluster({ port: Number(process.env.E2E_PORT ?? 3100) + 92 });
  const url = await createDatabase(cluster.adminUrl, 'outage');
  const storeEnv = { STATUS_DATA_DIR: '', STATUS_DATABASE_URL: url };
  instances = [await startServer({ portOffset: 75, storeEnv })];
  instances.push(await startServer({ portOffset: 76, storeEnv }));
});

test.afterAll(() => {
  for (const instance of instances) instance.stop();
  if (cluster) removeCluster(cluster);
});

function post(base: string, name: string): Promise<Response> {
  return fetch(`${base}/api/v1/incidents`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ name, status: 'investigating', impact: 'minor', body: 'Outage drill.' }),
  });
}

/** Public reads from eight loops over every instance and path until stopped; counts what did not answer 200. */
function readLoad() {
  const tally = { reads: 0, failed: [] as string[] };
  let running = true;
  const loops = Array.from({ length: 8 }, async (_, n) => {
    for (let i = n; running; i++) {
      const url = `${instances[i % instances.length]?.baseURL}${paths[i % paths.length]}`;
      try {
        const res = await fetch(url);
        await res.arrayBuffer();
        tally.reads++;
        if (res.status !== 200) tally.failed.push(`${url} → ${res.status}`);
      } catch (error) {
        tally.failed.push(`${url} → ${String(error)}`);
      }
    }
  });
  return {
    tally,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

test('reads never fail, writes answer 503 while the database is down and succeed again when it is back', async () => {
  test.setTimeout(180_000);
  const [first, second] = instances;
  if (!first || !second) throw new Error('no instances');
  expect((await post(first.baseURL, 'Before the outage')).status).toBe(201);
  for (const instance of instances) for (const path of paths) await fetch(`${instance.baseURL}${path}`);

  const load = readLoad();
  await new Promise((r) => setTimeout(r, 1000));
  stopDatabase(cluster);
  for (const instance of instances) {
    const refused = await post(instance.baseURL, 'During the outage');
    expect(refused.status).toBe(503);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('store_unavailable');
    expect(body.error.message).toMatch(/does not answer.*Nothing was written/);
  }
  // Readiness tells the truth through the store's health (the reason names the database, never its password),
  // and the failed writes are counted, while the reads go on.
  for (const instance of instances) {
    const ready = await fetch(`${instance.baseURL}/readyz`);
    expect(ready.status).toBe(503);
    const { reason } = (await ready.json()) as { reason: string };
    expect(reason).toMatch(/store is not available: the database .* does not answer/);
    const metrics = await fetch(`${instance.baseURL}/metrics`, {
      headers: { Authorization: auth.Authorization },
    });
    expect(await metrics.text()).toMatch(/status_store_write_failures_total\{driver="postgres"\} [1-9]/);
  }
  await new Promise((r) => setTimeout(r, 3000));
  const readsWhileDown = load.tally.reads;
  startDatabase(cluster);

  const back: Record<string, number> = {};
  for (const instance of instances) {
    const started = Date.now();
    for (;;) {
      const res = await post(instance.baseURL, `After the outage ${instance.baseURL}`);
      if (res.status === 201) break;
      expect(res.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(30_000);
      await new Promise((r) => setTimeout(r, 200));
    }
    back[instance.baseURL] = Date.now() - started;
  }
  for (const instance of instances)
    expect(await eventually(async () => (await fetch(`${instance.baseURL}/readyz`)).ok, 10_000)).toBe(true);
  await new Promise((r) => setTimeout(r, 1000));
  await load.stop();

  expect(load.tally.failed).toEqual([]);
  expect(readsWhileDown).toBeGreaterThan(0);
  // The write made while the database was down left no trace; the ones after it are on both instances.
  for (const instance of instances) {
    const open = await (await fetch(`${instance.baseURL}/api/v2/incidents/unresolved.json`)).text();
    expect(open).not.toContain('During the outage');
    for (const other of instances) expect(open).toContain(`After the outage ${other.baseURL}`);
  }
  test.info().annotations.push({ type: 'reads', description: `${load.tally.reads} public reads, 0 failed` });
});
