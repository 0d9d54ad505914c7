import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { requireStaff } from '@/lib/next/require-staff';
import { staffWrite } from '@/lib/next/staff-write';
import { resolveIncident, resolveInputSchema } from '@/lib/status/incidents';

/**
 * POST /api/v1/incidents/{id}/resolve `{body, restoreComponents?: true}` → 201 `{incident, update, revision}`:
 * a `resolved` update that, by default, returns every component the incident touched to operational.
 */
export const POST = handle(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const principal = await requireStaff();
  const { id } = await params;
  const input = resolveInputSchema.parse(await readJsonBody(request));
  const { result, revision } = await staffWrite(
    request,
    (draft, ctx) => resolveIncident(draft, id, input, ctx),
    ({ incident, update }) => ({
      action: 'incident.update.resolved',
      target: `incident:${incident.id}`,
      after: { status: update.status, components: update.affectedComponents },
    }),
    { principal },
  );
  return privateJson({ ...result, revision }, 201);
});
