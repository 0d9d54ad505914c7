import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { requireStaff } from '@/lib/next/require-staff';
import { staffWrite } from '@/lib/next/staff-write';
import { componentStatusInputSchema, setComponentStatus } from '@/lib/status/components';

/** PATCH /api/v1/components/{id} `{status}` → 200 `{component, change: {id, name, oldStatus, newStatus}, revision}`. */
export const PATCH = handle(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const principal = await requireStaff();
  const { id } = await params;
  const input = componentStatusInputSchema.parse(await readJsonBody(request));
  const { result, revision } = await staffWrite(
    request,
    (draft, ctx) => setComponentStatus(draft, id, input, ctx),
    ({ change }) => ({
      action: 'component.status',
      target: `component:${change.id}`,
      before: { status: change.oldStatus },
      after: { status: change.newStatus },
    }),
    { principal },
  );
  return privateJson({ ...result, revision });
});
