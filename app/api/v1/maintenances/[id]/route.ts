import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { requireStaff } from '@/lib/next/require-staff';
import { staffWrite } from '@/lib/next/staff-write';
import {
  cancelMaintenance,
  maintenanceStatusInputSchema,
  setMaintenanceStatus,
} from '@/lib/status/maintenances';
import { maintenanceRescheduleInputSchema, rescheduleMaintenance } from '@/lib/status/maintenance-reschedule';

type Context = { params: Promise<{ id: string }> };

/** DELETE /api/v1/maintenances/{id}: cancel, keeping it in the history → 200 `{maintenance, revision}`. */
export const DELETE = handle(async (request, { params }: Context) => {
  const principal = await requireStaff();
  const { id } = await params;
  const { result: maintenance, revision } = await staffWrite(
    request,
    (draft, ctx) => cancelMaintenance(draft, id, ctx),
    (m) => ({
      action: 'maintenance.cancel',
      target: `maintenance:${m.id}`,
      after: { cancelledAt: m.cancelledAt },
    }),
    { principal },
  );
  return privateJson({ maintenance, revision });
});

/**
 * PATCH /api/v1/maintenances/{id}: `{status: "verifying" | "completed"}`, or `{scheduledFor, scheduledUntil,
 * emergency?}` to move a maintenance that has not started (24 h notice again) → 200 `{maintenance, revision}`.
 */
export const PATCH = handle(async (request, { params }: Context) => {
  const principal = await requireStaff();
  const { id } = await params;
  const body = await readJsonBody(request);
  if (typeof body === 'object' && body !== null && !('status' in body)) {
    const moved = maintenanceRescheduleInputSchema.parse(body);
    const { result: maintenance, revision } = await staffWrite(
      request,
      (draft, ctx) => rescheduleMaintenance(draft, id, moved, ctx),
      (m) => ({
        action: 'maintenance.reschedule',
        target: `maintenance:${m.id}`,
        after: { scheduledFor: m.scheduledFor, scheduledUntil: m.scheduledUntil, sequence: m.sequence ?? 0 },
      }),
      { principal },
    );
    return privateJson({ maintenance, revision });
  }
  const input = maintenanceStatusInputSchema.parse(body);
  const { result: maintenance, revision } = await staffWrite(
    request,
    (draft, ctx) => setMaintenanceStatus(draft, id, input, ctx),
    (m) => ({
      action: `maintenance.${input.status}`,
      target: `maintenance:${m.id}`,
      after: { manualStatus: m.manualStatus },
    }),
    { principal },
  );
  return privateJson({ maintenance, revision });
});
