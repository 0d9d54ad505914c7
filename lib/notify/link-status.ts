import { isDomainError } from '@/lib/core/errors';
import { verifySubscriptionToken, type TokenPurpose } from '@/lib/auth/subscription-tokens';
import type { Subscriber } from '@/lib/store/notification-schema';
import { STORE_SECRET_NAME } from '@/lib/notify/links';
import type { SubscriptionContext } from '@/lib/notify/subscriptions';
import { linkProblems, type LinkProblem } from '@/lib/notify/token-check';

export type LinkStatus =
  { ok: true; subscriber: Subscriber } | { ok: false; problem: LinkProblem; subscriber: Subscriber | null };

/**
 * What a link from a mail would do, without doing it: the page a GET shows (one button, or why the link cannot
 * be used). Mail scanners follow links; nothing changes until the reader presses the button.
 */
export async function inspectLink(
  token: string,
  purpose: TokenPurpose,
  ctx: SubscriptionContext,
): Promise<LinkStatus> {
  const check = verifySubscriptionToken(token, purpose, await ctx.store.secret(STORE_SECRET_NAME), ctx.now);
  if (!check.ok)
    return { ok: false, problem: check.reason === 'expired' ? 'expired' : 'invalid', subscriber: null };
  const subscriber = await ctx.store.notifications.getSubscriber(check.payload.subscriberId);
  if (!subscriber) return { ok: false, problem: 'gone', subscriber: null };
  if (purpose !== 'confirm')
    return subscriber.nonce === check.payload.nonce
      ? { ok: true, subscriber }
      : { ok: false, problem: 'gone', subscriber: null };
  if (subscriber.confirmNonce === check.payload.nonce) return { ok: true, subscriber };
  const used = subscriber.confirmNonce === null && subscriber.state === 'confirmed';
  return { ok: false, problem: used ? 'used' : 'invalid', subscriber: used ? subscriber : null };
}

/** The link problem a DomainError from a link verb stands for, or null when it is something else. */
export function linkProblemOf(error: unknown): LinkProblem | null {
  if (!isDomainError(error) || !Array.isArray(error.details)) return null;
  const detail: unknown = error.details[0];
  const reason = typeof detail === 'object' && detail !== null && 'reason' in detail ? detail.reason : null;
  return linkProblems.find((p) => p === reason) ?? null;
}
