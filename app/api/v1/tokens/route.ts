import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { requireStaff } from '@/lib/next/require-staff';
import { staffWrite } from '@/lib/next/staff-write';
import { createApiTokenRecord, publicToken, tokenInputSchema } from '@/lib/auth/staff';
import { generateApiToken } from '@/lib/auth/tokens';
import { getStore } from '@/lib/store';

/** GET /api/v1/tokens (admin) → 200 `{tokens: [{id, name, role, createdBy, createdAt, revokedAt}]}`. */
export const GET = handle(async () => {
  await requireStaff({ role: 'admin', write: false });
  const { doc } = await getStore().load();
  return privateJson({ tokens: doc.tokens.map(publicToken) });
});

/** POST /api/v1/tokens (admin) `{name, role?}` → 201 `{token, secret, revision}`; the secret is shown this once only. */
export const POST = handle(async (request) => {
  const principal = await requireStaff({ role: 'admin' });
  const input = tokenInputSchema.parse(await readJsonBody(request));
  const { secret, hash } = generateApiToken();
  const { result, revision } = await staffWrite(
    request,
    (draft, ctx) => createApiTokenRecord(draft, { ...input, hash }, ctx),
    (t) => ({ action: 'token.create', target: `token:${t.id}`, after: { name: t.name, role: t.role } }),
    { principal },
  );
  return privateJson({ token: publicToken(result), secret, revision }, 201);
});
