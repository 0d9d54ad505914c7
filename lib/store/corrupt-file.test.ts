import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '@/lib/core/errors';
import type { Actor } from '@/lib/store/driver';
import { createFileStore } from '@/lib/store/file-store';
import { makeTempDir } from '@/lib/store/test-fixtures/temp-dir';

const actor: Actor = { kind: 'token', id: 't1', name: 'automation' };
const now = new Date('2026-03-01T12:00:00.000Z');

let dir: string;
let cleanup: () => void;
let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

const file = () => join(dir, 'status.json');
const rename = (name: string) => (draft: { page: { name: string } }) => {
  draft.page.name = name;
};

/** Three kinds of damage, each made from the good bytes, with the words the problem should contain. */
const corruptions: { name: string; damage: (good: Buffer) => Buffer; expect: string }[] = [
  { name: 'truncated JSON', damage: (good) => good.subarray(0, good.length / 2), expect: 'not valid JSON' },
  {
    name: 'garbage bytes',
    damage: () => Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37, 0x7b, 0x80, 0x81]),
    expect: 'not valid JSON',
  },
  {
    name: 'valid JSON that fails the schema',
    damage: (good) => {
      const doc = JSON.parse(good.toString('utf8'));
      doc.components[1].status = 'on_fire';
      return Buffer.from(JSON.stringify(doc));
    },
    expect: 'components[1].status',
  },
  { name: 'an empty file', damage: () => Buffer.alloc(0), expect: 'empty' },
];

/** Revision 3 on disk with revision 2 in .bak; returns the store that wrote them. */
async function storeAtRevision3() {
  const store = createFileStore(dir);
  await store.update(rename('Two'), { now, actor });
  await store.update(rename('Three'), { now, actor });
  return store;
}

function corrupt(damage: (good: Buffer) => Buffer): Buffer {
  const bad = damage(readFileSync(file()));
  writeFileSync(file(), bad);
  return bad;
}

async function expectWritesRefused(store: ReturnType<typeof createFileStore>, bad: Buffer, words: string) {
  const error: unknown = await store.update(rename('Nope'), { now, actor }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({
    code: 'store_unavailable',
    message: expect.stringContaining(file()),
    details: { file: file(), problem: expect.stringContaining(words) },
  });
  expect(readFileSync(file())).toEqual(bad);
}

describe.each(corruptions)('a store file with $name', ({ damage, expect: words }) => {
  it('keeps answering from the last good copy in memory and refuses writes without touching the file', async () => {
    const store = await storeAtRevision3();
    await store.load();
    const bad = corrupt(damage);
    const { doc, problem } = await store.load();
    expect(doc.revision).toBe(3);
    expect(doc.page.name).toBe('Three');
    expect(problem?.file).toBe(file());
    expect(problem?.problem).toContain(words);
    await expectWritesRefused(store, bad, words);
    await store.load();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]?.[0])).toContain(file());
    expect(readFileSync(`${file()}.bak`).length).toBeGreaterThan(0);
    expect(readFileSync(file())).toEqual(bad);
  });

  it('answers from status.json.bak in a process that never saw a good copy', async () => {
    await storeAtRevision3();
    const bad = corrupt(damage);
    const fresh = createFileStore(dir);
    const { doc, problem } = await fresh.load();
    expect(doc.revision).toBe(2);
    expect(problem?.problem).toContain(words);
    await expectWritesRefused(fresh, bad, words);
  });

  it('answers from the seed in memory, writing nothing, when there is no good copy anywhere', async () => {
    await createFileStore(dir).load();
    const bad = corrupt(damage);
    const { doc, problem } = await createFileStore(dir).load();
    expect(doc.revision).toBe(1);
    expect(problem?.file).toBe(file());
    expect(existsSync(`${file()}.bak`)).toBe(false);
    expect(readFileSync(file())).toEqual(bad);
  });
});

describe('recovery', () => {
  it('prefers a backup newer than the copy in memory', async () => {
    const reader = createFileStore(dir);
    await reader.load();
    await storeAtRevision3();
    corrupt((good) => good.subarray(0, 10));
    expect((await reader.load()).doc.revision).toBe(2);
  });

  it('serves and accepts writes again once the file is repaired', async () => {
    const store = await storeAtRevision3();
    const good = readFileSync(file());
    corrupt((bytes) => bytes.subarray(1));
    expect((await store.load()).problem).not.toBeNull();
    writeFileSync(file(), good);
    expect((await store.load()).problem).toBeNull();
    const { doc } = await store.update(rename('Four'), { now, actor });
    expect(doc.revision).toBe(4);
  });
});
