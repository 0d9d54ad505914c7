import { createHmac, randomBytes } from 'node:crypto';
import { DomainError } from '@/lib/core/errors';
import { defaultLocale } from '@/lib/core/locales';
import type { NotificationEventType } from '@/lib/core/vocab';
import type { StoreDriver } from '@/lib/store/driver';
import { notificationEventSchema, type Subscriber } from '@/lib/store/notification-schema';
import type { StoreDocument } from '@/lib/store/schema';
import { randomId } from '@/lib/store/write-context';
import { assertComponentsExist } from '@/lib/status/components';
import { STORE_SECRET_NAME } from '@/lib/notify/links';
import type { EmailSubscriptionInput, ManageSubscriptionInput } from '@/lib/notify/subscription-input';
import { assertLinkMatches, linkError, readToken } from '@/lib/notify/token-check';

/** The public side of subscriptions: sign up (double opt-in), confirm, manage and unsubscribe by signed link. */

export interface SubscriptionContext {
  store: StoreDriver;
  now: Date;
}

export const ADDRESS_LIMIT = 5;
export const CLIENT_LIMIT = 20;
export const RATE_WINDOW_MS = 60 * 60 * 1000;

export function newNonce(): string {
  return randomBytes(12).toString('base64url');
}

export function newSubscriber(
  fields: Pick<Subscriber, 'type' | 'email' | 'url' | 'format' | 'components' | 'lang' | 'timeZone'>,
  state: Subscriber['state'],
  now: Date,
  createdBy = '',
): Subscriber {
  const at = now.toISOString();
  return {
    id: randomId(),
    ...fields,
    state,
    nonce: newNonce(),
    confirmNonce: state === 'pending' ? newNonce() : null,
    createdAt: at,
    updatedAt: at,
    confirmedAt: state === 'confirmed' ? at : null,
    createdBy,
    health: {
      consecutiveFailures: 0,
      failingSince: null,
      lastAttemptAt: null,
      lastSuccessAt: null,
      lastError: null,
      disabledAt: null,
      disabledReason: null,
    },
  };
}

/** Queues a message for one subscriber (the confirmation mail, or "you are already subscribed"). */
export async function queueMessage(
  store: StoreDriver,
  type: Extract<NotificationEventType, `subscription.${string}`>,
  subscriber: Subscriber,
  now: Date,
): Promise<void> {
  const event = notificationEventSchema.parse({
    id: `${type}:${subscriber.id}:${randomId()}`,
    type,
    at: now.toISOString(),
    subscriberId: subscriber.id,
  });
  await store.notifications.acceptEvent(event, now);
}

async function assertWithinRateLimits(
  ctx: SubscriptionContext,
  email: string,
  client: string,
): Promise<void> {
  const secret = await ctx.store.secret(STORE_SECRET_NAME);
  const key = (kind: string, value: string) =>
    `${kind}:${createHmac('sha256', secret).update(`${kind}:${value}`).digest('base64url').slice(0, 24)}`;
  const decision = await ctx.store.notifications.consumeRateLimit(
    [
      { key: key('address', email), limit: ADDRESS_LIMIT },
      { key: key('client', client), limit: CLIENT_LIMIT },
    ],
    RATE_WINDOW_MS,
    ctx.now,
  );
  if (decision.allowed) return;
  const retryAfterSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  throw new DomainError(
    'rate_limited',
    `Too many subscription requests. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    { retryAfterSeconds },
  );
}

/**
 * POST /api/v1/subscriptions without staff auth: the same answer whether or not the address is known. A new or
 * unconfirmed address gets a confirmation mail (settings as asked); a confirmed one gets a mail with its manage
 * link, and nothing about it changes without that link.
 */
export async function requestSubscription(
  input: EmailSubscriptionInput,
  doc: StoreDocument,
  client: string,
  ctx: SubscriptionContext,
): Promise<{ status: 'pending' }> {
  assertComponentsExist(doc, input.components ?? [], 'components');
  await assertWithinRateLimits(ctx, input.email, client);
  const settings = {
    components: input.components ?? [],
    lang: input.lang ?? defaultLocale,
    timeZone: input.timeZone ?? doc.page.timeZone,
  };
  const { after } = await ctx.store.notifications.modifySubscriber({ email: input.email }, (current) => {
    if (current === null) {
      const fields = { type: 'email' as const, email: input.email, url: null, format: 'statuspage' as const };
      return newSubscriber({ ...fields, ...settings }, 'pending', ctx.now);
    }
    if (current.state !== 'pending') return undefined;
    return {
      ...current,
      ...settings,
      confirmNonce: current.confirmNonce ?? newNonce(),
      updatedAt: ctx.now.toISOString(),
    };
  });
  if (after) {
    const type = after.state === 'pending' ? 'subscription.confirm' : 'subscription.existing';
    await queueMessage(ctx.store, type, after, ctx.now);
  }
  return { status: 'pending' };
}

/** Confirms with the single-use link from the confirmation mail (only a POST gets here). */
export async function confirmSubscription(token: string, ctx: SubscriptionContext): Promise<Subscriber> {
  const secret = await ctx.store.secret(STORE_SECRET_NAME);
  const payload = readToken(token, 'confirm', secret, ctx.now);
  const { after } = await ctx.store.notifications.modifySubscriber(
    { id: payload.subscriberId },
    (current) => {
      if (!current) throw linkError('gone');
      if (current.confirmNonce === null && current.state === 'confirmed') throw linkError('used');
      if (current.confirmNonce !== payload.nonce) throw linkError('invalid');
      const at = ctx.now.toISOString();
      return { ...current, state: 'confirmed', confirmNonce: null, confirmedAt: at, updatedAt: at };
    },
  );
  if (!after) throw linkError('gone');
  return after;
}

/** RFC 8058 one-click unsubscribe: removes the one subscription the link names, and nothing else. */
export async function unsubscribe(token: string, ctx: SubscriptionContext): Promise<{ removed: boolean }> {
  const secret = await ctx.store.secret(STORE_SECRET_NAME);
  const payload = readToken(token, 'unsubscribe', secret, ctx.now);
  const { before } = await ctx.store.notifications.modifySubscriber(
    { id: payload.subscriberId },
    (current) => (current && current.nonce === payload.nonce ? null : undefined),
  );
  // Already gone is success too: the person asked not to hear from us, and they will not.
  return { removed: before !== null && before.nonce === payload.nonce };
}

/** The subscription a manage link opens. */
export async function readManagedSubscription(token: string, ctx: SubscriptionContext): Promise<Subscriber> {
  const secret = await ctx.store.secret(STORE_SECRET_NAME);
  const payload = readToken(token, 'manage', secret, ctx.now);
  return assertLinkMatches(await ctx.store.notifications.getSubscriber(payload.subscriberId), payload);
}

/** Changes components, language or zone with the manage link; `id`, when given, must be the link's own. */
export async function updateManagedSubscription(
  id: string | null,
  input: ManageSubscriptionInput,
  doc: StoreDocument,
  ctx: SubscriptionContext,
): Promise<Subscriber> {
  const secret = await ctx.store.secret(STORE_SECRET_NAME);
  const payload = readToken(input.token, 'manage', secret, ctx.now);
  if (id !== null && id !== payload.subscriberId) throw linkError('other_subscription');
  assertComponentsExist(doc, input.components ?? [], 'components');
  const { after } = await ctx.store.notifications.modifySubscriber(
    { id: payload.subscriberId },
    (current) => {
      const subscriber = assertLinkMatches(current, payload);
      return {
        ...subscriber,
        components: input.components ?? subscriber.components,
        lang: input.lang ?? subscriber.lang,
        timeZone: input.timeZone ?? subscriber.timeZone,
        updatedAt: ctx.now.toISOString(),
      };
    },
  );
  if (!after) throw linkError('gone');
  return after;
}
