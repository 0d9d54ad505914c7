import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/store/driver';
import { createFileStore } from '@/lib/store/file-store';
import { makeTempDir } from '@/lib/store/test-fixtures/temp-dir';

const actor: Actor = { kind: 'cli', id: 'cli', name: 'staff-add' };
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

describe('audit', () => {
  it('appends one JSON line per entry with the actor and revision', async () => {
    const store = createFileStore(dir);
    await store.audit(
      [
        { action: 'staff.add', target: 'a@example.com', after: { role: 'admin' } },
        { action: 'token.create', target: 'ci' },
      ],
      actor,
      at(1),
      7,
    );
    const text = readFileSync(join(dir, 'audit.log'), 'utf8');
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      {
        at: at(1).toISOString(),
        actor: 'staff-add',
        actorKind: 'cli',
        action: 'staff.add',
        target: 'a@example.com',
        after: { role: 'admin' },
        revision: 7,
      },
      {
        at: at(1).toISOString(),
        actor: 'staff-add',
        actorKind: 'cli',
        action: 'token.create',
        target: 'ci',
        revision: 7,
      },
    ]);
  });
});

describe('readAudit', () => {
  it('returns the newest entries first, at most `limit`', async () => {
    const store = createFileStore(dir);
    for (let i = 0; i < 5; i++) await store.audit([{ action: 'a', target: `t${i}` }], actor, at(i), i);
    expect((await store.readAudit(3)).map((e) => e.target)).toEqual(['t4', 't3', 't2']);
    expect(await store.readAudit(0)).toEqual([]);
    expect(await store.readAudit(100)).toHaveLength(5);
  });

  it('is empty when there is no log yet', async () => {
    expect(await createFileStore(dir).readAudit(10)).toEqual([]);
  });

  it('skips a partial last line, and a later append does not merge into it', async () => {
    const store = createFileStore(dir);
    await store.audit([{ action: 'a', target: 'before-crash' }], actor, at(1), 1);
    appendFileSync(join(dir, 'audit.log'), '{"at":"2026-01-01T00:02:00.000Z","act');
    expect((await store.readAudit(10)).map((e) => e.target)).toEqual(['before-crash']);
    await store.audit([{ action: 'a', target: 'after-crash' }], actor, at(3), 2);
    expect((await store.readAudit(10)).map((e) => e.target)).toEqual(['after-crash', 'before-crash']);
  });

  it('reads only the tail of a large log, across chunk boundaries and multi-byte characters', async () => {
    const line = (i: number) =>
      `${JSON.stringify({ at: at(0).toISOString(), actor: 'Ærøskøbing ✓', actorKind: 'staff', action: 'a', target: `t${i}`, revision: i })}\n`;
    writeFileSync(join(dir, 'audit.log'), Array.from({ length: 5000 }, (_, i) => line(i)).join(''));
    const store = createFileStore(dir);
    expect((await store.readAudit(2)).map((e) => e.revision)).toEqual([4999, 4998]);
    const many = await store.readAudit(4000);
    expect(many).toHaveLength(4000);
    expect(many.at(-1)?.revision).toBe(1000);
    expect(many.every((e) => e.actor === 'Ærøskøbing ✓')).toBe(true);
  });
});
