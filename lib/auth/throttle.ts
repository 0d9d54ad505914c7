import type { FailureLog, StoreDriver } from '@/lib/store/driver';
import { MemoryFailureLog } from '@/lib/store/memory-failure-log';

/**
 * Sign-in throttling: at most 5 failures per account and per client address in a sliding 15-minute window.
 * The failures live in the store's failure log: in the process for the file store (N processes allow up to
 * N × 5 guesses per window), in the database for PostgreSQL, so every instance counts the same failures.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class SignInThrottle {
  constructor(
    private readonly log: FailureLog = new MemoryFailureLog(),
    private readonly maxFailures = MAX_FAILURES,
    private readonly windowMs = WINDOW_MS,
  ) {}

  /** Refuses when any key already has `maxFailures` failures in the window; Retry-After is when the oldest one expires. */
  async check(keys: readonly string[], now: Date): Promise<ThrottleDecision> {
    const recent = await this.log.recent(keys, now.getTime() - this.windowMs + 1);
    let waitMs = 0;
    for (const times of recent.values()) {
      if (times.length >= this.maxFailures) {
        const oldest = times[times.length - this.maxFailures] ?? now.getTime();
        waitMs = Math.max(waitMs, oldest + this.windowMs - now.getTime());
      }
    }
    return waitMs > 0
      ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
      : { allowed: true };
  }

  recordFailure(keys: readonly string[], now: Date): Promise<void> {
    return this.log.add(keys, now.getTime(), now.getTime() + this.windowMs);
  }

  /** A successful sign-in clears the account's failures (the address keeps its count). */
  reset(key: string): Promise<void> {
    return this.log.clear(key);
  }
}

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

export function addressKey(address: string): string {
  return `address:${address}`;
}

/**
 * The client address as the front process resolved it (the socket's, or what a trusted proxy forwarded),
 * else 'unknown'. Nothing a client can write itself is read here.
 */
export function clientAddress(resolved: string | null): string {
  return resolved?.trim().slice(0, 64) || 'unknown';
}

/** The throttle over the store's failure log: shared by every instance when the store is PostgreSQL. */
export function throttleFor(store: Pick<StoreDriver, 'signInFailures'>): SignInThrottle {
  return new SignInThrottle(store.signInFailures);
}
