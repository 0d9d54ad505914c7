import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
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
