import { DomainError } from '@/lib/core/errors';
import { clientAddress } from '@/lib/auth/throttle';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { SESSION_COOKIE } from '@/lib/auth/session';
import { parseCookieHeader } from '@/lib/preferences/viewer-preferences';
import { getStore } from '@/lib/store';
import { notifyConfig } from '@/lib/notify/config';
import { inspectLink } from '@/lib/notify/link-status';
import { requestLocale } from '@/lib/http/request-locale';
import type { TokenPurpose } from '@/lib/auth/subscription-tokens';
import { routeParam } from '@/lib/next/staff-write';
import type { StaffContext } from '@/lib/notify/staff-subscriptions';
import { requireStaff } from '@/lib/next/require-staff';

/** Request plumbing shared by the subscription routes and server actions. */

/** A request that carries staff credentials is judged as staff (and refused if they are wrong). */
export function carriesStaffCredentials(request: Request): boolean {
  return (
    request.headers.get('authorization') !== null ||
    parseCookieHeader(request.headers.get('cookie')).has(SESSION_COOKIE)
  );
}

/**
 * The client address for the subscription rate limits, as the front process resolved it (the socket's, or what a
 * trusted proxy forwarded): nothing a client writes itself picks a fresh bucket.
 */
export function requestClient(headers: Headers): string {
  return clientAddress(headers.get(CLIENT_ADDRESS_HEADER));
}

/** The staff member's context for a subscription change; 401/403 before anything is read. */
export async function staffSubscriptionContext(): Promise<StaffContext> {
  const principal = await requireStaff();
  let config;
  try {
    config = notifyConfig();
  } catch (error) {
    throw new DomainError(
      'unprocessable',
      `Notifications are not configured correctly: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { store: getStore(), now: new Date(), actor: principal.actor, config };
}

/**
 * What a page behind a signed subscription link starts from: the token, the link's state, and the language to
 * answer in (the subscriber's own once the link names one, else the reader's).
 */
export async function openSubscriptionLink(
  request: Request,
  params: Promise<{ token: string }>,
  purpose: TokenPurpose,
) {
  const token = routeParam((await params).token);
  const store = getStore();
  const status = await inspectLink(token, purpose, { store, now: new Date() });
  const { doc } = await store.load();
  const ctx = { locale: status.subscriber?.lang ?? requestLocale(request).locale, pageName: doc.page.name };
  return { token, store, status, ctx };
}
