import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '@/lib/core/errors';
import type { Actor } from '@/lib/store/driver';
import { createFileStore } from '@/lib/store/file-store';
import { seedDocument } from '@/lib/store/seed';
import { makeTempDir, readValidDocument } from '@/lib/store/test-fixtures/temp-dir';

const actor: Actor = { kind: 'staff', id: 'staff-1', name: 'ops@example.com' };
const now = new Date('2026-03-01T12:00:00.000Z');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

const file = () => join(dir, 'status.json');
const rename = (name: string) => (draft: { page: { name: string } }) => {
  draft.page.name = name;
  return name;
};

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

describe('load', () => {
  it('creates a missing store (and its folder) with the seed at revision 1', async () => {
    const nested = join(dir, 'nested', 'data');
    const store = createFileStore(nested);
    const { doc, problem } = await store.load();
    expect(problem).toBeNull();
    expect(doc.revision).toBe(1);
    expect(readValidDocument(join(nested, 'status.json'))).toEqual(seedDocument());
    expect((await store.readAudit(10)).map((e) => e.action)).toEqual(['store.create']);
  });

  it('answers from memory while the file is unchanged and re-reads when another process replaces it', async () => {
    const store = createFileStore(dir);
    const first = await store.load();
    expect(await store.load()).toBe(first);
    await createFileStore(dir).update(rename('Changed elsewhere'), { now, actor });
    const second = await store.load();
    expect(second).not.toBe(first);
    expect(second.doc.page.name).toBe('Changed elsewhere');
    expect(second.doc.revision).toBe(2);
  });

  it('hands out a frozen document, so a caller cannot corrupt what every reader sees', async () => {
    const { doc } = await createFileStore(dir).load();
    expect(() => doc.components.pop()).toThrow(TypeError);
    expect(() => {
      doc.page.name = 'x';
    }).toThrow(TypeError);
  });
});

describe('update', () => {
  it('increments the revision, keeps the previous revision in .bak and appends the audit entry', async () => {
    const store = createFileStore(dir);
    await store.load();
    const { doc, result } = await store.update(rename('New name'), {
      now,
      actor,
      audit: (name, next) => ({ action: 'page.rename', target: next.page.id, after: name }),
    });
    expect(result).toBe('New name');
    expect(doc.revision).toBe(2);
    expect(doc.updatedAt).toBe(now.toISOString());
    expect(readValidDocument(file())).toEqual(doc);
    expect(readValidDocument(`${file()}.bak`).revision).toBe(1);
    for (const name of ['status.json', 'status.json.bak', 'audit.log']) {
      expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
    }
    const [entry] = await store.readAudit(1);
    expect(entry).toEqual({
      at: now.toISOString(),
      actor: 'ops@example.com',
      actorKind: 'staff',
      action: 'page.rename',
      target: 'superoffice-crm',
      after: 'New name',
      revision: 2,
    });
  });

  it('replaces the file whole by rename: a reader that opened the old file still reads all of it', async () => {
    const store = createFileStore(dir);
    await store.load();
    const before = readFileSync(file());
    const fd = openSync(file(), 'r');
    try {
      await store.update(rename('Replaced'), { now, actor });
      expect(readFileSync(fd)).toEqual(before);
    } finally {
      closeSync(fd);
    }
    expect(readValidDocument(file()).page.name).toBe('Replaced');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('creates a missing store before applying the change', async () => {
    const { doc } = await createFileStore(dir).update(rename('First'), { now, actor });
    expect(doc.revision).toBe(2);
    expect(readValidDocument(`${file()}.bak`).revision).toBe(1);
  });

  it('refuses a stale expectedRevision with conflict and leaves the file untouched', async () => {
    const store = createFileStore(dir);
    await store.update(rename('A'), { now, actor });
    const before = readFileSync(file());
    const error = await rejection(store.update(rename('B'), { now, actor, expectedRevision: 1 }));
    expect(error.code).toBe('conflict');
    expect(error.details).toMatchObject({ currentRevision: 2 });
    expect(readFileSync(file())).toEqual(before);
    await expect(store.update(rename('C'), { now, actor, expectedRevision: 2 })).resolves.toBeTruthy();
  });

  it('writes nothing when the function throws', async () => {
    const store = createFileStore(dir);
    await store.load();
    const before = readFileSync(file());
    const thrown = new DomainError('not_found', 'No such incident.');
    const failing = () => {
      throw thrown;
    };
    await expect(
      store.update(failing, { now, actor, audit: () => ({ action: 'x', target: 'y' }) }),
    ).rejects.toBe(thrown);
    expect(readFileSync(file())).toEqual(before);
    expect(existsSync(`${file()}.bak`)).toBe(false);
    expect(await store.readAudit(10)).toHaveLength(1);
  });

  it('refuses a change that makes the document invalid, naming the field, and writes nothing', async () => {
    const store = createFileStore(dir);
    await store.load();
    const before = readFileSync(file());
    const breakIt = (draft: { components: { status: string }[] }) => {
      draft.components[2]!.status = 'on_fire';
    };
    const error = await rejection(store.update(breakIt, { now, actor }));
    expect(error.code).toBe('invalid_request');
    expect(error.message).toContain('components[2].status');
    expect(readFileSync(file())).toEqual(before);
    expect(existsSync(`${file()}.bak`)).toBe(false);
  });

  it('answers store_unavailable naming the file when the disk write fails, and keeps the document', async () => {
    const store = createFileStore(dir);
    await store.load();
    const before = readFileSync(file());
    mkdirSync(`${file()}.bak`);
    writeFileSync(join(`${file()}.bak`, 'occupied'), '');
    const error = await rejection(store.update(rename('Never'), { now, actor }));
    expect(error.code).toBe('store_unavailable');
    expect(error.details).toMatchObject({ file: `${file()}.bak` });
    expect(readFileSync(file())).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('runs each change on the document as it is on disk, not on a stale cached copy', async () => {
    const a = createFileStore(dir);
    const b = createFileStore(dir);
    await a.load();
    await b.update((d) => void d.incidents.push(), { now, actor });
    await b.update(rename('From B'), { now, actor });
    const { doc } = await a.update((d) => d.page.name, { now, actor });
    expect(doc.page.name).toBe('From B');
    expect(doc.revision).toBe(4);
  });

  it('serialises concurrent updates in one process without losing any', async () => {
    const store = createFileStore(dir);
    const addOne = (draft: { page: { description: string } }) => {
      draft.page.description = String((Number(draft.page.description) || 0) + 1);
    };
    await Promise.all(Array.from({ length: 25 }, () => store.update(addOne, { now, actor })));
    const { doc } = await store.load();
    expect(doc.page.description).toBe('25');
    expect(doc.revision).toBe(26);
  });
});

describe('version', () => {
  it('changes whenever the document file changes, in this process or another', async () => {
    const store = createFileStore(dir);
    expect(store.version()).toBe('missing');
    await store.load();
    const v1 = store.version();
    expect(store.version()).toBe(v1);
    await store.update(rename('A'), { now, actor });
    const v2 = store.version();
    expect(v2).not.toBe(v1);
    await createFileStore(dir).update(rename('B'), { now, actor });
    expect(store.version()).not.toBe(v2);
  });
});
