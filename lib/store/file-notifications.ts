import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '@/lib/core/errors';
import type { NotificationStore } from '@/lib/store/driver';
import { EventFiles } from '@/lib/store/event-files';
import { advanceCursor, consumeHits, dropLease, readCursor, takeLease } from '@/lib/store/file-coordination';
import { exportNotificationFiles, importNotificationFiles } from '@/lib/store/file-notification-transfer';
import { acquireLock } from '@/lib/store/lock';
import type { NotificationsExport } from '@/lib/store/notification-export';
import { countDeliveries, findDue, listDeliveries, nextDue, outcomeRecord } from '@/lib/store/outbox-queries';
import {
  deliveryId,
  isInAudience,
  subscriberSchema,
  type ClaimedDelivery,
  type Delivery,
  type DeliveryOutcome,
  type DeliveryQuery,
  type NotificationEvent,
  type Subscriber,
  type SubscriberQuery,
} from '@/lib/store/notification-schema';
import type { StoreDocument } from '@/lib/store/schema';
import { SubscriberFile } from '@/lib/store/subscriber-file';
import { countSubscribers, querySubscribers } from '@/lib/store/subscriber-queries';

export interface FileNotificationOptions {
  clock: () => number;
  lockTimeoutMs: number;
  lockStaleMs: number;
  /** The current page document, for the pending events it holds. */
  loadDocument: () => Promise<StoreDocument>;
}

/**
 * The notification collections of the file driver, in `<data dir>/notifications/`: subscribers.jsonl, events/
 * (one journal per accepted event), cursor.json (the last document event accepted), leases.json and
 * rate-limits.json. Changes take `notifications.lock` (never the document's lock); reads follow the files.
 */
export class FileNotificationStore implements NotificationStore {
  readonly dir: string;
  private readonly subscribers: SubscriberFile;
  private readonly events: EventFiles;
  private readonly cursorFile: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    dataDir: string,
    private readonly options: FileNotificationOptions,
  ) {
    this.dir = join(dataDir, 'notifications');
    this.subscribers = new SubscriberFile(join(this.dir, 'subscribers.jsonl'));
    this.events = new EventFiles(join(this.dir, 'events'));
    this.cursorFile = join(this.dir, 'cursor.json');
  }

  /** The highest document event `seq` accepted so far, read by the document's writers when they commit. */
  acceptedSeq(): number {
    return readCursor(this.cursorFile);
  }

  async getSubscriber(id: string): Promise<Subscriber | null> {
    this.subscribers.refresh();
    return this.subscribers.get(id);
  }

  async findEmailSubscriber(email: string): Promise<Subscriber | null> {
    this.subscribers.refresh();
    return this.subscribers.findByEmail(email);
  }

  modifySubscriber(
    key: { id: string } | { email: string },
    change: (current: Subscriber | null) => Subscriber | null | undefined,
  ): Promise<{ before: Subscriber | null; after: Subscriber | null }> {
    return this.locked(() => {
      this.subscribers.refresh();
      const before = 'id' in key ? this.subscribers.get(key.id) : this.subscribers.findByEmail(key.email);
      const next = change(before ? structuredClone(before) : null);
      if (next === undefined) return { before, after: before };
      if (next === null) {
        if (before) this.subscribers.write([{ del: before.id }]);
        return { before, after: null };
      }
      const after = subscriberSchema.parse(next);
      const holder = after.type === 'email' && after.email ? this.subscribers.findByEmail(after.email) : null;
      if (holder && holder.id !== after.id) {
        throw new DomainError('conflict', 'Another subscription already uses this address.', {
          field: 'email',
        });
      }
      const changes = before && before.id !== after.id ? [{ del: before.id }] : [];
      this.subscribers.write([...changes, { put: after }]);
      return { before, after };
    });
  }

  async listSubscribers(query: SubscriberQuery): Promise<{ items: Subscriber[]; total: number }> {
    this.subscribers.refresh();
    return querySubscribers(this.subscribers.all(), query);
  }

  async countSubscribers() {
    this.subscribers.refresh();
    return countSubscribers(this.subscribers.all());
  }

  async pendingEvents(): Promise<NotificationEvent[]> {
    const accepted = this.acceptedSeq();
    const doc = await this.options.loadDocument();
    return (doc.pendingEvents ?? []).filter((e) => e.seq !== null && e.seq > accepted);
  }

  async hasEvent(id: string): Promise<boolean> {
    return this.events.has(id);
  }

  acceptEvent(event: NotificationEvent, now: Date): Promise<{ deliveries: number; duplicate: boolean }> {
    return this.locked(() => {
      let result = { deliveries: 0, duplicate: true };
      if (!this.events.has(event.id)) {
        this.subscribers.refresh();
        const deliveries: Delivery[] = [];
        for (const subscriber of this.subscribers.all()) {
          if (isInAudience(subscriber, event)) deliveries.push(newDelivery(event, subscriber, now));
        }
        const created = this.events.create(event, deliveries, now);
        result = { deliveries: created ? deliveries.length : 0, duplicate: !created };
      }
      if (event.seq !== null) advanceCursor(this.cursorFile, event.seq);
      return result;
    });
  }

  claimDeliveries(now: Date, limit: number, claimMs: number): Promise<ClaimedDelivery[]> {
    return this.locked(() => {
      this.events.scan();
      this.subscribers.refresh();
      const until = new Date(now.getTime() + claimMs);
      const due = findDue(this.events.open.values(), now, limit);
      const claimed: ClaimedDelivery[] = [];
      for (const [key, deliveries] of due) {
        this.events.claim(
          key,
          deliveries.map((d) => d.id),
          until,
          now,
        );
        const open = this.events.open.get(key);
        if (!open?.event) continue;
        for (const d of deliveries) {
          const delivery = open.deliveries.get(d.id);
          if (delivery)
            claimed.push({ delivery, event: open.event, subscriber: this.subscribers.get(d.subscriberId) });
        }
      }
      return claimed;
    });
  }

  recordOutcomes(outcomes: readonly DeliveryOutcome[], now: Date): Promise<void> {
    return this.locked(() => {
      this.events.scan();
      const byId = new Map(outcomes.map((o) => [o.id, o]));
      for (const open of [...this.events.open.values()]) {
        const changed: Delivery[] = [];
        for (const d of open.deliveries.values()) {
          const outcome = byId.get(d.id);
          if (outcome) changed.push(outcomeRecord(d, outcome, now));
        }
        if (changed.length === 0) continue;
        this.events.put(open.key, changed);
        this.events.close(open.key, now);
      }
    });
  }

  async nextDueAt(): Promise<Date | null> {
    this.events.scan();
    return nextDue(this.events.open.values());
  }

  async listDeliveries(query: DeliveryQuery): Promise<Delivery[]> {
    this.events.scan();
    return listDeliveries(this.events.open.values(), this.events.done.values(), query);
  }

  async countDeliveries() {
    this.events.scan();
    return countDeliveries(this.events.open.values(), this.events.done.values());
  }

  purge(before: Date): Promise<void> {
    return this.locked(() => {
      this.events.scan();
      this.events.purge(before);
    });
  }

  acquireLease(name: string, holder: string, ttlMs: number, now: Date): Promise<boolean> {
    return this.locked(() => takeLease(join(this.dir, 'leases.json'), name, holder, ttlMs, now));
  }

  releaseLease(name: string, holder: string): Promise<void> {
    return this.locked(() => dropLease(join(this.dir, 'leases.json'), name, holder));
  }

  consumeRateLimit(buckets: readonly { key: string; limit: number }[], windowMs: number, now: Date) {
    return this.locked(() => consumeHits(join(this.dir, 'rate-limits.json'), buckets, windowMs, now));
  }

  exportData(): Promise<NotificationsExport> {
    return this.locked(() => {
      this.subscribers.refresh();
      this.events.scan();
      return exportNotificationFiles(this.subscribers.all(), this.events);
    });
  }

  /** Without `data` (an older export) only the cursor starts again, for the imported document's pending events. */
  importData(data: NotificationsExport | undefined): Promise<void> {
    return this.locked(() => {
      importNotificationFiles(this.dir, data);
      this.events.open.clear();
      this.events.done.clear();
    });
  }

  /** One change at a time in this process; the lock file orders them with other processes. */
  private locked<T>(task: () => T): Promise<T> {
    const run = this.queue.then(async () => {
      mkdirSync(this.dir, { recursive: true });
      const lock = await acquireLock(join(this.dir, 'notifications.lock'), {
        timeoutMs: this.options.lockTimeoutMs,
        staleMs: this.options.lockStaleMs,
        clock: this.options.clock,
      });
      try {
        return task();
      } finally {
        lock.release();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function newDelivery(event: NotificationEvent, subscriber: Subscriber, now: Date): Delivery {
  const at = now.toISOString();
  return {
    id: deliveryId(event.id, subscriber.id),
    eventId: event.id,
    eventType: event.type,
    subscriberId: subscriber.id,
    channel: subscriber.type,
    state: 'queued',
    attempts: 0,
    nextAttemptAt: at,
    createdAt: at,
    updatedAt: at,
    sentAt: null,
    lastError: null,
    lastStatus: null,
  };
}
