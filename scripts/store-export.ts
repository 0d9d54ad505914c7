// `npm run store:export -- FILE`: writes the whole store (page, audit log, secrets) to FILE as JSON, from
// PostgreSQL when STATUS_DATABASE_URL is set, else from the files in STATUS_DATA_DIR (default ./data).
// The same store always gives the same bytes. The file holds password hashes and the session key: keep it safe.
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getStore, storeLocation } from '@/lib/store';
import { serializeExport } from '@/lib/store/store-export';

const usage = 'Usage: npm run store:export -- FILE';

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length !== 1 || args[0]?.startsWith('-')) throw new Error(usage);
  const file = resolve(args[0] ?? '');
  const store = getStore();
  try {
    const data = await store.exportAll();
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, serializeExport(data), { mode: 0o600 });
    renameSync(temp, file);
    console.log(
      `Exported revision ${data.document.revision} with ${data.audit.length} audit entries from ${storeLocation()} to ${file}.`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
