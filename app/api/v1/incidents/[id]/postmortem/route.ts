import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { requireStaff } from '@/lib/next/require-staff';
import { staffWrite } from '@/lib/next/staff-write';
import { postmortemInputSchema, publishPostmortem } from '@/lib/status/incidents';

/** PUT /api/v1/incidents/{id}/postmortem `{body}` → 200 `{incident, revision}`; the incident must be resolved. */
export const PUT = handle(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const principal = await requireStaff();
  const { id } = await params;
  const input = postmortemInputSchema.parse(await readJsonBody(request));
  const { result: incident, revision } = await staffWrite(
    request,
    (draft, ctx) => publishPostmortem(draft, id, input, ctx),
    (i) => ({
      action: 'incident.postmortem',
      target: `incident:${i.id}`,
      after: { length: input.body.length },
    }),
    { principal },
  );
  return privateJson({ incident, revision });
});
