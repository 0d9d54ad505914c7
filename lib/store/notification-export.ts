import { z } from 'zod';
import { deliveryStates } from '@/lib/core/vocab';
import {
  deliverySchema,
  notificationEventSchema,
  subscriberSchema,
  type Subscriber,
} from '@/lib/store/notification-schema';

/**
 * Subscribers and the outbox in a store export. Events the outbox accepted travel with their deliveries (and,
 * once finished, the counts they were summarised into); events not accepted yet stay in the document's
 * pendingEvents, where a write put them. Leases and rate-limit counters are left behind: they last minutes.
 */
export const exportedEventSchema = z.object({
  event: notificationEventSchema,
  /** When every delivery became final; null while some are still due. */
  closedAt: z.iso.datetime({ offset: false }).nullable(),
  counts: z.record(z.enum(deliveryStates), z.number().int().min(0)).nullable(),
  deliveries: z.array(deliverySchema),
});
export type ExportedEvent = z.infer<typeof exportedEventSchema>;

export const notificationsExportSchema = z.object({
  subscribers: z.array(subscriberSchema),
  events: z.array(exportedEventSchema),
});
export type NotificationsExport = z.infer<typeof notificationsExportSchema>;

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** One order whatever the driver: subscribers, events and deliveries by id. */
export function sortedNotifications(
  subscribers: Iterable<Subscriber>,
  events: Iterable<ExportedEvent>,
): NotificationsExport {
  return {
    subscribers: [...subscribers].sort(byKey((s) => s.id)),
    events: [...events]
      .map((e) => ({ ...e, deliveries: [...e.deliveries].sort(byKey((d) => d.id)) }))
      .sort(byKey((e) => e.event.id)),
  };
}
