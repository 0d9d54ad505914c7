/**
 * Sign-in throttling: at most 5 failures per account and per client address in a sliding 15-minute window.
 * The counters live in this process's memory: they reset on restart and each server process counts on its own,
 * so N processes allow up to N × 5 guesses per window. That still turns a brute-force attack into a crawl.
 */
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60 * 1000;
/** Bounds memory under a flood of distinct keys; the oldest keys are dropped first. */
const MAX_KEYS = 50_000;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = MAX_FAILURES,
    private readonly windowMs = WINDOW_MS,
  ) {}

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  /** Refuses when any key already has `maxFailures` failures in the window; Retry-After is when the oldest one expires. */
  check(keys: readonly string[], now: Date): ThrottleDecision {
    let waitMs = 0;
    for (const key of keys) {
      const times = this.recent(key, now.getTime());
      if (times.length >= this.maxFailures) {
        const oldest = times[times.length - this.maxFailures] ?? now.getTime();
        waitMs = Math.max(waitMs, oldest + this.windowMs - now.getTime());
      }
    }
    return waitMs > 0
      ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
      : { allowed: true };
  }

  recordFailure(keys: readonly string[], now: Date): void {
    for (const key of keys) {
      const times = this.recent(key, now.getTime());
      times.push(now.getTime());
      this.failures.delete(key);
      this.failures.set(key, times.slice(-this.maxFailures));
    }
    while (this.failures.size > MAX_KEYS) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  /** A successful sign-in clears the account's failures (the address keeps its count). */
  reset(key: string): void {
    this.failures.delete(key);
  }
}

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

export function addressKey(address: string): string {
  return `address:${address}`;
}

/** The client address: the first X-Forwarded-For entry (set by the proxy, or by Next from the socket), else 'unknown'. */
export function clientAddress(forwardedFor: string | null, realIp: string | null): string {
  const first = forwardedFor?.split(',')[0]?.trim();
  return first || realIp?.trim() || 'unknown';
}

// On globalThis, so the separate module graphs Next builds (route handlers, actions) count failures together.
const sharedKey = Symbol.for('superoffice-status.sign-in-throttle');

/** This process's throttle. */
export function sharedThrottle(): SignInThrottle {
  const existing: unknown = Reflect.get(globalThis, sharedKey);
  if (existing instanceof SignInThrottle) return existing;
  const created = new SignInThrottle();
  Reflect.set(globalThis, sharedKey, created);
  return created;
}
