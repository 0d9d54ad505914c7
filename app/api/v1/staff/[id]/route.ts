import { handle, privateJson, readJsonBody } from '@/lib/api/http';
import { hashPassword } from '@/lib/auth/password';
import { requireStaff } from '@/lib/auth/next-staff';
import { staffWrite } from '@/lib/auth/next-write';
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
