// `npm run store:import -- FILE [--replace]`: loads an export into the store (PostgreSQL when
// STATUS_DATABASE_URL is set, else the files in STATUS_DATA_DIR). A store that already holds a page is left
// alone unless --replace is given; then the page, audit log and secrets are replaced in one step and the
// revision moves past the current one, so running instances show the restored page at once.
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getStore, storeLocation } from '@/lib/store';
import { parseExport } from '@/lib/store/store-export';

const usage = 'Usage: npm run store:import -- FILE [--replace]';

async function main(): Promise<void> {
  const { values, positionals: files } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { replace: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (files.length !== 1) throw new Error(usage);
  const file = resolve(files[0] ?? '');
  let data;
  try {
    data = parseExport(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const store = getStore();
  try {
    await store.importAll(data, {
      replace: values.replace,
      now: new Date(),
      actor: { kind: 'cli', id: 'store-import', name: `cli:${userInfo().username}` },
    });
    const { doc } = await store.load();
    console.log(`Imported ${file} into ${storeLocation()}: the page is at revision ${doc.revision}.`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
