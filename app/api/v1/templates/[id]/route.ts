import { DomainError } from '@/lib/core/errors';
import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { requireStaff } from '@/lib/next/require-staff';
import { routeParam, staffWrite } from '@/lib/next/staff-write';
import { getStore } from '@/lib/store';
import { deleteTemplate, findTemplate, templatePatchSchema, updateTemplate } from '@/lib/status/templates';

type Params = { params: Promise<{ id: string }> };

/** GET /api/v1/templates/{id} (staff) → 200 `{template}`. */
export const GET = handle(async (_request, { params }: Params) => {
  await requireStaff({ write: false });
  const id = routeParam((await params).id);
  const { doc } = await getStore().load();
  return privateJson({ template: findTemplate(doc, id) });
});

/** PATCH /api/v1/templates/{id} with any template field → 200 `{template, revision}`. */
export const PATCH = handle(async (request, { params }: Params) => {
  const principal = await requireStaff();
  const id = routeParam((await params).id);
  const input = templatePatchSchema.parse(await readJsonBody(request));
  if (Object.keys(input).length === 0) {
    throw new DomainError('invalid_request', 'The request changes nothing: send at least one field.', [
      { field: '(body)', problem: 'no field to change' },
    ]);
  }
  const { result, revision } = await staffWrite(
    request,
    (draft, ctx) => updateTemplate(draft, id, input, ctx),
    ({ before, after }) => ({
      action: 'template.update',
      target: `template:${id}`,
      before: { name: before.name, languages: Object.keys(before.translations ?? {}) },
      after: { name: after.name, languages: Object.keys(after.translations ?? {}) },
    }),
    { principal },
  );
  return privateJson({ template: result.after, revision });
});

/** DELETE /api/v1/templates/{id} → 200 `{template, revision}` (the removed template). */
export const DELETE = handle(async (request, { params }: Params) => {
  const principal = await requireStaff();
  const id = routeParam((await params).id);
  const { result, revision } = await staffWrite(
    request,
    (draft) => deleteTemplate(draft, id),
    (t) => ({ action: 'template.delete', target: `template:${t.id}`, before: { name: t.name } }),
    { principal },
  );
  return privateJson({ template: result, revision });
});
