import { DomainError } from '@/lib/core/errors';
import {
  verifySubscriptionToken,
  type TokenPayload,
  type TokenPurpose,
} from '@/lib/auth/subscription-tokens';
import type { Subscriber } from '@/lib/store/notification-schema';

/** Why a link cannot be used, in words the person who clicked it can act on. */
export const linkProblems = ['invalid', 'expired', 'used', 'other_subscription', 'gone'] as const;
export type LinkProblem = (typeof linkProblems)[number];

export function linkError(problem: LinkProblem): DomainError {
  switch (problem) {
    case 'expired':
      return new DomainError('invalid_request', 'This link has expired. Subscribe again to get a new one.', [
        { field: 'token', problem: 'has expired', reason: 'expired' },
      ]);
    case 'used':
      return new DomainError('conflict', 'This link was already used: the subscription is confirmed.', [
        { field: 'token', problem: 'was already used', reason: 'used' },
      ]);
    case 'other_subscription':
      return new DomainError('forbidden', 'This link belongs to another subscription.', [
        { field: 'token', problem: 'belongs to another subscription', reason: 'other_subscription' },
      ]);
    case 'gone':
      return new DomainError('not_found', 'This subscription no longer exists.', [
        { field: 'token', problem: 'names a subscription that no longer exists', reason: 'gone' },
      ]);
    case 'invalid':
      return new DomainError(
        'invalid_request',
        'This link is not valid. Copy the whole link from the mail, or subscribe again.',
        [{ field: 'token', problem: 'is not a valid link', reason: 'invalid' }],
      );
  }
}

/** The token's payload, or the DomainError for a malformed, forged, misused or expired one. */
export function readToken(token: string, purpose: TokenPurpose, secret: string, now: Date): TokenPayload {
  const check = verifySubscriptionToken(token, purpose, secret, now);
  if (check.ok) return check.payload;
  throw linkError(check.reason === 'expired' ? 'expired' : 'invalid');
}

/** A manage or unsubscribe link works while the subscription exists with the nonce it was signed with. */
export function assertLinkMatches(subscriber: Subscriber | null, payload: TokenPayload): Subscriber {
  if (!subscriber || subscriber.nonce !== payload.nonce) throw linkError('gone');
  return subscriber;
}
