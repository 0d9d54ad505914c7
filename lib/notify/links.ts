import {
  CONFIRM_TOKEN_TTL_MS,
  LINK_TOKEN_TTL_MS,
  signSubscriptionToken,
} from '@/lib/auth/subscription-tokens';
import type { Subscriber } from '@/lib/store/notification-schema';

/** The signed links one subscription's mail carries. */
export interface SubscriptionLinks {
  /** Present while the subscription waits for confirmation. */
  confirm: string | null;
  manage: string;
  unsubscribe: string;
  /** The personal calendar feed: the subscriber's components and language. */
  calendar: string;
}

export const STORE_SECRET_NAME = 'subscriptions-secret';

/** Links for `subscriber` as of `issuedAt` (a confirmation link lasts 48 h from then); '' as publicUrl gives paths. */
export function subscriptionLinks(
  subscriber: Subscriber,
  secret: string,
  publicUrl: string,
  issuedAt: Date,
): SubscriptionLinks {
  const token = (purpose: 'manage' | 'unsubscribe') =>
    signSubscriptionToken(
      {
        purpose,
        subscriberId: subscriber.id,
        nonce: subscriber.nonce,
        expiresAt: new Date(issuedAt.getTime() + LINK_TOKEN_TTL_MS),
      },
      secret,
    );
  const confirm =
    subscriber.confirmNonce === null
      ? null
      : signSubscriptionToken(
          {
            purpose: 'confirm',
            subscriberId: subscriber.id,
            nonce: subscriber.confirmNonce,
            expiresAt: new Date(issuedAt.getTime() + CONFIRM_TOKEN_TTL_MS),
          },
          secret,
        );
  const feed = new URLSearchParams({ lang: subscriber.lang });
  if (subscriber.components.length > 0) feed.set('components', subscriber.components.join(','));
  return {
    confirm: confirm === null ? null : `${publicUrl}/subscriptions/confirm/${confirm}`,
    manage: `${publicUrl}/subscriptions/manage/${token('manage')}?lang=${subscriber.lang}`,
    unsubscribe: `${publicUrl}/subscriptions/unsubscribe/${token('unsubscribe')}`,
    calendar: `${publicUrl}/api/v1/calendar.ics?${feed.toString().replace(/%2C/g, ',')}`,
  };
}
