import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { requireStaff } from '@/lib/next/require-staff';
import { staffWrite } from '@/lib/next/staff-write';
import { createIncident, incidentInputSchema } from '@/lib/status/incidents';

/** POST /api/v1/incidents → 201 `{incident, revision}` (camelCase, as stored), Location: the public incident page. */
export const POST = handle(async (request) => {
  const principal = await requireStaff();
  const input = incidentInputSchema.parse(await readJsonBody(request));
  const { result: incident, revision } = await staffWrite(
    request,
    (draft, ctx) => createIncident(draft, input, ctx),
    (i) => ({
      action: 'incident.create',
      target: `incident:${i.id}`,
      after: {
        name: i.name,
        status: i.status,
        impact: i.impact,
        components: i.updates[0]?.affectedComponents ?? [],
      },
    }),
    { principal },
  );
  return privateJson({ incident, revision }, 201, { Location: `/incidents/${incident.id}` });
});
