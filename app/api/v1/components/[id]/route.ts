import { handle, privateJson, readJsonBody } from '@/lib/api/http';
import { requireStaff } from '@/lib/auth/next-staff';
import { staffWrite } from '@/lib/auth/next-write';
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
