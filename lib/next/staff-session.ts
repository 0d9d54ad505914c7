import { cookies, headers } from 'next/headers';
import { DomainError } from '@/lib/core/errors';
import { getStore } from '@/lib/store';
import type { StaffMember } from '@/lib/store/schema';
import { allowedHostsFor, decideOrigin } from '@/lib/auth/origin';
import { sessionSecret } from '@/lib/next/session-secret';
import {
  SESSION_COOKIE,
  isHttpsRequest,
  issueSession,
  sessionCookieOptions,
  verifySession,
} from '@/lib/auth/session';
import { authenticate } from '@/lib/auth/sign-in';
import { endSessions, type SignInInput } from '@/lib/auth/staff';
import { clientAddress, throttleFor } from '@/lib/auth/throttle';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';

async function assertSameOrigin(): Promise<Headers> {
  const head = await headers();
  const { doc } = await getStore().load();
  const decision = decideOrigin({
    method: 'POST',
    origin: head.get('origin'),
    secFetchSite: head.get('sec-fetch-site'),
    allowedHosts: allowedHostsFor(head.get('host'), head.get('x-forwarded-host'), doc.page.url),
  });
  if (!decision.ok)
    throw new DomainError('forbidden_origin', `Sign-in was refused because ${decision.reason}.`);
  return head;
}

/** Checks the password (throttled) and sets a fresh session cookie; a new cookie on every sign-in. */
export async function signInWithPassword(input: SignInInput, requestUrl: string): Promise<StaffMember> {
  const head = await assertSameOrigin();
  const now = new Date();
  const store = getStore();
  const { doc } = await store.load();
  const address = clientAddress(head.get(CLIENT_ADDRESS_HEADER));
  const member = await authenticate({ ...input, address }, doc.staff, throttleFor(store), now);
  const { token } = issueSession(member, await sessionSecret(), now);
  const jar = await cookies();
  jar.set(
    SESSION_COOKIE,
    token,
    sessionCookieOptions(isHttpsRequest(requestUrl, head.get('x-forwarded-proto'))),
  );
  return member;
}

/** Ends every session of the signed-in member (sessionVersion + 1) and clears the cookie. */
export async function signOut(requestUrl: string): Promise<void> {
  const head = await assertSameOrigin();
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  const now = new Date();
  const check = token ? verifySession(token, await sessionSecret(), now) : null;
  if (check?.ok) {
    const { doc } = await getStore().load();
    const member = doc.staff.find((m) => m.id === check.payload.sub);
    if (member && member.sessionVersion === check.payload.ver) {
      await getStore().update((draft) => endSessions(draft, member.id), {
        now,
        actor: {
          kind: 'staff',
          id: member.id,
          name: member.email,
          address: clientAddress(head.get(CLIENT_ADDRESS_HEADER)),
        },
        audit: () => ({ action: 'staff.sign_out', target: `staff:${member.id}` }),
      });
    }
  }
  jar.set(SESSION_COOKIE, '', {
    ...sessionCookieOptions(isHttpsRequest(requestUrl, head.get('x-forwarded-proto'))),
    maxAge: 0,
  });
}
