import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { threadId } from 'node:worker_threads';
import { z } from 'zod';
import { DomainError } from '@/lib/core/errors';
import { errorText, isErrno, removeQuietly, writeAll } from '@/lib/store/atomic-write';
import { letWaitersGoFirst, nextBackoff, sleep, WaitMarker } from '@/lib/store/lock-waiters';
import { isProcessAlive } from '@/lib/store/pid';

export interface LockOptions {
  /** Give up waiting after this long. */
  timeoutMs: number;
  /** A lock older than this is abandoned, whoever holds it. */
  staleMs: number;
  /** Wall-clock milliseconds; lock files carry wall-clock times so other processes can judge them. */
  clock: () => number;
}

export interface FileLock {
  /** True when a stale lock (e.g. from a killed process) was removed to get this one. */
  readonly brokeStale: boolean;
  /** Whether the lock file is still ours (another process may have judged it stale and taken it). */
  held(): boolean;
  /** Remove the lock file, only if it is still ours. */
  release(): void;
}

const lockInfoSchema = z.object({
  pid: z.number().int(),
  thread: z.number().int().default(0),
  host: z.string(),
  at: z.number(),
  token: z.string(),
});
type LockInfo = z.infer<typeof lockInfoSchema>;

/**
 * Tokens of the locks this thread holds now, to tell them from a lock left by an earlier process with our pid.
 * Kept on globalThis because Next may load this module more than once in one process.
 */
const heldTokens: Set<string> = (() => {
  const key = Symbol.for('superoffice-status.held-lock-tokens');
  const existing: unknown = Reflect.get(globalThis, key);
  if (existing instanceof Set) return existing;
  const created = new Set<string>();
  Reflect.set(globalThis, key, created);
  return created;
})();

/** Take an exclusive cross-process lock by creating `path` with O_EXCL, waiting with backoff while another holds it. */
export async function acquireLock(path: string, options: LockOptions): Promise<FileLock> {
  const token = randomBytes(8).toString('hex');
  const started = performance.now();
  const deadline = started + options.timeoutMs;
  const marker = new WaitMarker(path, token);
  try {
    await letWaitersGoFirst(path, marker, options.clock, options.timeoutMs + options.staleMs);
    let brokeStale = false;
    let delay = 1;
    for (;;) {
      if (
        tryCreate(path, { pid: process.pid, thread: threadId, host: hostname(), at: options.clock(), token })
      ) {
        heldTokens.add(token);
        return lockHandle(path, token, brokeStale);
      }
      const observed = readRaw(path);
      if (observed === null) continue; // released in between: try again at once
      if (isStale(path, observed, options) && breakLock(path, observed, options)) {
        brokeStale = true;
        continue;
      }
      if (performance.now() >= deadline) throw busy(path, observed, options.timeoutMs);
      marker.ensure();
      await sleep(delay + Math.random() * delay);
      delay = nextBackoff(delay, performance.now() - started);
    }
  } finally {
    marker.remove();
  }
}

/** The `.break` file is held for microseconds; an older one was left by a process killed while holding it. */
const BREAKER_STALE_MS = 1_000;
/** How long a lock file may stay empty while its holder writes it. */
const TORN_LOCK_MS = 500;

function busy(path: string, observed: string | null, timeoutMs: number): DomainError {
  return new DomainError(
    'store_unavailable',
    `The store is busy: could not lock ${path} within ${timeoutMs} ms (held by ${describe(observed)}).`,
    { file: path, problem: 'lock timeout' },
  );
}

function lockHandle(path: string, token: string, brokeStale: boolean): FileLock {
  const held = () => parseInfo(readRaw(path))?.token === token;
  return {
    brokeStale,
    held,
    release() {
      heldTokens.delete(token);
      // Never throws: a failed release must not turn a committed write into an error; a leftover lock goes stale.
      try {
        if (held()) unlinkSync(path);
      } catch (error) {
        console.error(`[store] could not remove the lock ${path}: ${errorText(error)}`);
      }
    },
  };
}

function tryCreate(path: string, info: LockInfo): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw new DomainError('store_unavailable', `Cannot create the store lock ${path}: ${errorText(error)}`, {
      file: path,
      problem: errorText(error),
    });
  }
  try {
    writeAll(fd, Buffer.from(JSON.stringify(info)));
  } finally {
    closeSync(fd);
  }
  return true;
}

function isStale(path: string, raw: string, options: LockOptions): boolean {
  const info = parseInfo(raw);
  // A holder writes its lock microseconds after creating it: an unreadable lock older than that was left by a
  // process killed in between.
  const at = info?.at ?? fileTime(path);
  if (at === null) return false;
  if (options.clock() - at > (info === null ? TORN_LOCK_MS : options.staleMs)) return true;
  if (info === null || info.host !== hostname()) return false;
  if (info.pid === process.pid) return info.thread === threadId && !heldTokens.has(info.token);
  return !isProcessAlive(info.pid);
}

/**
 * Remove a stale lock, unless it changed since it was judged stale (another waiter may have broken it and
 * taken a fresh one). A short-lived `.break` file makes the check and the removal one step among waiters.
 */
function breakLock(path: string, observed: string, options: LockOptions): boolean {
  const breaker = `${path}.break`;
  let fd: number;
  try {
    fd = openSync(breaker, 'wx');
  } catch (error) {
    if (!isErrno(error, 'EEXIST')) throw error;
    const at = fileTime(breaker);
    if (at !== null && options.clock() - at > BREAKER_STALE_MS) removeQuietly(breaker);
    return false;
  }
  try {
    if (readRaw(path) !== observed) return false;
    removeQuietly(path);
    return true;
  } finally {
    closeSync(fd);
    removeQuietly(breaker);
  }
}

function readRaw(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
}

function parseInfo(raw: string | null): LockInfo | null {
  if (raw === null) return null;
  try {
    const parsed = lockInfoSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function fileTime(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

function describe(raw: string | null): string {
  const info = parseInfo(raw);
  return info ? `pid ${info.pid} on ${info.host}` : 'an unknown process';
}
