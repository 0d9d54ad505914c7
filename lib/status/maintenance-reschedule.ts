import { z } from 'zod';
import { DomainError } from '@/lib/core/errors';
import { assertNotice } from '@/lib/schedule/notice';
import type { Maintenance, StoreDocument } from '@/lib/store/schema';
import { detached } from '@/lib/store/detached';
import type { WriteContext } from '@/lib/store/write-context';
import { findMaintenance } from '@/lib/status/maintenances';
import { windowFields, withWindowChecks } from '@/lib/status/maintenance-window-input';
import { queueMaintenanceEvent } from '@/lib/status/notification-events';
import { maintenanceStatus } from '@/lib/status/state';

export const maintenanceRescheduleInputSchema = withWindowChecks(z.strictObject(windowFields));
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
    return detached(maintenance);
  }
  const emergency = input.emergency ?? maintenance.emergency;
  assertNotice(new Date(input.scheduledFor), ctx.now, emergency);
  maintenance.scheduledFor = input.scheduledFor;
  maintenance.scheduledUntil = input.scheduledUntil;
  maintenance.emergency = emergency ? { reason: emergency.reason } : null;
  maintenance.sequence = (maintenance.sequence ?? 0) + 1;
  maintenance.updatedAt = ctx.now.toISOString();
  queueMaintenanceEvent(doc, 'maintenance.rescheduled', maintenance, ctx, previous);
  return detached(maintenance);
}
