import { PgStore } from '@/lib/store/postgres/pg-store';
import { describeStoreDriver } from '@/lib/store/test-fixtures/driver-contract';
import { freshDatabase, sql, testSettings } from '@/lib/store/test-fixtures/postgres';

describeStoreDriver('PostgreSQL', async () => {
  const { url, drop } = await freshDatabase();
  return {
    open: () => new PgStore(testSettings(url)),
    damage: async () => {
      await sql(url, `UPDATE status_document SET revision = revision + 1, body = '{"version": 1}'`);
    },
    raw: async () =>
      JSON.stringify(await sql(url, 'SELECT generation, revision, body::text FROM status_document')),
    sharedAcrossHandles: true,
    cleanup: drop,
  };
});
