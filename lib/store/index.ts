import { resolve } from 'node:path';
import { z } from 'zod';
import type { StoreDriver } from '@/lib/store/driver';
import { createFileStore } from '@/lib/store/file-store';

export type * from '@/lib/store/driver';
export type * from '@/lib/store/schema';

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
const registryKey = Symbol.for('superoffice-status.file-stores');

function registry(): Map<string, StoreDriver> {
  const existing: unknown = Reflect.get(globalThis, registryKey);
  if (existing instanceof Map) return existing;
  const created = new Map<string, StoreDriver>();
  Reflect.set(globalThis, registryKey, created);
  return created;
}

/** This process's store for the configured data folder. */
export function getStore(): StoreDriver {
  const dir = dataDir();
  const stores = registry();
  let store = stores.get(dir);
  if (!store) {
    store = createFileStore(dir);
    stores.set(dir, store);
  }
  return store;
}
