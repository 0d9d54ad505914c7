import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/store/driver';
import { createFileStore } from '@/lib/store/file-store';
import type { StoreDocument } from '@/lib/store/schema';
import { startWriter, type Writer } from '@/lib/store/test-fixtures/spawn-writer';
import { makeTempDir, readValidDocument } from '@/lib/store/test-fixtures/temp-dir';

const actor: Actor = { kind: 'system', id: 'test', name: 'test' };
const now = new Date('2026-01-01T00:00:00.000Z');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dir: string;
let cleanup: () => void;
const writers: Writer[] = [];
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => {
  for (const writer of writers.splice(0)) writer.child.kill('SIGKILL');
  cleanup();
});

const increment = (draft: StoreDocument) => {
  draft.page.description = String((Number(draft.page.description) || 0) + 1);
};
const leftovers = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('crash safety', () => {
  it('survives kill -9 at random moments: the file stays valid, its revision never goes back', async () => {
    const file = join(dir, 'status.json');
    const store = createFileStore(dir);
    await store.load();
    let last = 1;
    const seen = { locksLeft: 0, tempFilesLeft: 0, recoverMs: 0 };
    // Writers start a few rounds ahead (they wait for "go"), so Node start-up does not dominate the test.
    const spawnWriter = (round: number) => {
      const writer = startWriter(dir, 'counter', Infinity, `killed-${round}`, true);
      writers.push(writer);
      return writer;
    };
    const queue = [0, 1, 2].map(spawnWriter);
    for (let round = 0; round < 20; round++) {
      const writer = queue.shift()!;
      if (round + 3 < 20) queue.push(spawnWriter(round + 3));
      await writer.ready;
      writer.go();
      await writer.progressed;
      await sleep(Math.random() * 40);
      writer.child.kill('SIGKILL');
      expect((await writer.exited).signal).toBe('SIGKILL');

      const doc = readValidDocument(file);
      expect(doc.revision).toBeGreaterThanOrEqual(Math.max(last, ...writer.revisions));
      expect(Number(doc.page.description)).toBe(doc.revision - 1);
      expect([doc.revision - 1, doc.revision]).toContain(readValidDocument(`${file}.bak`).revision);
      if (existsSync(`${file}.lock`)) seen.locksLeft++;
      if (leftovers().length > 0) seen.tempFilesLeft++;

      // The dead writer's lock must not hold the next writer up for the 10 s stale age.
      const started = performance.now();
      const { doc: next } = await store.update(increment, { now, actor });
      seen.recoverMs = Math.max(seen.recoverMs, performance.now() - started);
      expect(next.revision).toBe(doc.revision + 1);
      expect(leftovers()).toEqual([]);
      expect(existsSync(`${file}.lock`)).toBe(false);
      last = next.revision;
    }
    expect(seen.recoverMs).toBeLessThan(2_000);
    console.info(`kill -9 x20: final revision ${last}, ${JSON.stringify(seen)}`);
  }, 60_000);

  it('two processes doing 200 updates each on one folder lose none of them', async () => {
    await createFileStore(dir).load();
    const a = startWriter(dir, 'append', 200, 'A', true);
    const b = startWriter(dir, 'append', 200, 'B', true);
    writers.push(a, b);
    await Promise.all([a.ready, b.ready]);
    const started = performance.now();
    a.go();
    b.go();
    const results = await Promise.all([a.exited, b.exited]);
    const elapsed = performance.now() - started;
    expect(results, a.stderr() + b.stderr()).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);

    const doc = readValidDocument(join(dir, 'status.json'));
    expect(doc.revision).toBe(1 + 400);
    const notes = doc.occurrenceOverrides.map((o) => o.note).sort();
    const expected = ['A', 'B']
      .flatMap((label) => Array.from({ length: 200 }, (_, i) => `${label}-${i}`))
      .sort();
    expect(notes).toEqual(expected);
    const revisions = [...a.revisions, ...b.revisions].sort((x, y) => x - y);
    expect(revisions).toEqual(Array.from({ length: 400 }, (_, i) => i + 2));
    const audit = await createFileStore(dir).readAudit(1000);
    expect(audit.filter((e) => e.action === 'test.write')).toHaveLength(400);
    // Neither writer may starve the other until the end (the lock lets a patient waiter go first).
    const order = audit.filter((e) => e.action === 'test.write').map((e) => e.target);
    const runs = order.reduce<number[]>(
      (acc, t, i) => (t === order[i - 1] ? [...acc.slice(0, -1), acc.at(-1)! + 1] : [...acc, 1]),
      [],
    );
    expect(Math.max(...runs)).toBeLessThan(200);
    console.info(
      `2 x 200 concurrent updates in ${Math.round(elapsed)} ms, ${runs.length} turns, longest ${Math.max(...runs)}`,
    );
  }, 60_000);
});
