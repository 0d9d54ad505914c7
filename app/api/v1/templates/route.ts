import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { requireStaff } from '@/lib/next/require-staff';
import { staffWrite } from '@/lib/next/staff-write';
import { getStore } from '@/lib/store';
import { createTemplate, templateInputSchema } from '@/lib/status/templates';

/** GET /api/v1/templates (staff) → 200 `{templates}`, each with its translations. */
export const GET = handle(async () => {
  await requireStaff({ write: false });
  const { doc } = await getStore().load();
  return privateJson({ templates: doc.templates });
});

/** POST /api/v1/templates `{name, status, impact, body, components?, translations?}` → 201 `{template, revision}`. */
export const POST = handle(async (request) => {
  const principal = await requireStaff();
  const input = templateInputSchema.parse(await readJsonBody(request));
  const { result, revision } = await staffWrite(
    request,
    (draft, ctx) => createTemplate(draft, input, ctx),
    (t) => ({
      action: 'template.create',
      target: `template:${t.id}`,
      after: { name: t.name, languages: Object.keys(t.translations ?? {}) },
    }),
    { principal },
  );
  return privateJson({ template: result, revision }, 201);
});
