import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, type LockOptions } from '@/lib/store/lock';
import { makeTempDir } from '@/lib/store/test-fixtures/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

const lockPath = () => join(dir, 'status.json.lock');
const options: LockOptions = { timeoutMs: 300, staleMs: 10_000, clock: () => Date.now() };

/** The pid of a process that has exited (and been reaped). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid ?? 999_999;
}

function writeLock(info: { pid: number; at: number; host?: string; token?: string; thread?: number }): void {
  writeFileSync(
    lockPath(),
    JSON.stringify({ host: hostname(), thread: threadId, token: 'someone-else', ...info }),
  );
}

describe('acquireLock', () => {
  it('creates the lock file with our pid and a timestamp, and removes it on release', async () => {
    const lock = await acquireLock(lockPath(), options);
    expect(JSON.parse(readFileSync(lockPath(), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
    expect(lock.held()).toBe(true);
    expect(lock.brokeStale).toBe(false);
    lock.release();
    expect(existsSync(lockPath())).toBe(false);
  });

  it('waits for a live holder and then gives up with store_unavailable', async () => {
    writeLock({ pid: process.ppid, at: Date.now() });
    const started = performance.now();
    await expect(acquireLock(lockPath(), options)).rejects.toMatchObject({ code: 'store_unavailable' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(JSON.parse(readFileSync(lockPath(), 'utf8'))).toMatchObject({ token: 'someone-else' });
  });

  it('takes over a lock whose holder has died', async () => {
    writeLock({ pid: deadPid(), at: Date.now() });
    const lock = await acquireLock(lockPath(), options);
    expect(lock.brokeStale).toBe(true);
    expect(JSON.parse(readFileSync(lockPath(), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('takes over a lock older than staleMs even when its holder is alive', async () => {
    writeLock({ pid: process.ppid, at: Date.now() - 11_000 });
    const lock = await acquireLock(lockPath(), options);
    expect(lock.brokeStale).toBe(true);
    lock.release();
  });

  it('leaves alone a lock held by another thread of this process', async () => {
    writeLock({ pid: process.pid, at: Date.now(), thread: threadId + 1 });
    await expect(acquireLock(lockPath(), options)).rejects.toMatchObject({ code: 'store_unavailable' });
  });

  it('takes over a lock left by an earlier process that had our pid', async () => {
    writeLock({ pid: process.pid, at: Date.now(), token: 'earlier-incarnation' });
    const lock = await acquireLock(lockPath(), options);
    expect(lock.brokeStale).toBe(true);
    lock.release();
  });

  it('judges a lock on another host by its age only', async () => {
    writeLock({ pid: deadPid(), at: Date.now(), host: 'another-host' });
    await expect(acquireLock(lockPath(), options)).rejects.toMatchObject({ code: 'store_unavailable' });
  });

  it('treats an unreadable lock as being written for half a second, then as left by a process killed meanwhile', async () => {
    writeFileSync(lockPath(), '');
    await expect(acquireLock(lockPath(), options)).rejects.toMatchObject({ code: 'store_unavailable' });
    const old = new Date(Date.now() - 2_000);
    utimesSync(lockPath(), old, old);
    const lock = await acquireLock(lockPath(), options);
    expect(lock.brokeStale).toBe(true);
    lock.release();
  });

  it('does not remove a lock that another process took over', async () => {
    const lock = await acquireLock(lockPath(), options);
    writeLock({ pid: process.ppid, at: Date.now() });
    expect(lock.held()).toBe(false);
    lock.release();
    expect(existsSync(lockPath())).toBe(true);
  });

  it('lets exactly one holder in at a time', async () => {
    let inside = 0;
    let most = 0;
    const worker = async () => {
      const lock = await acquireLock(lockPath(), { ...options, timeoutMs: 5_000 });
      inside++;
      most = Math.max(most, inside);
      await new Promise((resolve) => setTimeout(resolve, 3));
      inside--;
      lock.release();
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(most).toBe(1);
    expect(existsSync(lockPath())).toBe(false);
  });

  it('gives the lock to a waiter within a bounded time even while another holder keeps re-locking', async () => {
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const relaxed = { ...options, timeoutMs: 5_000 };
    let stop = false;
    const greedy = (async () => {
      while (!stop) {
        const lock = await acquireLock(lockPath(), relaxed);
        await sleep(2);
        lock.release();
      }
    })();
    await sleep(10);
    const started = performance.now();
    const lock = await acquireLock(lockPath(), relaxed);
    const waited = performance.now() - started;
    lock.release();
    stop = true;
    await greedy;
    expect(waited).toBeLessThan(1_000);
  });
});
