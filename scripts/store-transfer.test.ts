import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileStore } from '@/lib/store/file-store';
import { fillOutbox } from '@/lib/store/test-fixtures/filled-outbox';
import { freshDatabase } from '@/lib/store/test-fixtures/postgres';
import { makeTempDir } from '@/lib/store/test-fixtures/temp-dir';

/** The store:export and store:import commands, run as an operator runs them, between both drivers. */

const root = join(import.meta.dirname, '..');
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function run(script: 'store-export' | 'store-import', args: string[], store: Record<string, string>) {
  const env = { ...process.env, STATUS_DATABASE_URL: '', ...store };
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [`scripts/${script}.ts`, '--', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function tempDir(): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return dir;
}

async function database(): Promise<string> {
  const { url, drop } = await freshDatabase();
  cleanups.push(drop);
  return url;
}

const actor = { kind: 'staff' as const, id: 's', name: 'ops@example.com' };

describe('store:export and store:import', () => {
  it('move a store with its subscribers and outbox from files to PostgreSQL and back, byte-identical', async () => {
    const source = tempDir();
    const files = createFileStore(source);
    for (const name of ['Ære være Østfold', 'Second "quoted" name']) {
      await files.update((d) => void (d.page.name = name), {
        now: new Date('2026-04-01T10:00:00.000Z'),
        actor,
        audit: () => ({ action: 'page.rename', target: 'page', before: null, after: { name } }),
      });
    }
    await files.secret('session-secret');
    await fillOutbox(files);
    const out = tempDir();
    const fromFiles = join(out, 'from-files.json');
    expect(run('store-export', [fromFiles], { STATUS_DATA_DIR: source })).toMatchObject({ status: 0 });

    const url = await database();
    expect(run('store-import', [fromFiles], { STATUS_DATABASE_URL: url })).toMatchObject({ status: 0 });
    const fromPg = join(out, 'from-pg.json');
    expect(run('store-export', [fromPg], { STATUS_DATABASE_URL: url })).toMatchObject({ status: 0 });
    expect(readFileSync(fromPg, 'utf8')).toBe(readFileSync(fromFiles, 'utf8'));

    const back = join(tempDir(), 'data');
    expect(run('store-import', [fromPg], { STATUS_DATA_DIR: back })).toMatchObject({ status: 0 });
    const again = join(out, 'again.json');
    expect(run('store-export', [again], { STATUS_DATA_DIR: back })).toMatchObject({ status: 0 });
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(fromFiles, 'utf8'));
    expect((await createFileStore(back).load()).doc.page.name).toBe('Second "quoted" name');
    expect(JSON.parse(readFileSync(again, 'utf8')).notifications.subscribers).toHaveLength(4);
  });

  it('refuse to import over a store that holds a page unless --replace is given', async () => {
    const url = await database();
    const file = join(tempDir(), 'backup.json');
    const source = tempDir();
    await createFileStore(source).load();
    expect(run('store-export', [file], { STATUS_DATA_DIR: source })).toMatchObject({ status: 0 });
    const target = { STATUS_DATABASE_URL: url };
    expect(run('store-import', [file], target).status).toBe(0);
    const refused = run('store-import', [file], target);
    expect(refused.status).toBe(1);
    expect(refused.out).toMatch(/already holds a page \(revision 1\); nothing was imported.*--replace/);
    const replaced = run('store-import', [file, '--replace'], target);
    expect(replaced).toMatchObject({ status: 0 });
    expect(replaced.out).toMatch(/revision 2\./);
  });

  it('name the problem in a file that is not an export and change nothing', async () => {
    const dir = tempDir();
    const file = join(tempDir(), 'bad.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, JSON.stringify({ format: 'superoffice-status-store', formatVersion: 1, audit: [] }));
    const result = run('store-import', [file], { STATUS_DATA_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/not a store export: document/);
    expect(run('store-export', [join(dir, 'x.json')], { STATUS_DATA_DIR: dir }).out).toMatch(
      /no store to export/,
    );
  });
});
