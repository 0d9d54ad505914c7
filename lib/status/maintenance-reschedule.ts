import { z } from 'zod';
import { DomainError } from '@/lib/core/errors';
import { assertNotice } from '@/lib/schedule/notice';
import type { Maintenance, StoreDocument } from '@/lib/store/schema';
import type { WriteContext } from '@/lib/store/write-context';
import { findMaintenance, MAX_MAINTENANCE_MS } from '@/lib/status/maintenances';
import { queueMaintenanceEvent } from '@/lib/status/notification-events';
import { maintenanceStatus } from '@/lib/status/state';

const instant = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 instant, e.g. 2026-05-01T22:00:00Z',
});
const toUtc = (value: string) => new Date(value).toISOString();

export const maintenanceRescheduleInputSchema = z
  .strictObject({
    scheduledFor: instant.transform(toUtc),
    scheduledUntil: instant.transform(toUtc),
    emergency: z
      .strictObject({ reason: z.string().trim().min(1, 'an emergency needs a written reason').max(2000) })
      .nullable()
      .optional(),
  })
  .refine((m) => Date.parse(m.scheduledUntil) > Date.parse(m.scheduledFor), {
    message: 'must be after scheduledFor',
    path: ['scheduledUntil'],
  })
  .refine((m) => Date.parse(m.scheduledUntil) - Date.parse(m.scheduledFor) <= MAX_MAINTENANCE_MS, {
    message: 'a maintenance may last at most 14 days',
    path: ['scheduledUntil'],
  });
export type MaintenanceRescheduleInput = z.infer<typeof maintenanceRescheduleInputSchema>;

/**
 * Moves a maintenance that has not started to another window, with the same 24-hour notice as announcing it
 * (unless it is, or becomes, an emergency). Subscribers hear of it and their calendars update the same event.
 */
export function rescheduleMaintenance(
  doc: StoreDocument,
  id: string,
  input: MaintenanceRescheduleInput,
  ctx: WriteContext,
): Maintenance {
  const maintenance = findMaintenance(doc, id);
  const state = maintenanceStatus(maintenance, ctx.now);
  if (state !== 'scheduled') {
    throw new DomainError(
      'conflict',
      `Only a maintenance that has not started can be rescheduled; it is ${state}.`,
      {
        state,
      },
    );
  }
  const previous = { scheduledFor: maintenance.scheduledFor, scheduledUntil: maintenance.scheduledUntil };
  if (previous.scheduledFor === input.scheduledFor && previous.scheduledUntil === input.scheduledUntil) {
    return structuredClone(maintenance);
  }
  const emergency = input.emergency ?? maintenance.emergency;
  assertNotice(new Date(input.scheduledFor), ctx.now, emergency);
  maintenance.scheduledFor = input.scheduledFor;
  maintenance.scheduledUntil = input.scheduledUntil;
  maintenance.emergency = emergency ? { reason: emergency.reason } : null;
  maintenance.sequence = (maintenance.sequence ?? 0) + 1;
  maintenance.updatedAt = ctx.now.toISOString();
  queueMaintenanceEvent(doc, 'maintenance.rescheduled', maintenance, ctx, previous);
  return structuredClone(maintenance);
}
