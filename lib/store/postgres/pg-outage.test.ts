import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomainError } from '@/lib/core/errors';
import type { Actor } from '@/lib/store/driver';
import { PgStore } from '@/lib/store/postgres/pg-store';
import { testSettings } from '@/lib/store/test-fixtures/postgres';
import {
  createDatabase,
  removeCluster,
  startCluster,
  startServer,
  stopServer,
  type Cluster,
} from '@/scripts/postgres/cluster';

/** A server of its own (E2E_PORT + 91), so stopping it disturbs no other test. */
const port = Number(process.env.TEST_PG_OUTAGE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 91);
const actor: Actor = { kind: 'staff', id: 'staff-1', name: 'ops@example.com' };
const write = {
  now: new Date('2026-03-01T12:00:00.000Z'),
  actor,
  audit: () => ({ action: 'page.rename', target: 'page' }),
};
let cluster: Cluster;
let url: string;

beforeAll(async () => {
  cluster = await startCluster({ port });
  url = await createDatabase(cluster.adminUrl, 'outage');
});
afterAll(() => removeCluster(cluster));

const rename = (name: string) => (draft: { page: { name: string } }) => void (draft.page.name = name);

describe('the database stopped and started again', () => {
  it('serves the last good page, answers writes 503 with nothing half-written, and recovers by itself', async () => {
    const store = new PgStore(testSettings(url, { connectTimeoutMs: 1_000 }));
    try {
      await store.update(rename('Before the outage'), write);
      stopServer(cluster);

      const during = await store.load();
      expect(during.doc.page.name).toBe('Before the outage');
      expect(during.problem?.problem).toMatch(/does not answer/);
      const refused: unknown = await store.update(rename('During'), write).catch((e: unknown) => e);
      expect(isDomainError(refused) && refused.code).toBe('store_unavailable');
      expect((refused as Error).message).toMatch(/Nothing was written/);
      expect(await store.health()).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/does not answer/),
      });

      startServer(cluster);
      let after: Awaited<ReturnType<PgStore['update']>> | null = null;
      for (let i = 0; i < 100 && !after; i++) {
        after = await store.update(rename('After'), write).catch(() => null);
        if (!after) await new Promise((r) => setTimeout(r, 100));
      }
      // The refused write left no trace: one revision for the one write that succeeded.
      expect(after?.doc.revision).toBe(3);
      expect((await store.load()).problem).toBeNull();
      expect(await store.health()).toEqual({ ok: true });
      const audit = await store.readAudit(10);
      expect(audit.map((e) => e.revision)).toEqual(
        [3, 2, 1].filter((r) => audit.some((e) => e.revision === r)),
      );
    } finally {
      await store.close();
    }
  });
});
