import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileStore } from '@/lib/store/file-store';
import { makeTempDir } from '@/lib/store/test-fixtures/temp-dir';

// A store file as written before texts had translations and the document had templates.
const OLD_FILE = join(__dirname, 'test-fixtures', 'store-before-translations.json');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  copyFileSync(OLD_FILE, join(dir, 'status.json'));
});
afterEach(() => cleanup());

describe('a store written before translations', () => {
  it('loads with its texts unchanged, English as the default language and no templates', async () => {
    const { doc, problem } = await createFileStore(dir).load();
    const old = JSON.parse(readFileSync(OLD_FILE, 'utf8')) as { revision: number };
    expect(problem).toBeNull();
    expect(doc.revision).toBe(old.revision);
    expect(doc.page.defaultLocale).toBe('en');
    expect(doc.templates).toEqual([]);
    expect(doc.incidents[0]?.name).toBe('Web client slow');
    expect(doc.components.find((c) => c.id === 'web-client')?.translations).toBeUndefined();
  });

  it('takes a write and keeps everything it had', async () => {
    const store = createFileStore(dir);
    const actor = { kind: 'cli' as const, id: 'test', name: 'test' };
    await store.update((d) => (d.page.name = 'Renamed'), { now: new Date('2026-03-01T00:00:00Z'), actor });
    const written = JSON.parse(readFileSync(join(dir, 'status.json'), 'utf8')) as {
      incidents: { name: string }[];
    };
    expect(written.incidents[0]?.name).toBe('Web client slow');
  });
});
