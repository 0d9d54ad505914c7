import {
  deliverySchema,
  notificationEventSchema,
  type Delivery,
  type NotificationEvent,
} from '@/lib/store/notification-schema';
import type { Queryable } from '@/lib/store/postgres/pg-sql';

/** Rows of status_deliveries and status_events as the store's records, and back. */

export interface DeliveryRow {
  id: string;
  event_id: string;
  event_type: string;
  subscriber_id: string;
  channel: string;
  state: string;
  attempts: number;
  next_attempt_at: Date;
  created_at: Date;
  updated_at: Date;
  sent_at: Date | null;
  last_error: string | null;
  last_status: number | null;
}

export const DELIVERY_COLUMNS =
  'id, event_id, event_type, subscriber_id, channel, state, attempts, next_attempt_at, created_at, updated_at, sent_at, last_error, last_status';

export const OPEN_STATES = `('queued', 'sending', 'retrying')`;

export function toDelivery(row: DeliveryRow): Delivery {
  return deliverySchema.parse({
    id: row.id,
    eventId: row.event_id,
    eventType: row.event_type,
    subscriberId: row.subscriber_id,
    channel: row.channel,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at.toISOString(),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    lastError: row.last_error,
    lastStatus: row.last_status,
  });
}

export function toEvent(body: unknown): NotificationEvent {
  return notificationEventSchema.parse(body);
}

/** Inserts delivery records as they are (import), many per statement. */
export async function insertDeliveries(db: Queryable, deliveries: readonly Delivery[]): Promise<void> {
  if (deliveries.length === 0) return;
  await db.query(
    `INSERT INTO status_deliveries (${DELIVERY_COLUMNS})
     SELECT d->>'id', d->>'eventId', d->>'eventType', d->>'subscriberId', d->>'channel', d->>'state',
            (d->>'attempts')::integer, (d->>'nextAttemptAt')::timestamptz, (d->>'createdAt')::timestamptz,
            (d->>'updatedAt')::timestamptz, (d->>'sentAt')::timestamptz, d->>'lastError',
            (d->>'lastStatus')::integer
       FROM jsonb_array_elements($1::jsonb) AS t(d)`,
    [JSON.stringify(deliveries)],
  );
}

/** Queues the events in parameter `param` (a JSON array), unaccepted; an id queued before is left alone. */
export const queueEventsFromJson = (param: string) => `INSERT INTO status_events (id, seq, body)
     SELECT e->>'id', (e->>'seq')::bigint, e FROM jsonb_array_elements(${param}::jsonb) AS t(e)
     ON CONFLICT (id) DO NOTHING`;

/** Queues a write's events, unaccepted, in the write's transaction; an id queued before is left alone. */
export async function queueEvents(db: Queryable, events: readonly NotificationEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db.query(queueEventsFromJson('$1'), [JSON.stringify(events)]);
}

/** The events writes queued that the outbox has not accepted yet, in commit order. */
export async function unacceptedEvents(db: Queryable): Promise<NotificationEvent[]> {
  const { rows } = await db.query<{ body: unknown }>(
    'SELECT body FROM status_events WHERE accepted_at IS NULL ORDER BY seq, id',
  );
  return rows.map((r) => toEvent(r.body));
}
