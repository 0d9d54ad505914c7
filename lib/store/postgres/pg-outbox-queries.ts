import { deliveryStates } from '@/lib/core/vocab';
import type { Delivery, DeliveryCounts, DeliveryQuery } from '@/lib/store/notification-schema';
import {
  DELIVERY_COLUMNS,
  OPEN_STATES,
  toDelivery,
  type DeliveryRow,
} from '@/lib/store/postgres/pg-deliveries';
import type { Queryable } from '@/lib/store/postgres/pg-sql';

/** Read-only questions about the outbox (and its clean-up), answered by the indexes of status_deliveries. */

export async function hasEvent(db: Queryable, id: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM status_events WHERE id = $1 AND accepted_at IS NOT NULL', [
    id,
  ]);
  return rows.length > 0;
}

export async function nextDueAt(db: Queryable): Promise<Date | null> {
  const { rows } = await db.query<{ next: Date | null }>(
    `SELECT min(next_attempt_at) AS next FROM status_deliveries WHERE state IN ${OPEN_STATES}`,
  );
  return rows[0]?.next ?? null;
}

/** Newest first, as the file driver lists them (ties by id). */
export async function listDeliveries(db: Queryable, query: DeliveryQuery): Promise<Delivery[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  if (query.subscriberId !== undefined) where.push(`subscriber_id = ${param(query.subscriberId)}`);
  if (query.states !== undefined) where.push(`state = ANY (${param(query.states)})`);
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const { rows } = await db.query<DeliveryRow>(
    `SELECT ${DELIVERY_COLUMNS} FROM status_deliveries ${filter}
      ORDER BY updated_at DESC, id COLLATE "C" LIMIT ${param(Math.max(0, Math.floor(query.limit)))}`,
    values,
  );
  return rows.map(toDelivery);
}

/** The deliveries of open events by state, plus the counts finished events were summarised into. */
export async function countDeliveries(db: Queryable): Promise<DeliveryCounts> {
  const { rows } = await db.query<{ state: string; n: string }>(
    `SELECT d.state, count(*) AS n FROM status_deliveries d JOIN status_events e ON e.id = d.event_id
      WHERE e.closed_at IS NULL GROUP BY d.state
     UNION ALL
     SELECT c.key, sum(c.value::bigint) FROM status_events e, jsonb_each_text(e.counts) AS c
      WHERE e.closed_at IS NOT NULL GROUP BY c.key`,
  );
  const counts: DeliveryCounts = { queued: 0, sending: 0, retrying: 0, sent: 0, failed: 0, skipped: 0 };
  for (const row of rows) {
    const state = deliveryStates.find((s) => s === row.state);
    if (state) counts[state] += Number(row.n);
  }
  return counts;
}

/** Forgets finished events (their deliveries go with them) and rate-limit rows long past their window. */
export async function purge(db: Queryable, before: Date): Promise<void> {
  await db.query('DELETE FROM status_events WHERE closed_at IS NOT NULL AND closed_at < $1', [before]);
  await db.query('DELETE FROM status_rate_limits WHERE expires_at < $1', [before]);
}
