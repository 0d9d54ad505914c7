import { describe, expect, it } from 'vitest';
import { WriteBatches, type QueuedWrite } from '@/lib/store/write-batches';

describe('WriteBatches', () => {
  it('runs a write that comes alone at once, and the writes that queued meanwhile as batches in order', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const queue = new WriteBatches<number, number>(async (batch) => {
      batches.push(batch.map((w) => w.input));
      if (batches.length === 1) await new Promise<void>((r) => (release = r));
      for (const write of batch) write.resolve(write.input * 10);
    }, 3);
    const first = queue.add(0);
    expect(batches).toEqual([[0]]);
    const rest = [1, 2, 3, 4, 5].map((n) => queue.add(n));
    release();
    expect(await Promise.all([first, ...rest])).toEqual([0, 10, 20, 30, 40, 50]);
    expect(batches).toEqual([[0], [1, 2, 3], [4, 5]]);
    await queue.idle();
  });

  it('fails the writes a batch left unanswered with its error, keeps the answers it gave, and goes on', async () => {
    const queue = new WriteBatches<string, string>(async (batch: QueuedWrite<string, string>[]) => {
      await Promise.resolve();
      for (const write of batch) {
        if (write.input === 'refused') write.reject(new Error('refused alone'));
        if (write.input === 'early') write.resolve('answered');
      }
      if (batch.some((w) => w.input === 'boom')) throw new Error('the commit failed');
      for (const write of batch) write.resolve(`ok ${write.input}`);
    }, 10);
    const blocker = queue.add('first');
    const settled = Promise.allSettled(['early', 'refused', 'boom'].map((n) => queue.add(n)));
    await blocker;
    expect(
      (await settled).map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message)),
    ).toEqual(['answered', 'refused alone', 'the commit failed']);
    expect(await queue.add('after')).toBe('ok after');
    await queue.idle();
  });

  it('tells a reader when the batch running now is answered, waiting no longer than asked', async () => {
    let release: () => void = () => undefined;
    const queue = new WriteBatches<number, number>(async (batch) => {
      await new Promise<void>((r) => (release = r));
      for (const write of batch) write.resolve(write.input);
    }, 5);
    await queue.batchDone(1_000); // nothing running: at once
    const write = queue.add(1);
    const started = Date.now();
    await queue.batchDone(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    const done = queue.batchDone(10_000);
    release();
    await done;
    expect(await write).toBe(1);
  });
});
