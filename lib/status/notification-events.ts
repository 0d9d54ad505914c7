import type { PublicEventType } from '@/lib/core/vocab';
import { notificationEventSchema, type NotificationEventInput } from '@/lib/store/notification-schema';
import type { Incident, IncidentUpdate, Maintenance, StoreDocument } from '@/lib/store/schema';
import { nextId, type WriteContext } from '@/lib/store/write-context';

/**
 * Queues a notification event in the document being written, so it commits with the change that caused it
 * (the store's outbox takes it from there). Verbs call the helpers below; nothing is sent from here.
 */
export function queueEvent(
  doc: StoreDocument,
  input: Omit<NotificationEventInput, 'id' | 'at'> & { type: PublicEventType },
  ctx: WriteContext,
): void {
  const event = notificationEventSchema.parse({ ...input, id: nextId(ctx), at: ctx.now.toISOString() });
  (doc.pendingEvents ??= []).push(event);
}

export function queueIncidentEvent(
  doc: StoreDocument,
  type: Extract<PublicEventType, `incident.${string}`>,
  incident: Incident,
  update: IncidentUpdate,
  ctx: WriteContext,
): void {
  queueEvent(
    doc,
    { type, incidentId: incident.id, updateId: update.id, componentIds: [...incident.componentIds] },
    ctx,
  );
}

export function queueMaintenanceEvent(
  doc: StoreDocument,
  type: Extract<PublicEventType, `maintenance.${string}`>,
  maintenance: Maintenance,
  ctx: WriteContext,
  previous: { scheduledFor: string; scheduledUntil: string } | null = null,
): void {
  queueEvent(
    doc,
    {
      type,
      maintenanceId: maintenance.id,
      componentIds: [...maintenance.componentIds],
      previous,
      window: { scheduledFor: maintenance.scheduledFor, scheduledUntil: maintenance.scheduledUntil },
      sequence: maintenance.sequence ?? 0,
    },
    ctx,
  );
}
