import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { DomainError } from '@/lib/core/errors';
import { getStore } from '@/lib/store';
import type { StaffRole } from '@/lib/core/vocab';
import { decideStaffAccess, type Principal } from '@/lib/auth/access';
import { sessionSecret } from '@/lib/next/session-secret';
import { allowedHostsFor } from '@/lib/auth/origin';
import { SESSION_COOKIE } from '@/lib/auth/session';
import { clientAddress } from '@/lib/auth/throttle';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';

export interface RequireOptions {
  /** The least role needed (default editor). */
  role?: StaffRole;
  /** A state-changing call: cookie sessions must then come from our own origin. Default true. */
  write?: boolean;
}

async function decide(options: RequireOptions) {
  const [head, jar, snapshot] = await Promise.all([headers(), cookies(), getStore().load()]);
  const sessionCookie = jar.get(SESSION_COOKIE)?.value ?? null;
  return decideStaffAccess({
    method: options.write === false ? 'GET' : 'POST',
    authorization: head.get('authorization'),
    sessionCookie,
    origin: head.get('origin'),
    secFetchSite: head.get('sec-fetch-site'),
    allowedHosts: allowedHostsFor(head.get('host'), head.get('x-forwarded-host'), snapshot.doc.page.url),
    staff: snapshot.doc.staff,
    tokens: snapshot.doc.tokens,
    envToken: process.env.STATUS_API_TOKEN?.trim() || undefined,
    // Only a session needs the key; a token keeps working while a database store cannot hand it out.
    sessionSecret: sessionCookie ? await sessionSecret() : '',
    now: new Date(),
    role: options.role ?? 'editor',
  });
}

/**
 * The one gate for staff route handlers and server actions: returns who acts, or throws the DomainError
 * (401 unauthorized, 403 forbidden / forbidden_origin) that `handle()` turns into JSON.
 */
export async function requireStaff(options: RequireOptions = {}): Promise<Principal> {
  const decision = await decide(options);
  if (!decision.ok) throw new DomainError(decision.code, decision.message);
  // Every change this principal makes is audited with the address the front process resolved.
  const address = clientAddress((await headers()).get(CLIENT_ADDRESS_HEADER));
  return { ...decision.principal, actor: { ...decision.principal.actor, address } };
}

/** The gate for staff pages: signed-out visitors go to the sign-in page and come back afterwards. */
export async function requireStaffPage(returnTo = '/admin'): Promise<Principal> {
  const decision = await decide({ write: false, role: 'editor' });
  if (!decision.ok) redirect(`/admin/sign-in?next=${encodeURIComponent(returnTo)}`);
  return decision.principal;
}

/** The signed-in principal for a page that also shows something to visitors (the sign-in page), or null. */
export async function currentStaff(): Promise<Principal | null> {
  const decision = await decide({ write: false, role: 'editor' });
  return decision.ok ? decision.principal : null;
}
