import type { Actor } from '@/lib/store/driver';
import type { StaffMember, StoreDocument } from '@/lib/store/schema';
import type { StaffRole } from '@/lib/core/vocab';
import { decideOrigin } from './origin';
import { verifySession } from './session';
import { bearerToken, constantTimeEqual, findApiToken } from './tokens';

/** Who is acting, how they proved it, and what they may do. */
export interface Principal {
  actor: Actor;
  role: StaffRole;
  via: 'session' | 'token';
  /** The signed-in member (session only). */
  member: StaffMember | null;
}

export interface AccessInput {
  method: string;
  authorization: string | null;
  sessionCookie: string | null;
  origin: string | null;
  secFetchSite: string | null;
  allowedHosts: readonly string[];
  staff: StoreDocument['staff'];
  tokens: StoreDocument['tokens'];
  /** STATUS_API_TOKEN, an admin token for automation; unset or empty disables it. */
  envToken: string | undefined;
  sessionSecret: string;
  now: Date;
  /** The least role the action needs. */
  role: StaffRole;
}

export type AccessDecision =
  | { ok: true; principal: Principal }
  | { ok: false; code: 'unauthorized' | 'forbidden' | 'forbidden_origin'; message: string };

const ENV_ACTOR: Actor = { kind: 'token', id: 'env', name: 'STATUS_API_TOKEN' };
const rank: Record<StaffRole, number> = { editor: 1, admin: 2 };

const unauthorized = (message: string): AccessDecision => ({ ok: false, code: 'unauthorized', message });

function fromBearer(input: AccessInput, secret: string): AccessDecision {
  if (input.envToken && constantTimeEqual(secret, input.envToken)) {
    return { ok: true, principal: { actor: ENV_ACTOR, role: 'admin', via: 'token', member: null } };
  }
  const token = findApiToken(input.tokens, secret);
  if (!token) return unauthorized('The API token is not valid or has been revoked.');
  return {
    ok: true,
    principal: {
      actor: { kind: 'token', id: token.id, name: token.name },
      role: token.role,
      via: 'token',
      member: null,
    },
  };
}

function fromSession(input: AccessInput, cookie: string): AccessDecision {
  const expired = unauthorized('Your session has ended. Sign in again.');
  const check = verifySession(cookie, input.sessionSecret, input.now);
  if (!check.ok) return expired;
  const member = input.staff.find((m) => m.id === check.payload.sub);
  if (!member || member.disabledAt !== null || member.sessionVersion !== check.payload.ver) return expired;
  // Cross-site forgery only rides on cookies, so only cookie-authenticated writes are checked for their origin.
  const origin = decideOrigin(input);
  if (!origin.ok) {
    return {
      ok: false,
      code: 'forbidden_origin',
      message: `This change was refused because ${origin.reason}, not from this site.`,
    };
  }
  return {
    ok: true,
    principal: {
      actor: { kind: 'staff', id: member.id, name: member.email },
      role: member.role,
      via: 'session',
      member,
    },
  };
}

/**
 * The single decision behind every staff page, action and write route. A Bearer header, when present, decides alone
 * (a bad token never falls back to the cookie); otherwise the session cookie must be valid, current and same-origin.
 */
export function decideStaffAccess(input: AccessInput): AccessDecision {
  let decision: AccessDecision;
  if (input.authorization !== null && input.authorization.trim() !== '') {
    const secret = bearerToken(input.authorization);
    decision = secret
      ? fromBearer(input, secret)
      : unauthorized('Send the API token as "Authorization: Bearer <token>".');
  } else if (input.sessionCookie) {
    decision = fromSession(input, input.sessionCookie);
  } else {
    decision = unauthorized('Sign in, or send an API token as "Authorization: Bearer <token>".');
  }
  if (decision.ok && rank[decision.principal.role] < rank[input.role]) {
    return { ok: false, code: 'forbidden', message: 'Only an admin may do this.' };
  }
  return decision;
}
