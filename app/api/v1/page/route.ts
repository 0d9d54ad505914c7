import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { requireStaff } from '@/lib/next/require-staff';
import { staffWrite } from '@/lib/next/staff-write';
import { getStore } from '@/lib/store';
import { pageTexts, pageTextsInputSchema, setPageTexts } from '@/lib/status/page-texts';

/** GET /api/v1/page (staff) → 200 `{page: {name, description, defaultLocale, translations}}`. */
export const GET = handle(async () => {
  await requireStaff({ write: false });
  const { doc } = await getStore().load();
  return privateJson({ page: pageTexts(doc.page) });
});

/** PATCH /api/v1/page `{name?, description?, translations?}` → 200 `{page, revision}`. */
export const PATCH = handle(async (request) => {
  const principal = await requireStaff();
  const input = pageTextsInputSchema.parse(await readJsonBody(request));
  const { result, revision } = await staffWrite(
    request,
    (draft, ctx) => setPageTexts(draft, input, ctx),
    ({ before, after }) => ({ action: 'page.texts', target: 'page', before, after }),
    { principal },
  );
  return privateJson({ page: result.after, revision });
});
