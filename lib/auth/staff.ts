import { z } from 'zod';
import { DomainError } from '@/lib/core/errors';
import type { ApiToken, StaffMember, StoreDocument } from '@/lib/store/schema';
import { detached } from '@/lib/store/detached';
import { nextId, type WriteContext } from '@/lib/store/write-context';
import { staffRoles } from '@/lib/core/vocab';
import { PASSWORD_MAX_LENGTH, passwordProblem } from './password';

const email = z
  .string()
  .trim()
  .max(320)
  .pipe(z.email({ message: 'must be an email address' }))
  .transform((value) => value.toLowerCase());
const password = z
  .string()
  .max(PASSWORD_MAX_LENGTH)
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const signInInputSchema = z.strictObject({
  email: z.string().trim().min(1, 'enter your email address').max(320),
  password: z.string().min(1, 'enter your password').max(PASSWORD_MAX_LENGTH),
});
export type SignInInput = z.infer<typeof signInInputSchema>;

export const staffInputSchema = z.strictObject({
  email,
  name: z.string().trim().max(200).default(''),
  role: z.enum(staffRoles),
  password,
});
export type StaffInput = z.infer<typeof staffInputSchema>;

export const staffPatchSchema = z
  .strictObject({
    role: z.enum(staffRoles).optional(),
    disabled: z.boolean().optional(),
    password: password.optional(),
  })
  .refine((p) => p.role !== undefined || p.disabled !== undefined || p.password !== undefined, {
    message: 'send at least one of role, disabled or password',
  });
export type StaffPatch = z.infer<typeof staffPatchSchema>;

export const tokenInputSchema = z.strictObject({
  name: z.string().trim().min(1, 'give the token a name, e.g. "deploy pipeline"').max(200),
  role: z.enum(staffRoles).default('editor'),
});
export type TokenInput = z.infer<typeof tokenInputSchema>;

/** What may leave the server about a member: never the hash. */
export type PublicStaffMember = Omit<StaffMember, 'passwordHash' | 'sessionVersion'>;
export function publicMember({
  passwordHash: _h,
  sessionVersion: _v,
  ...rest
}: StaffMember): PublicStaffMember {
  return rest;
}
export type PublicApiToken = Omit<ApiToken, 'hash'>;
export function publicToken({ hash: _h, ...rest }: ApiToken): PublicApiToken {
  return rest;
}

function findStaff(doc: StoreDocument, id: string): StaffMember {
  const member = doc.staff.find((m) => m.id === id);
  if (!member) throw new DomainError('not_found', `There is no staff member with id "${id}".`, { id });
  return member;
}

export function findStaffByEmail(staff: readonly StaffMember[], address: string): StaffMember | null {
  const wanted = address.trim().toLowerCase();
  return staff.find((m) => m.email.toLowerCase() === wanted) ?? null;
}

function activeAdmins(doc: StoreDocument): StaffMember[] {
  return doc.staff.filter((m) => m.role === 'admin' && m.disabledAt === null);
}

/** Adds a member whose password was already hashed (hashing is slow and async; store updates are neither). */
export function addStaffMember(
  doc: StoreDocument,
  input: Omit<StaffInput, 'password'> & { passwordHash: string },
  ctx: WriteContext,
): StaffMember {
  if (findStaffByEmail(doc.staff, input.email)) {
    throw new DomainError('conflict', `A staff member with the email ${input.email} already exists.`, [
      { field: 'email', problem: 'already in use' },
    ]);
  }
  const member: StaffMember = {
    id: nextId(ctx),
    email: input.email,
    name: input.name,
    role: input.role,
    passwordHash: input.passwordHash,
    sessionVersion: 0,
    createdAt: ctx.now.toISOString(),
    disabledAt: null,
  };
  doc.staff.push(member);
  return detached(member);
}

/** Changes role, disables/enables, or sets a new password (hashed); never leaves the page without an active admin. */
export function updateStaffMember(
  doc: StoreDocument,
  id: string,
  patch: { role?: StaffMember['role']; disabled?: boolean; passwordHash?: string },
  ctx: WriteContext,
): StaffMember {
  const member = findStaff(doc, id);
  const staysActiveAdmin =
    (patch.role ?? member.role) === 'admin' && !(patch.disabled ?? member.disabledAt !== null);
  const otherAdmins = activeAdmins(doc).filter((m) => m.id !== id);
  if (
    member.role === 'admin' &&
    member.disabledAt === null &&
    !staysActiveAdmin &&
    otherAdmins.length === 0
  ) {
    throw new DomainError('conflict', 'This is the last active admin; make someone else an admin first.', {
      id,
    });
  }
  if (patch.role) member.role = patch.role;
  if (patch.disabled !== undefined) {
    member.disabledAt = patch.disabled ? (member.disabledAt ?? ctx.now.toISOString()) : null;
    if (patch.disabled) member.sessionVersion += 1;
  }
  if (patch.passwordHash) {
    member.passwordHash = patch.passwordHash;
    member.sessionVersion += 1;
  }
  return detached(member);
}

/** Sign-out: every session the member holds becomes void. */
export function endSessions(doc: StoreDocument, id: string): StaffMember {
  const member = findStaff(doc, id);
  member.sessionVersion += 1;
  return detached(member);
}

export function createApiTokenRecord(
  doc: StoreDocument,
  input: TokenInput & { hash: string },
  ctx: WriteContext,
): ApiToken {
  if (doc.tokens.some((t) => t.revokedAt === null && t.name.toLowerCase() === input.name.toLowerCase())) {
    throw new DomainError('conflict', `An active token named "${input.name}" already exists.`, [
      { field: 'name', problem: 'already in use' },
    ]);
  }
  const token: ApiToken = {
    id: nextId(ctx),
    name: input.name,
    hash: input.hash,
    role: input.role,
    createdBy: ctx.actor.name,
    createdAt: ctx.now.toISOString(),
    revokedAt: null,
  };
  doc.tokens.push(token);
  return detached(token);
}

export function revokeApiToken(doc: StoreDocument, id: string, ctx: WriteContext): ApiToken {
  const token = doc.tokens.find((t) => t.id === id);
  if (!token) throw new DomainError('not_found', `There is no API token with id "${id}".`, { id });
  if (token.revokedAt !== null) throw new DomainError('conflict', 'This token is already revoked.', { id });
  token.revokedAt = ctx.now.toISOString();
  return detached(token);
}
