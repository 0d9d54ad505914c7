import { notificationEventSchema, type NotificationEvent } from '@/lib/store/notification-schema';
import type { StoreDocument } from '@/lib/store/schema';
import { maintenanceStatus } from '@/lib/status/state';

export const REMINDER_BEFORE_MS = 60 * 60 * 1000;
/** A completion older than this when first noticed (the dispatcher was down) is not worth a mail. */
const COMPLETED_WITHIN_MS = 6 * 60 * 60 * 1000;

/**
 * The events the clock causes: a reminder one hour before an announced maintenance, its start and its end. Ids
 * are derived from the maintenance and its window, so the outbox accepts each once whatever process, restart or
 * tick sees it first. Recurring policy windows are not maintenances and cause nothing.
 */
export function dueTimeEvents(doc: StoreDocument, now: Date): NotificationEvent[] {
  const t = now.getTime();
  const events: NotificationEvent[] = [];
  for (const m of doc.maintenances) {
    const state = maintenanceStatus(m, now);
    if (state === 'cancelled') continue;
    const start = Date.parse(m.scheduledFor);
    const base = {
      at: now.toISOString(),
      maintenanceId: m.id,
      componentIds: m.componentIds,
      window: { scheduledFor: m.scheduledFor, scheduledUntil: m.scheduledUntil },
      sequence: m.sequence ?? 0,
    };
    // Announced (or last moved) more than an hour ahead; someone told less than an hour ahead needs no reminder.
    if (
      state === 'scheduled' &&
      t >= start - REMINDER_BEFORE_MS &&
      Date.parse(m.updatedAt) < start - REMINDER_BEFORE_MS
    ) {
      events.push(
        event({
          ...base,
          id: `maintenance.reminder:${m.id}:${m.scheduledFor}`,
          type: 'maintenance.reminder',
        }),
      );
    }
    if (state === 'in_progress' || state === 'verifying') {
      events.push(
        event({ ...base, id: `maintenance.started:${m.id}:${m.scheduledFor}`, type: 'maintenance.started' }),
      );
    }
    const endedAt =
      m.manualStatus === 'completed' && m.manualStatusAt
        ? Date.parse(m.manualStatusAt)
        : Date.parse(m.scheduledUntil);
    if (state === 'completed' && endedAt > start && t - endedAt < COMPLETED_WITHIN_MS) {
      events.push(event({ ...base, id: `maintenance.completed:${m.id}`, type: 'maintenance.completed' }));
    }
  }
  return events;
}

function event(input: Parameters<typeof notificationEventSchema.parse>[0]): NotificationEvent {
  return notificationEventSchema.parse(input);
}
