import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { removeQuietly, writeFileAtomic } from '@/lib/store/atomic-write';
import { EventFiles, type DoneSummary } from '@/lib/store/event-files';
import {
  sortedNotifications,
  type ExportedEvent,
  type NotificationsExport,
} from '@/lib/store/notification-export';
import type { Subscriber } from '@/lib/store/notification-schema';

/** The file driver's notification collections to and from a store export (call with the notifications lock). */

export function exportNotificationFiles(
  subscribers: Iterable<Subscriber>,
  events: EventFiles,
): NotificationsExport {
  const exported: ExportedEvent[] = [];
  for (const open of events.open.values()) {
    if (open.event)
      exported.push({
        event: open.event,
        closedAt: null,
        counts: null,
        deliveries: [...open.deliveries.values()],
      });
  }
  for (const done of events.done.values()) {
    exported.push({ event: done.event, closedAt: done.closedAt, counts: done.counts, deliveries: done.kept });
  }
  return sortedNotifications(subscribers, exported);
}

/**
 * Replaces subscribers and outbox with the export's. The outbox cursor starts again, so every event the
 * imported document still holds as pending is accepted (once) by the next dispatcher round.
 */
export function importNotificationFiles(dir: string, data: NotificationsExport | undefined): void {
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(join(dir, 'cursor.json'), `${JSON.stringify({ seq: -1 })}\n`);
  if (!data) return;
  const eventsDir = join(dir, 'events');
  mkdirSync(eventsDir, { recursive: true });
  for (const name of readdirSync(eventsDir)) removeQuietly(join(eventsDir, name));
  for (const name of ['leases.json', 'rate-limits.json']) removeQuietly(join(dir, name));
  const lines = data.subscribers.map((s) => JSON.stringify({ put: s }));
  writeFileAtomic(join(dir, 'subscribers.jsonl'), lines.length > 0 ? `${lines.join('\n')}\n` : '');
  for (const { event, closedAt, counts, deliveries } of data.events) {
    const key = EventFiles.keyOf(event.id);
    if (closedAt !== null && counts !== null) {
      const summary: DoneSummary = { event, counts, kept: deliveries, closedAt };
      writeFileAtomic(join(eventsDir, `${key}.done.json`), `${JSON.stringify(summary)}\n`);
    } else {
      const text = `${JSON.stringify({ event })}\n${JSON.stringify({ put: deliveries })}\n`;
      writeFileAtomic(join(eventsDir, `${key}.jsonl`), text);
    }
  }
}
