import { nextTransition } from '@/lib/schedule/upcoming';
import type { StoreDocument } from '@/lib/store/schema';

/**
 * The next instant after `now` at which a maintenance starts or ends, i.e. when the page's derived
 * state changes without any write.
 */
function nextMaintenanceTransition(doc: StoreDocument, now: Date): number {
  const t = now.getTime();
  let next = Number.POSITIVE_INFINITY;
  for (const m of doc.maintenances) {
    if (m.cancelledAt !== null) continue;
    for (const instant of [Date.parse(m.scheduledFor), Date.parse(m.scheduledUntil)]) {
      if (instant > t && instant < next) next = instant;
    }
  }
  return next;
}

/** When any public response may change by the clock alone: announced maintenances and recurring windows. */
export function nextStateChange(doc: StoreDocument, now: Date): number {
  const scheduled = nextTransition(
    { rules: doc.rules, maintenances: doc.maintenances, overrides: doc.occurrenceOverrides },
    now,
  );
  return Math.min(nextMaintenanceTransition(doc, now), scheduled?.getTime() ?? Number.POSITIVE_INFINITY);
}
