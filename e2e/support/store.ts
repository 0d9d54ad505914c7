import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getStore } from '../../lib/store';
import type { StoreDriver } from '../../lib/store/driver';
import { createDatabase } from '../../scripts/postgres/cluster';
import { withDatabasePassword } from '../../playwright.config';

/**
 * Where a test server keeps its store. The suite runs once on the JSON files and once on PostgreSQL
 * (E2E_STORE=postgres, set by scripts/test.mjs); tests name stores through these helpers, never by path.
 */
export type StoreEnv = { STATUS_DATA_DIR: string; STATUS_DATABASE_URL: string };

export const onPostgres = () => process.env.E2E_STORE === 'postgres';

/** The store of the suite's main server (playwright.config.ts). */
export function mainStoreEnv(): StoreEnv {
  return {
    STATUS_DATA_DIR: process.env.E2E_DATA_DIR ?? '',
    STATUS_DATABASE_URL: onPostgres() ? withDatabasePassword(process.env.E2E_DATABASE_URL ?? '') : '',
  };
}

/** A new, empty store: a temporary folder, and on PostgreSQL a new database on the test server. */
export async function freshStoreEnv(): Promise<StoreEnv> {
  const dir = mkdtempSync(join(tmpdir(), 'status-e2e-extra-'));
  if (!onPostgres()) return { STATUS_DATA_DIR: dir, STATUS_DATABASE_URL: '' };
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('TEST_DATABASE_URL is not set (scripts/test.mjs starts the test server)');
  const url = await createDatabase(admin, `e2e_${randomBytes(5).toString('hex')}`);
  return { STATUS_DATA_DIR: dir, STATUS_DATABASE_URL: withDatabasePassword(url) };
}

/** The store a server with `env` uses, opened in the test process as the server's CLI would open it. */
export function openStore(env: StoreEnv): StoreDriver {
  return getStore(env);
}
