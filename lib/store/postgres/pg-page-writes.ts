import { applyChange, pendingOf } from '@/lib/store/apply-change';
import { toAuditEntries } from '@/lib/store/audit-log';
import { assertRevision } from '@/lib/store/document-file';
import type { AuditEntry, UpdateOptions, UpdateResult } from '@/lib/store/driver';
import type { NotificationEvent } from '@/lib/store/notification-schema';
import { commitPendingEvents } from '@/lib/store/pending-events';
import type { StoreDocument } from '@/lib/store/schema';
import type { QueuedWrite } from '@/lib/store/write-batches';

/** At most this many queued writes share one transaction (and hold the row lock that long). */
export const MAX_BATCH = 50;

/** A page write as `update()` was given it. */
export interface PageWrite<T> {
  fn: (draft: StoreDocument) => T;
  options: UpdateOptions<T>;
}

export type QueuedPageWrite = QueuedWrite<PageWrite<unknown>, UpdateResult<unknown>>;

/** One write applied to the page before it: the page after it, its answer, audit entries and new events. */
function applyWrite<T>(doc: StoreDocument, { fn, options }: PageWrite<T>) {
  assertRevision(doc.revision, options.expectedRevision);
  let events: NotificationEvent[] = [];
  const { next, result } = applyChange(doc, fn, (draft) => {
    draft.revision = doc.revision + 1;
    draft.updatedAt = options.now.toISOString();
    // The write's new events go to status_events with it; the page row keeps none.
    events = commitPendingEvents(pendingOf(draft), draft.revision, Number.MAX_SAFE_INTEGER);
    draft.pendingEvents = [];
  });
  const inputs = [options.audit?.(result, next) ?? []].flat();
  const audit = toAuditEntries(inputs, options.actor, options.now, next.revision);
  return { answer: { doc: next, result }, audit, events };
}

/**
 * A batch of queued writes applied in order, each to the page its predecessor left, with its own revision,
 * time, audit entries and events, exactly as if it ran alone. A write that is refused (a conflict, an invalid
 * change) is answered at once and leaves the others be; the rest are answered by the caller after its commit.
 */
export function applyBatch(base: StoreDocument, batch: readonly QueuedPageWrite[]) {
  let doc = base;
  const applied: { write: QueuedPageWrite; answer: UpdateResult<unknown> }[] = [];
  const events: NotificationEvent[] = [];
  const audit: AuditEntry[] = [];
  for (const write of batch) {
    try {
      const step = applyWrite(doc, write.input);
      events.push(...step.events);
      audit.push(...step.audit);
      doc = step.answer.doc;
      applied.push({ write, answer: step.answer });
    } catch (error) {
      write.reject(error);
    }
  }
  return { doc, applied, events, audit };
}
