import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { requireStaff } from '@/lib/next/require-staff';
import { staffWrite } from '@/lib/next/staff-write';
import { componentPatchInputSchema, patchComponent } from '@/lib/status/components';

/**
 * PATCH /api/v1/components/{id} `{status?, translations?}` → 200 `{component | group, change?, revision}`.
 * A group id takes translations only.
 */
export const PATCH = handle(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const principal = await requireStaff();
  const { id } = await params;
  const input = componentPatchInputSchema.parse(await readJsonBody(request));
  const { result, revision } = await staffWrite(
    request,
    (draft, ctx) => patchComponent(draft, id, input, ctx),
    (r) => {
      const entries = [];
      if (r.change) {
        entries.push({
          action: 'component.status',
          target: `component:${r.change.id}`,
          before: { status: r.change.oldStatus },
          after: { status: r.change.newStatus },
        });
      }
      if (input.translations) {
        entries.push({
          action: `${r.kind}.translations`,
          target: `${r.kind}:${r.id}`,
          before: { translations: r.translationsBefore ?? {} },
          after: { translations: r.translationsAfter ?? {} },
        });
      }
      return entries;
    },
    { principal },
  );
  const { kind, component, group, change } = result;
  return privateJson({
    ...(kind === 'group' ? { group } : { component }),
    ...(change ? { change } : {}),
    revision,
  });
});
