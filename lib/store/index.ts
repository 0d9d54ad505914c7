import { resolve } from 'node:path';
import { z } from 'zod';
import type { StoreDriver } from '@/lib/store/driver';
import { createFileStore } from '@/lib/store/file-store';
import { PgStore } from '@/lib/store/postgres/pg-store';
import { pgSettingsFromEnv } from '@/lib/store/postgres/pg-settings';
import { observedStore } from '@/lib/store/write-observer';

export type * from '@/lib/store/driver';
export type * from '@/lib/store/schema';
export { writeMailFile } from '@/lib/store/mail-files';

const envSchema = z.object({
  STATUS_DATA_DIR: z
    .string()
    .optional()
    .transform((value) => value?.trim() || undefined),
});

/** The data folder: `STATUS_DATA_DIR`, or `./data` under the working directory. */
export function dataDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(process.cwd(), envSchema.parse(env).STATUS_DATA_DIR ?? 'data');
}

// On globalThis, so the separate module graphs Next builds (route handlers, pages, instrumentation) share one store.
const registryKey = Symbol.for('superoffice-status.stores');

function registry(): Map<string, StoreDriver> {
  const existing: unknown = Reflect.get(globalThis, registryKey);
  if (existing instanceof Map) return existing;
  const created = new Map<string, StoreDriver>();
  Reflect.set(globalThis, registryKey, created);
  return created;
}

/**
 * This process's store: PostgreSQL when STATUS_DATABASE_URL is set (several instances share it), else the JSON
 * files in the data folder.
 */
export function getStore(env: Record<string, string | undefined> = process.env): StoreDriver {
  const pg = pgSettingsFromEnv(env);
  const key = pg ? `pg:${pg.url}` : dataDir(env);
  const stores = registry();
  let store = stores.get(key);
  if (!store) {
    store = pg ? observedStore(new PgStore(pg), 'postgres') : observedStore(createFileStore(key), 'file');
    stores.set(key, store);
  }
  return store;
}

/** Where the store lives, for messages: the database (without credentials) or the data folder. */
export function storeLocation(env: Record<string, string | undefined> = process.env): string {
  const store = getStore(env);
  return store instanceof PgStore ? store.database : dataDir(env);
}
