import type { Delivery, NotificationEvent } from '@/lib/store/notification-schema';
import {
  sortedNotifications,
  type ExportedEvent,
  type NotificationsExport,
} from '@/lib/store/notification-export';
import { clearCoordination } from '@/lib/store/postgres/pg-coordination';
import {
  DELIVERY_COLUMNS,
  insertDeliveries,
  queueEvents,
  toDelivery,
  toEvent,
  unacceptedEvents,
  type DeliveryRow,
} from '@/lib/store/postgres/pg-deliveries';
import type { Queryable } from '@/lib/store/postgres/pg-sql';
import { allSubscribers, putSubscribers } from '@/lib/store/postgres/pg-subscribers';

/**
 * The notification tables to and from a store export, inside the export's or import's transaction. Events not
 * accepted yet travel in the document's pendingEvents, as the file driver keeps them.
 */
export async function exportNotifications(
  db: Queryable,
): Promise<{ notifications: NotificationsExport; pending: NotificationEvent[] }> {
  const { rows: events } = await db.query<{ body: unknown; closed_at: Date | null; counts: unknown }>(
    'SELECT body, closed_at, counts FROM status_events WHERE accepted_at IS NOT NULL',
  );
  const { rows: deliveries } = await db.query<DeliveryRow>(
    `SELECT ${DELIVERY_COLUMNS} FROM status_deliveries`,
  );
  const byEvent = new Map<string, Delivery[]>();
  for (const row of deliveries)
    byEvent.set(row.event_id, [...(byEvent.get(row.event_id) ?? []), toDelivery(row)]);
  const exported: ExportedEvent[] = events.map((row) => {
    const event = toEvent(row.body);
    return {
      event,
      closedAt: row.closed_at?.toISOString() ?? null,
      counts: (row.counts as ExportedEvent['counts']) ?? null,
      deliveries: byEvent.get(event.id) ?? [],
    };
  });
  return {
    notifications: sortedNotifications(await allSubscribers(db), exported),
    pending: await unacceptedEvents(db),
  };
}

/** Replaces subscribers and outbox with the export's (when it has them) and queues the document's pending events. */
export async function importNotifications(
  db: Queryable,
  data: NotificationsExport | undefined,
  pending: readonly NotificationEvent[],
  now: Date,
): Promise<void> {
  if (data) {
    await db.query('DELETE FROM status_deliveries');
    await db.query('DELETE FROM status_events');
    await db.query('DELETE FROM status_subscribers');
    await clearCoordination(db);
    await putSubscribers(db, data.subscribers);
    const rows = data.events.map((e) => ({ ...e, id: e.event.id, seq: e.event.seq }));
    if (rows.length > 0) {
      await db.query(
        `INSERT INTO status_events (id, seq, body, accepted_at, closed_at, counts)
         SELECT r->>'id', (r->>'seq')::bigint, r->'event', $2, (r->>'closedAt')::timestamptz, r->'counts'
           FROM jsonb_array_elements($1::jsonb) AS t(r)`,
        [JSON.stringify(rows.map(({ deliveries: _, ...rest }) => rest)), now],
      );
    }
    await insertDeliveries(
      db,
      data.events.flatMap((e) => e.deliveries),
    );
  }
  await queueEvents(db, pending);
}
