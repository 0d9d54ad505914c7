import { expect, test } from '@playwright/test';
import { E2E_API_TOKEN } from '../playwright.config';
import { startServer, type ExtraServer } from './support/server';
import { mainStoreEnv, openStore } from './support/store';

/** Two server processes on one store take 50 concurrent incident posts between them and lose none. */

const auth = { Authorization: `Bearer ${E2E_API_TOKEN}` };
let extra: ExtraServer | null = null;

/** The stored page read afresh, outside both servers. */
async function stored() {
  const store = openStore(mainStoreEnv());
  await store.sync();
  return (await store.load()).doc;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  extra = await startServer({ portOffset: 1, shared: true });
});

test.afterAll(async ({ request }) => {
  extra?.stop();
  const open = (await (await request.get('/api/v2/incidents/unresolved.json')).json()) as {
    incidents: { id: string }[];
  };
  await Promise.all(
    open.incidents.map((i) =>
      request.post(`/api/v1/incidents/${i.id}/resolve`, { headers: auth, data: { body: 'Done.' } }),
    ),
  );
});

test('50 concurrent incident posts across two processes: 50 incidents, revision + 50, 50 audit lines', async ({
  request,
  baseURL,
}) => {
  const before = await stored();
  const tag = `two-writers-${Date.now()}`;
  const posts = Array.from({ length: 50 }, (_, i) =>
    fetch(`${i % 2 === 0 ? baseURL : extra?.baseURL}/api/v1/incidents`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: `${tag} #${i}`,
        status: 'investigating',
        impact: 'none',
        body: `Post ${i}`,
      }),
    }),
  );
  const responses = await Promise.all(posts);
  const bodies = await Promise.all(
    responses.map((r) => r.json() as Promise<{ incident: { id: string }; revision: number }>),
  );
  expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));

  const after = await stored();
  expect(after.revision).toBe(before.revision + 50);
  const ids = new Set(bodies.map((b) => b.incident.id));
  expect(ids.size).toBe(50);
  expect(after.incidents.filter((i) => ids.has(i.id))).toHaveLength(50);
  expect(after.incidents.length).toBe(before.incidents.length + 50);
  // Every write got its own revision.
  expect(new Set(bodies.map((b) => b.revision)).size).toBe(50);

  const audit = (await (await request.get('/api/v1/audit?limit=1000', { headers: auth })).json()) as {
    entries: { action: string; target: string }[];
  };
  const lines = audit.entries.filter(
    (e) => e.action === 'incident.create' && ids.has(e.target.replace('incident:', '')),
  );
  expect(lines).toHaveLength(50);
  const kept = (await openStore(mainStoreEnv()).readAudit(1000)).filter((e) =>
    JSON.stringify(e).includes(tag),
  );
  expect(kept).toHaveLength(50);

  // Both processes serve the same, complete state.
  for (const origin of [baseURL, extra?.baseURL ?? '']) {
    const summary = (await (await fetch(`${origin}/api/v2/incidents/unresolved.json`)).json()) as {
      incidents: { id: string }[];
    };
    expect(summary.incidents.filter((i) => ids.has(i.id))).toHaveLength(50);
  }
});
