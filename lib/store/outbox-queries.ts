import { deliveryStates } from '@/lib/core/vocab';
import { emptyCounts, type DoneSummary, type OpenEvent } from '@/lib/store/event-files';
import {
  isFinalDelivery,
  type Delivery,
  type DeliveryCounts,
  type DeliveryOutcome,
  type DeliveryQuery,
} from '@/lib/store/notification-schema';

/** Queries over the file driver's outbox in memory: pure functions of the open journals and summaries. */

/** Stored instants are all `toISOString()` output, so they compare as strings. */
function isDue(d: Delivery, nowIso: string): boolean {
  return !isFinalDelivery(d.state) && d.nextAttemptAt <= nowIso;
}

/** Up to `limit` due deliveries, oldest due first, grouped by the journal they are in. */
export function findDue(open: Iterable<OpenEvent>, now: Date, limit: number): Map<string, Delivery[]> {
  const due: { key: string; delivery: Delivery }[] = [];
  const nowIso = now.toISOString();
  for (const entry of open) {
    if (!entry.event) continue;
    for (const delivery of entry.deliveries.values())
      if (isDue(delivery, nowIso)) due.push({ key: entry.key, delivery });
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  due.sort(
    (a, b) =>
      order(a.delivery.nextAttemptAt, b.delivery.nextAttemptAt) ||
      order(a.delivery.createdAt, b.delivery.createdAt),
  );
  const groups = new Map<string, Delivery[]>();
  for (const { key, delivery } of due.slice(0, limit)) {
    const group = groups.get(key) ?? [];
    group.push(delivery);
    groups.set(key, group);
  }
  return groups;
}

export function nextDue(open: Iterable<OpenEvent>): Date | null {
  let next = Number.POSITIVE_INFINITY;
  for (const entry of open) {
    for (const d of entry.deliveries.values()) {
      if (!isFinalDelivery(d.state)) next = Math.min(next, Date.parse(d.nextAttemptAt));
    }
  }
  return Number.isFinite(next) ? new Date(next) : null;
}

/** The delivery after an attempt's outcome; attempts were counted when it was claimed. */
export function outcomeRecord(d: Delivery, outcome: DeliveryOutcome, now: Date): Delivery {
  const at = now.toISOString();
  return {
    ...d,
    state: outcome.state,
    updatedAt: at,
    nextAttemptAt: outcome.state === 'retrying' ? (outcome.nextAttemptAt ?? now).toISOString() : at,
    sentAt: outcome.state === 'sent' ? at : d.sentAt,
    lastError: outcome.error === undefined ? d.lastError : (outcome.error?.slice(0, 500) ?? null),
    lastStatus: outcome.status === undefined ? d.lastStatus : outcome.status,
  };
}

export function listDeliveries(
  open: Iterable<OpenEvent>,
  done: Iterable<DoneSummary>,
  query: DeliveryQuery,
): Delivery[] {
  const matches = (d: Delivery) =>
    (query.subscriberId === undefined || d.subscriberId === query.subscriberId) &&
    (query.states === undefined || query.states.includes(d.state));
  const found: Delivery[] = [];
  for (const entry of open) for (const d of entry.deliveries.values()) if (matches(d)) found.push(d);
  for (const summary of done) for (const d of summary.kept) if (matches(d)) found.push(d);
  return found
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || (a.id < b.id ? -1 : 1))
    .slice(0, query.limit);
}

export function countDeliveries(open: Iterable<OpenEvent>, done: Iterable<DoneSummary>): DeliveryCounts {
  const counts = emptyCounts();
  for (const entry of open) for (const d of entry.deliveries.values()) counts[d.state] += 1;
  for (const summary of done) for (const state of deliveryStates) counts[state] += summary.counts[state] ?? 0;
  return counts;
}
