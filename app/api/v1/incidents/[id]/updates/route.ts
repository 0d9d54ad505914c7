import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { requireStaff } from '@/lib/next/require-staff';
import { staffWrite } from '@/lib/next/staff-write';
import { addIncidentUpdate, incidentUpdateInputSchema } from '@/lib/status/incidents';

/** POST /api/v1/incidents/{id}/updates → 201 `{incident, update, revision}`. */
export const POST = handle(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const principal = await requireStaff();
  const { id } = await params;
  const input = incidentUpdateInputSchema.parse(await readJsonBody(request));
  const { result, revision } = await staffWrite(
    request,
    (draft, ctx) => addIncidentUpdate(draft, id, input, ctx),
    ({ incident, update }) => ({
      action: `incident.update.${update.status}`,
      target: `incident:${incident.id}`,
      after: { status: update.status, impact: incident.impact, components: update.affectedComponents },
    }),
    { principal },
  );
  return privateJson({ ...result, revision }, 201);
});
