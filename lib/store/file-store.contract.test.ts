import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFileStore } from '@/lib/store/file-store';
import { describeStoreDriver } from '@/lib/store/test-fixtures/driver-contract';
import { makeTempDir } from '@/lib/store/test-fixtures/temp-dir';

describeStoreDriver('file', async () => {
  const { dir, cleanup } = makeTempDir();
  const file = join(dir, 'status.json');
  return {
    open: () => createFileStore(dir),
    damage: async () => writeFileSync(file, '{"version": 1, "revision": '),
    raw: async () => readFileSync(file, 'utf8'),
    sharedAcrossHandles: false,
    cleanup: async () => cleanup(),
  };
});
