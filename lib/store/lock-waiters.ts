import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { removeQuietly } from '@/lib/store/atomic-write';
import { isProcessAlive } from '@/lib/store/pid';

/**
 * A lock file is not fair: a process that releases and at once locks again can starve the others until they
 * time out. So each waiter leaves a marker file, and a process that finds waiters lets them go first.
 */
export class WaitMarker {
  readonly path: string;
  private created = false;

  constructor(lockPath: string, token: string) {
    this.path = `${lockPath}.wait.${process.pid}.${token}`;
  }

  ensure(): void {
    if (this.created) return;
    writeFileSync(this.path, '');
    this.created = true;
  }

  remove(): void {
    if (this.created) removeQuietly(this.path);
    this.created = false;
  }
}

/** Waiters younger than this do not count yet, so short waits still let a writer finish a run of updates. */
const PATIENCE_MS = 50;
const MAX_BACKOFF_MS = 8;
/** Longer than a waiter's longest sleep (twice MAX_BACKOFF_MS), so a sleeping waiter wakes within it. */
const COURTESY_MS = 40;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Exponential backoff, until a waiter is patient enough to have priority: then the holder waits for it, so poll fast. */
export function nextBackoff(delay: number, waitedMs: number): number {
  return waitedMs >= PATIENCE_MS ? 1 : Math.min(delay * 2, MAX_BACKOFF_MS);
}

/** Before taking a free lock, give it to processes that have waited at least PATIENCE_MS (for up to COURTESY_MS). */
export async function letWaitersGoFirst(
  lockPath: string,
  own: WaitMarker,
  clock: () => number,
  maxAgeMs: number,
): Promise<void> {
  const ages = { patienceMs: PATIENCE_MS, maxAgeMs };
  const until = performance.now() + COURTESY_MS;
  // Deferring is waiting too: the marker lets our own turn come next instead of after another patience period.
  while (performance.now() < until && othersWaiting(lockPath, own, clock, ages)) {
    own.ensure();
    await sleep(1);
  }
}

interface WaiterAges {
  patienceMs: number;
  /** Markers older than this are left over and removed, like those of dead processes. */
  maxAgeMs: number;
}

/** Whether another live process has been waiting for the lock at least `patienceMs`. */
function othersWaiting(lockPath: string, own: WaitMarker, clock: () => number, ages: WaiterAges): boolean {
  const dir = dirname(lockPath);
  const prefix = `${basename(lockPath)}.wait.`;
  let waiting = false;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!name.startsWith(prefix) || path === own.path) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    const age = clock() - modifiedAt(path);
    if (!isProcessAlive(pid) || age > ages.maxAgeMs) removeQuietly(path);
    else if (age >= ages.patienceMs) waiting = true;
  }
  return waiting;
}

function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
}
