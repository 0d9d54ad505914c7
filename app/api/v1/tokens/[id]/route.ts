import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { requireStaff } from '@/lib/next/require-staff';
import { staffWrite } from '@/lib/next/staff-write';
import { publicToken, revokeApiToken } from '@/lib/auth/staff';

/** DELETE /api/v1/tokens/{id} (admin): revoke → 200 `{token, revision}`; the token stops working at once. */
export const DELETE = handle(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const principal = await requireStaff({ role: 'admin' });
  const { id } = await params;
  const { result, revision } = await staffWrite(
    request,
    (draft, ctx) => revokeApiToken(draft, id, ctx),
    (t) => ({ action: 'token.revoke', target: `token:${t.id}`, after: { name: t.name } }),
    { principal },
  );
  return privateJson({ token: publicToken(result), revision });
});
