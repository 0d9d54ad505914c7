import type { NotificationEvent } from '@/lib/store/notification-schema';

/** Beyond this many unaccepted events (the dispatcher has been down for that many writes) the oldest go. */
export const MAX_PENDING_EVENTS = 1000;
/** Events one write may queue; `seq` leaves room for this many per revision. */
const EVENTS_PER_WRITE = 1000;

/**
 * The document's pending events as a write commits at `revision`: those the outbox accepted (seq ≤ accepted) are
 * left out, and the write's new events (seq null) get their commit-order number.
 */
export function commitPendingEvents(
  events: readonly NotificationEvent[] = [],
  revision: number,
  acceptedSeq: number,
): NotificationEvent[] {
  const fresh = events.filter((e) => e.seq === null);
  if (fresh.length >= EVENTS_PER_WRITE) throw new RangeError(`one write queued ${fresh.length} events`);
  let index = 0;
  const kept = events
    .filter((e) => e.seq === null || e.seq > acceptedSeq)
    .map((e) => (e.seq === null ? { ...e, seq: revision * EVENTS_PER_WRITE + index++ } : e));
  if (kept.length <= MAX_PENDING_EVENTS) return kept;
  console.warn(
    `[store] ${kept.length - MAX_PENDING_EVENTS} notification events were dropped: is the dispatcher running?`,
  );
  return kept.slice(-MAX_PENDING_EVENTS);
}
