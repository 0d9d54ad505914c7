import { createFileStore } from '@/lib/store/file-store';
import { describeSubscriptionStore } from '@/lib/store/test-fixtures/subscription-contract';
import { makeTempDir } from '@/lib/store/test-fixtures/temp-dir';

describeSubscriptionStore('file driver', async () => {
  const { dir, cleanup } = makeTempDir();
  return { driver: createFileStore(dir), cleanup, another: async () => createFileStore(dir) };
});
