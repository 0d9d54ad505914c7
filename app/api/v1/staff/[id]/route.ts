import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { hashPassword } from '@/lib/auth/password';
import { requireStaff } from '@/lib/next/require-staff';
import { staffWrite } from '@/lib/next/staff-write';
import { publicMember, staffPatchSchema, updateStaffMember } from '@/lib/auth/staff';

/** PATCH /api/v1/staff/{id} (admin) `{role?, disabled?, password?}` → 200 `{member, revision}`. */
export const PATCH = handle(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const principal = await requireStaff({ role: 'admin' });
  const { id } = await params;
  const { password, ...patch } = staffPatchSchema.parse(await readJsonBody(request));
  const passwordHash = password === undefined ? undefined : await hashPassword(password);
  const { result, revision } = await staffWrite(
    request,
    (draft, ctx) => updateStaffMember(draft, id, { ...patch, passwordHash }, ctx),
    (m) => ({
      action: 'staff.update',
      target: `staff:${m.id}`,
      after: { email: m.email, ...patch, passwordChanged: passwordHash !== undefined },
    }),
    { principal },
  );
  return privateJson({ member: publicMember(result), revision });
});
