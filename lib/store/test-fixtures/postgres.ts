import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, inject } from 'vitest';
import type { Actor } from '@/lib/store/driver';
import { createDatabase } from '@/scripts/postgres/cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The `postgres` database of the throwaway server the test run started (postgres-global-setup.ts). */
    postgresAdminUrl: string;
  }
}

/** A new, empty database on the test server, dropped (with any connection left open) by `drop`. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const url = await createDatabase(adminUrl, name);
  const drop = async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
  return { url, drop };
}

/** Settings for a test store: quick revision checks, short waits. */
export function testSettings(url: string, overrides: { pollMs?: number; connectTimeoutMs?: number } = {}) {
  return { url, poolMax: 5, connectTimeoutMs: 2_000, pollMs: 100, lockTimeoutMs: 10_000, ...overrides };
}

/** Runs one statement as an operator would in psql, outside the store. */
export async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A staff write's options, for tests that write through a store. */
export const staffWrite = {
  now: new Date('2026-03-01T12:00:00.000Z'),
  actor: { kind: 'staff', id: 'staff-1', name: 'ops@example.com' } satisfies Actor,
};

/**
 * Fresh databases and stores on them for the tests of one file, closed and dropped after each test.
 * Call at the top of the file.
 */
export function pgStoresPerTest<S extends { close(): Promise<void> }>(
  make: (settings: ReturnType<typeof testSettings>) => S,
) {
  const stores: S[] = [];
  const drops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await Promise.all(drops.splice(0).map((drop) => drop()));
  });
  return {
    async database(): Promise<string> {
      const db = await freshDatabase();
      drops.push(db.drop);
      return db.url;
    },
    open(url: string, overrides: Parameters<typeof testSettings>[1] = {}): S {
      const store = make(testSettings(url, overrides));
      stores.push(store);
      return store;
    },
  };
}
