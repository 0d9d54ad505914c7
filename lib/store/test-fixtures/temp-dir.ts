import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeDocumentSchema, type StoreDocument } from '@/lib/store/schema';

/** A fresh folder per test, removed by the returned function. */
export function makeTempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'status-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Parse and validate a store file the way an operator's tool would, independent of the store's cache. */
export function readValidDocument(path: string): StoreDocument {
  return storeDocumentSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}
