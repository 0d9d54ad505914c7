import type { Pool } from 'pg';
import type { ClaimedDelivery, DeliveryOutcome, NotificationEvent } from '@/lib/store/notification-schema';
import {
  DELIVERY_COLUMNS,
  OPEN_STATES,
  toDelivery,
  toEvent,
  type DeliveryRow,
} from '@/lib/store/postgres/pg-deliveries';
import { transaction, type Queryable } from '@/lib/store/postgres/pg-sql';
import { toSubscriber } from '@/lib/store/postgres/pg-subscribers';

/** The outbox's moving parts in SQL: accepting an event (fan-out), claiming due deliveries, recording outcomes. */

/** deliveryId() of notification-schema.ts, computed by the database for a whole fan-out at once. */
const DELIVERY_ID = `substr(translate(encode(sha256(convert_to($1::text, 'UTF8') || '\\x00'::bytea || convert_to(s.id, 'UTF8')), 'base64'), '+/', '-_'), 1, 24)`;

/** isInAudience() of notification-schema.ts as a condition on status_subscribers `s`, with its parameters from $4. */
function audience(event: NotificationEvent): { where: string; values: unknown[] } {
  if (event.subscriberId !== null)
    return { where: `s.id = $4 AND s.state <> 'disabled'`, values: [event.subscriberId] };
  const touched = `(cardinality(s.components) = 0 OR cardinality($5::text[]) = 0 OR s.components && $5::text[])`;
  return {
    where: `s.state = 'confirmed' AND s.confirmed_at IS NOT NULL AND s.confirmed_at <= $4 AND ${touched}`,
    values: [event.at, event.componentIds],
  };
}

const EMPTY_COUNTS = `jsonb_build_object('queued', 0, 'sending', 0, 'retrying', 0, 'sent', 0, 'failed', 0, 'skipped', 0)`;

/**
 * Records the event (or marks the one a write queued as accepted) and inserts one queued delivery per subscriber
 * of its audience with one INSERT … SELECT, in one transaction. A second acceptance finds it accepted: nothing.
 */
export function acceptEvent(pool: Pool, event: NotificationEvent, now: Date) {
  return transaction(pool, async (client) => {
    const { rows } = await client.query(
      `INSERT INTO status_events (id, seq, body, accepted_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET accepted_at = EXCLUDED.accepted_at WHERE status_events.accepted_at IS NULL
       RETURNING id`,
      [event.id, event.seq, JSON.stringify(event), now],
    );
    if (rows.length === 0) return { deliveries: 0, duplicate: true };
    const { where, values } = audience(event);
    const fanOut = await client.query(
      `INSERT INTO status_deliveries (${DELIVERY_COLUMNS})
       SELECT ${DELIVERY_ID}, $1, $2, s.id, s.type, 'queued', 0, $3, $3, $3, NULL, NULL, NULL
         FROM status_subscribers s WHERE ${where}
       ON CONFLICT DO NOTHING`,
      [event.id, event.type, now, ...values],
    );
    const deliveries = fanOut.rowCount ?? 0;
    if (deliveries === 0) {
      await client.query(`UPDATE status_events SET closed_at = $2, counts = ${EMPTY_COUNTS} WHERE id = $1`, [
        event.id,
        now,
      ]);
    }
    return { deliveries, duplicate: false };
  });
}

/**
 * Takes up to `limit` due deliveries, oldest due first, skipping rows another instance is taking at this moment
 * (FOR UPDATE SKIP LOCKED); each comes back with its event and subscriber (null when removed).
 */
export async function claimDeliveries(
  db: Queryable,
  now: Date,
  limit: number,
  claimMs: number,
): Promise<ClaimedDelivery[]> {
  const { rows } = await db.query<DeliveryRow & { event: unknown; subscriber: unknown }>(
    `WITH due AS (
       SELECT id FROM status_deliveries
        WHERE state IN ${OPEN_STATES} AND next_attempt_at <= $1
        ORDER BY next_attempt_at, created_at LIMIT $2 FOR UPDATE SKIP LOCKED
     ), claimed AS (
       UPDATE status_deliveries d
          SET state = 'sending', attempts = d.attempts + 1, next_attempt_at = $3, updated_at = $1
         FROM due WHERE d.id = due.id
       RETURNING d.*
     )
     SELECT c.*, e.body AS event, s.record AS subscriber
       FROM claimed c JOIN status_events e ON e.id = c.event_id
       LEFT JOIN status_subscribers s ON s.id = c.subscriber_id
      ORDER BY c.created_at, c.id`,
    [now, Math.max(0, Math.floor(limit)), new Date(now.getTime() + claimMs)],
  );
  return rows.map((row) => ({
    delivery: toDelivery(row),
    event: toEvent(row.event),
    subscriber: row.subscriber === null ? null : toSubscriber(row.subscriber),
  }));
}

/**
 * Applies the outcomes (as outcomeRecord() does) in one statement, then closes the events they finished. The
 * events are locked first, so two recorders finishing one event's last deliveries cannot both miss the close.
 */
export function recordOutcomes(pool: Pool, outcomes: readonly DeliveryOutcome[], now: Date) {
  if (outcomes.length === 0) return Promise.resolve();
  const rows = outcomes.map((o) => ({
    id: o.id,
    state: o.state,
    next: o.state === 'retrying' ? (o.nextAttemptAt ?? now).toISOString() : now.toISOString(),
    error_set: o.error !== undefined,
    error: o.error?.slice(0, 500) ?? null,
    status_set: o.status !== undefined,
    status: o.status ?? null,
  }));
  return transaction(pool, async (client) => {
    const { rows: events } = await client.query<{ id: string }>(
      `SELECT id FROM status_events WHERE id IN (SELECT event_id FROM status_deliveries WHERE id = ANY($1))
        ORDER BY id FOR UPDATE`,
      [rows.map((r) => r.id)],
    );
    await client.query(
      `UPDATE status_deliveries d SET state = o.state, updated_at = $2, next_attempt_at = o.next,
              sent_at = CASE WHEN o.state = 'sent' THEN $2 ELSE d.sent_at END,
              last_error = CASE WHEN o.error_set THEN o.error ELSE d.last_error END,
              last_status = CASE WHEN o.status_set THEN o.status ELSE d.last_status END
         FROM jsonb_to_recordset($1::jsonb) AS o(id text, state text, next timestamptz, error_set boolean,
              error text, status_set boolean, status integer)
        WHERE d.id = o.id`,
      [JSON.stringify(rows), now],
    );
    await closeEvents(
      client,
      events.map((e) => e.id),
      now,
    );
  });
}

/** Keeps of a finished event its counts, webhook deliveries and up to this many failed mails per event. */
const KEPT_EMAIL_FAILURES = 200;

async function closeEvents(db: Queryable, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  const { rows } = await db.query<{ id: string }>(
    `UPDATE status_events e SET closed_at = $2, counts = (
        SELECT jsonb_build_object('queued', count(*) FILTER (WHERE state = 'queued'),
          'sending', count(*) FILTER (WHERE state = 'sending'), 'retrying', count(*) FILTER (WHERE state = 'retrying'),
          'sent', count(*) FILTER (WHERE state = 'sent'), 'failed', count(*) FILTER (WHERE state = 'failed'),
          'skipped', count(*) FILTER (WHERE state = 'skipped'))
          FROM status_deliveries WHERE event_id = e.id)
      WHERE e.id = ANY($1) AND e.closed_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM status_deliveries d WHERE d.event_id = e.id AND d.state IN ${OPEN_STATES})
     RETURNING e.id`,
    [ids, now],
  );
  if (rows.length === 0) return;
  await db.query(
    `DELETE FROM status_deliveries WHERE id IN (
       SELECT id FROM (
         SELECT id, state, row_number() OVER (PARTITION BY event_id, state = 'failed' ORDER BY id) AS n
           FROM status_deliveries WHERE event_id = ANY($1) AND channel = 'email'
       ) AS ranked WHERE state <> 'failed' OR n > $2)`,
    [rows.map((r) => r.id), KEPT_EMAIL_FAILURES],
  );
}
