import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { requireStaff } from '@/lib/next/require-staff';
import { staffWrite } from '@/lib/next/staff-write';
import { createMaintenance, maintenanceInputSchema } from '@/lib/status/maintenances';

/**
 * POST /api/v1/maintenances → 201 `{maintenance, revision}`; 422 insufficient_notice when it starts less than 24 h
 * from now without `emergency: {reason}`.
 */
export const POST = handle(async (request) => {
  const principal = await requireStaff();
  const input = maintenanceInputSchema.parse(await readJsonBody(request));
  const { result: maintenance, revision } = await staffWrite(
    request,
    (draft, ctx) => createMaintenance(draft, input, ctx),
    (m) => ({
      action: m.emergency ? 'maintenance.create.emergency' : 'maintenance.create',
      target: `maintenance:${m.id}`,
      after: {
        name: m.name,
        scheduledFor: m.scheduledFor,
        scheduledUntil: m.scheduledUntil,
        components: m.componentIds,
        emergency: m.emergency,
      },
    }),
    { principal },
  );
  return privateJson({ maintenance, revision }, 201);
});
