import type { DeliveryHealth, DeliveryOutcome, Subscriber } from '@/lib/store/notification-schema';
import type { SendResult } from '@/lib/notify/mail-transport';

/**
 * When to try again: 1 min, 5 min, 15 min, 30 min, 1 h, 2 h, 4 h after the failed attempts (eight tries over
 * about eight hours), then give up. A permanent refusal (SMTP 5xx) is not retried.
 */
export const RETRY_DELAYS_MS = [60_000, 300_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** A webhook failing this long, or this many attempts in a row, is disabled. */
export const DISABLE_AFTER_MS = 3 * 24 * 60 * 60 * 1000;
export const DISABLE_AFTER_FAILURES = 50;

export function outcomeOf(id: string, attempts: number, result: SendResult, now: Date): DeliveryOutcome {
  if (result.ok) return { id, state: 'sent', status: result.status, error: null };
  const delay = RETRY_DELAYS_MS[attempts - 1];
  if (result.permanent || delay === undefined)
    return { id, state: 'failed', status: result.status, error: result.error };
  return {
    id,
    state: 'retrying',
    nextAttemptAt: new Date(now.getTime() + delay),
    status: result.status,
    error: result.error,
  };
}

/** The subscriber after an attempt: failures counted, a long-failing webhook disabled, success clears the record. */
export function afterAttempt(
  subscriber: Subscriber,
  ok: boolean,
  error: string | null,
  now: Date,
): Subscriber {
  const at = now.toISOString();
  const health: DeliveryHealth = ok
    ? {
        ...subscriber.health,
        consecutiveFailures: 0,
        failingSince: null,
        lastAttemptAt: at,
        lastSuccessAt: at,
        lastError: null,
      }
    : {
        ...subscriber.health,
        consecutiveFailures: subscriber.health.consecutiveFailures + 1,
        failingSince: subscriber.health.failingSince ?? at,
        lastAttemptAt: at,
        lastError: error?.slice(0, 500) ?? null,
      };
  const failingFor = health.failingSince ? now.getTime() - Date.parse(health.failingSince) : 0;
  const disable =
    !ok &&
    subscriber.type === 'webhook' &&
    subscriber.state === 'confirmed' &&
    (health.consecutiveFailures >= DISABLE_AFTER_FAILURES || failingFor >= DISABLE_AFTER_MS);
  if (!disable) return { ...subscriber, health };
  const reason =
    health.consecutiveFailures >= DISABLE_AFTER_FAILURES
      ? `${health.consecutiveFailures} deliveries failed in a row`
      : 'deliveries failed for 3 days';
  return {
    ...subscriber,
    state: 'disabled',
    updatedAt: at,
    health: { ...health, disabledAt: at, disabledReason: reason },
  };
}
