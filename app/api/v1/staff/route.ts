import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { hashPassword } from '@/lib/auth/password';
import { requireStaff } from '@/lib/next/require-staff';
import { staffWrite } from '@/lib/next/staff-write';
import { addStaffMember, publicMember, staffInputSchema } from '@/lib/auth/staff';
import { getStore } from '@/lib/store';

/** GET /api/v1/staff (admin) → 200 `{staff: [{id, email, name, role, createdAt, disabledAt}]}`. */
export const GET = handle(async () => {
  await requireStaff({ role: 'admin', write: false });
  const { doc } = await getStore().load();
  return privateJson({ staff: doc.staff.map(publicMember) });
});

/** POST /api/v1/staff (admin) `{email, name?, role, password}` → 201 `{member, revision}`. */
export const POST = handle(async (request) => {
  const principal = await requireStaff({ role: 'admin' });
  const { password, ...input } = staffInputSchema.parse(await readJsonBody(request));
  const passwordHash = await hashPassword(password);
  const { result, revision } = await staffWrite(
    request,
    (draft, ctx) => addStaffMember(draft, { ...input, passwordHash }, ctx),
    (m) => ({ action: 'staff.add', target: `staff:${m.id}`, after: { email: m.email, role: m.role } }),
    { principal },
  );
  return privateJson({ member: publicMember(result), revision }, 201);
});
