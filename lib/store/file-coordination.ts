import { z } from 'zod';
import { readJsonState, writeJsonState } from '@/lib/store/json-state';
import type { RateLimitDecision } from '@/lib/store/notification-schema';

/** Leases and rate-limit counters of the file driver: small JSON files changed under the notifications lock. */

const leasesSchema = z.record(z.string(), z.object({ holder: z.string(), expiresAt: z.number() }));
type Leases = z.infer<typeof leasesSchema>;

export function takeLease(path: string, name: string, holder: string, ttlMs: number, now: Date): boolean {
  const leases = readJsonState<Leases>(path, leasesSchema, () => ({}));
  const current = leases[name];
  if (current && current.holder !== holder && current.expiresAt > now.getTime()) return false;
  leases[name] = { holder, expiresAt: now.getTime() + ttlMs };
  writeJsonState(path, leases);
  return true;
}

export function dropLease(path: string, name: string, holder: string): void {
  const leases = readJsonState<Leases>(path, leasesSchema, () => ({}));
  if (leases[name]?.holder !== holder) return;
  delete leases[name];
  writeJsonState(path, leases);
}

const hitsSchema = z.record(z.string(), z.array(z.number()));
type Hits = z.infer<typeof hitsSchema>;
/** Bounds the file under a flood of distinct keys; the keys hit longest ago go first. */
const MAX_KEYS = 20_000;

export function consumeHits(
  path: string,
  buckets: readonly { key: string; limit: number }[],
  windowMs: number,
  now: Date,
): RateLimitDecision {
  const t = now.getTime();
  const hits = readJsonState<Hits>(path, hitsSchema, () => ({}));
  for (const [key, times] of Object.entries(hits)) {
    const recent = times.filter((time) => t - time < windowMs);
    if (recent.length === 0) delete hits[key];
    else hits[key] = recent;
  }
  let waitMs = 0;
  for (const { key, limit } of buckets) {
    const times = hits[key] ?? [];
    if (times.length >= limit) {
      const oldest = times[times.length - limit] ?? t;
      waitMs = Math.max(waitMs, oldest + windowMs - t);
    }
  }
  if (waitMs > 0) {
    writeJsonState(path, hits);
    return { allowed: false, retryAfterMs: waitMs };
  }
  for (const { key, limit } of buckets) hits[key] = [...(hits[key] ?? []), t].slice(-limit);
  const keys = Object.keys(hits);
  if (keys.length > MAX_KEYS) {
    const newestHit = (key: string) => Math.max(...(hits[key] ?? [0]));
    keys.sort((a, b) => newestHit(a) - newestHit(b));
    for (const key of keys.slice(0, keys.length - MAX_KEYS)) delete hits[key];
  }
  writeJsonState(path, hits);
  return { allowed: true };
}

const cursorSchema = z.object({ seq: z.number().int() });

/** The highest `seq` of a document event the outbox has accepted (-1: none). */
export function readCursor(path: string): number {
  return readJsonState(path, cursorSchema, () => ({ seq: -1 })).seq;
}

export function advanceCursor(path: string, seq: number): void {
  if (seq > readCursor(path)) writeJsonState(path, { seq });
}
