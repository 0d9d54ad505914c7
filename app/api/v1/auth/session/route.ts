import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { requireStaff } from '@/lib/next/require-staff';
import { publicMember } from '@/lib/auth/staff';

/** GET /api/v1/auth/session → 200 `{actor, role, via, member}` for the cookie or token sent, else 401. */
export const GET = handle(async () => {
  const principal = await requireStaff({ write: false });
  // Who acts, as documented; the request's address is for the audit log only.
  const { kind, id, name } = principal.actor;
  return privateJson({
    actor: { kind, id, name },
    role: principal.role,
    via: principal.via,
    member: principal.member ? publicMember(principal.member) : null,
  });
});
