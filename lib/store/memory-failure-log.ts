import type { FailureLog } from '@/lib/store/driver';

/** Bounds memory under a flood of distinct keys; the oldest keys are dropped first. */
const MAX_KEYS = 50_000;
/** No caller needs more entries per key than this (the throttle looks at its last few). */
const MAX_PER_KEY = 20;

/** Failures kept in this process's memory: they reset on restart and each process counts on its own. */
export class MemoryFailureLog implements FailureLog {
  private readonly entries = new Map<string, { at: number; expiresAt: number }[]>();

  async recent(keys: readonly string[], sinceMs: number): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    for (const key of keys) {
      const times = (this.entries.get(key) ?? []).filter((e) => e.at >= sinceMs).map((e) => e.at);
      if (times.length > 0) out.set(key, times);
    }
    return out;
  }

  async add(keys: readonly string[], atMs: number, expiresAtMs: number): Promise<void> {
    for (const key of keys) {
      const kept = (this.entries.get(key) ?? []).filter((e) => e.expiresAt > atMs);
      kept.push({ at: atMs, expiresAt: expiresAtMs });
      // Re-inserting moves the key to the end, so the first keys are the least recently used.
      this.entries.delete(key);
      this.entries.set(key, kept.slice(-MAX_PER_KEY));
    }
    while (this.entries.size > MAX_KEYS) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  async clear(key: string): Promise<void> {
    this.entries.delete(key);
  }

  /** Forgets expired entries. */
  prune(nowMs: number): void {
    for (const [key, list] of this.entries) {
      const kept = list.filter((e) => e.expiresAt > nowMs);
      if (kept.length === 0) this.entries.delete(key);
      else this.entries.set(key, kept);
    }
  }
}
