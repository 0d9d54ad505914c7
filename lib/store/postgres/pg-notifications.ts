import type { Pool } from 'pg';
import type { NotificationStore } from '@/lib/store/driver';
import type {
  DeliveryOutcome,
  DeliveryQuery,
  NotificationEvent,
  RateLimitDecision,
  Subscriber,
  SubscriberQuery,
} from '@/lib/store/notification-schema';
import { acquireLease, consumeRateLimit, releaseLease } from '@/lib/store/postgres/pg-coordination';
import { unacceptedEvents } from '@/lib/store/postgres/pg-deliveries';
import * as outbox from '@/lib/store/postgres/pg-outbox';
import * as queries from '@/lib/store/postgres/pg-outbox-queries';
import * as subscribers from '@/lib/store/postgres/pg-subscribers';

type WithPool = <T>(work: (pool: Pool) => Promise<T>) => Promise<T>;

/**
 * The notification collections in PostgreSQL tables (see pg-notification-tables.ts), shared by every instance:
 * row locks for subscribers, SKIP LOCKED claims for deliveries, a lease row for the dispatcher, a row per
 * rate-limit key. Events are queued by the page write itself (PgStore), in its transaction.
 */
export class PgNotificationStore implements NotificationStore {
  constructor(private readonly withPool: WithPool) {}

  getSubscriber(id: string): Promise<Subscriber | null> {
    return this.withPool((pool) => subscribers.getSubscriber(pool, id));
  }

  findEmailSubscriber(email: string): Promise<Subscriber | null> {
    return this.withPool((pool) => subscribers.findEmailSubscriber(pool, email));
  }

  modifySubscriber(
    key: { id: string } | { email: string },
    change: (current: Subscriber | null) => Subscriber | null | undefined,
  ): Promise<{ before: Subscriber | null; after: Subscriber | null }> {
    return this.withPool((pool) => subscribers.modifySubscriber(pool, key, change));
  }

  listSubscribers(query: SubscriberQuery): Promise<{ items: Subscriber[]; total: number }> {
    return this.withPool((pool) => subscribers.listSubscribers(pool, query));
  }

  countSubscribers() {
    return this.withPool((pool) => subscribers.countSubscribers(pool));
  }

  pendingEvents(): Promise<NotificationEvent[]> {
    return this.withPool((pool) => unacceptedEvents(pool));
  }

  hasEvent(id: string): Promise<boolean> {
    return this.withPool((pool) => queries.hasEvent(pool, id));
  }

  acceptEvent(event: NotificationEvent, now: Date): Promise<{ deliveries: number; duplicate: boolean }> {
    return this.withPool((pool) => outbox.acceptEvent(pool, event, now));
  }

  claimDeliveries(now: Date, limit: number, claimMs: number) {
    return this.withPool((pool) => outbox.claimDeliveries(pool, now, limit, claimMs));
  }

  recordOutcomes(outcomes: readonly DeliveryOutcome[], now: Date): Promise<void> {
    return this.withPool((pool) => outbox.recordOutcomes(pool, outcomes, now));
  }

  nextDueAt(): Promise<Date | null> {
    return this.withPool((pool) => queries.nextDueAt(pool));
  }

  listDeliveries(query: DeliveryQuery) {
    return this.withPool((pool) => queries.listDeliveries(pool, query));
  }

  countDeliveries() {
    return this.withPool((pool) => queries.countDeliveries(pool));
  }

  purge(before: Date): Promise<void> {
    return this.withPool((pool) => queries.purge(pool, before));
  }

  acquireLease(name: string, holder: string, ttlMs: number, now: Date): Promise<boolean> {
    return this.withPool((pool) => acquireLease(pool, name, holder, ttlMs, now));
  }

  releaseLease(name: string, holder: string): Promise<void> {
    return this.withPool((pool) => releaseLease(pool, name, holder));
  }

  consumeRateLimit(
    buckets: readonly { key: string; limit: number }[],
    windowMs: number,
    now: Date,
  ): Promise<RateLimitDecision> {
    return this.withPool((pool) => consumeRateLimit(pool, buckets, windowMs, now));
  }
}
