import { DomainError } from '@/lib/core/errors';
import { defaultLocale } from '@/lib/core/locales';
import { webhookSecret } from '@/lib/auth/subscription-tokens';
import type { Actor, AuditInput } from '@/lib/store/driver';
import type { Subscriber, SubscriberQuery } from '@/lib/store/notification-schema';
import type { StoreDocument } from '@/lib/store/schema';
import { assertComponentsExist } from '@/lib/status/components';
import type { NotifyConfig } from '@/lib/notify/config';
import { STORE_SECRET_NAME } from '@/lib/notify/links';
import type { StaffSubscriptionInput } from '@/lib/notify/subscription-input';
import { newSubscriber, type SubscriptionContext } from '@/lib/notify/subscriptions';
import { checkWebhookTarget, type Lookup } from '@/lib/notify/target-guard';

/** Staff side of subscriptions: add (confirmed at once), list with addresses, remove, re-enable a webhook. */

export interface StaffContext extends SubscriptionContext {
  actor: Actor;
  config: NotifyConfig;
  lookup?: Lookup;
}

async function audit(ctx: StaffContext, entry: AuditInput): Promise<void> {
  const { doc } = await ctx.store.load();
  await ctx.store.audit([entry], ctx.actor, ctx.now, doc.revision);
}

/** What the audit log keeps of a subscription: never the address itself. */
function summary(s: Subscriber): Record<string, unknown> {
  const where = s.type === 'webhook' && s.url ? { host: new URL(s.url).host, format: s.format } : {};
  return { type: s.type, components: s.components, lang: s.lang, ...where };
}

/** POST /api/v1/subscriptions with staff auth. A webhook's signing secret is in the answer and nowhere else. */
export async function createStaffSubscription(
  input: StaffSubscriptionInput,
  doc: StoreDocument,
  ctx: StaffContext,
): Promise<{ subscriber: Subscriber; secret: string | null }> {
  assertComponentsExist(doc, input.components ?? [], 'components');
  const common = { components: input.components ?? [], lang: input.lang ?? defaultLocale };
  let subscriber: Subscriber;
  if (input.type === 'email') {
    const fields = { type: 'email' as const, email: input.email, url: null, format: 'statuspage' as const };
    subscriber = newSubscriber(
      { ...fields, ...common, timeZone: input.timeZone ?? doc.page.timeZone },
      'confirmed',
      ctx.now,
      ctx.actor.name,
    );
  } else {
    const target = await checkWebhookTarget(input.url, ctx.config, ctx.lookup);
    if (!target.ok) {
      throw new DomainError('invalid_request', `Invalid url: it ${target.problem}.`, [
        { field: 'url', problem: target.problem },
      ]);
    }
    const fields = {
      type: 'webhook' as const,
      email: null,
      url: target.url.toString(),
      format: input.format ?? 'statuspage',
    };
    subscriber = newSubscriber(
      { ...fields, ...common, timeZone: doc.page.timeZone },
      'confirmed',
      ctx.now,
      ctx.actor.name,
    );
  }
  await ctx.store.notifications.modifySubscriber({ id: subscriber.id }, () => subscriber);
  await audit(ctx, {
    action: 'subscription.create',
    target: `subscription:${subscriber.id}`,
    after: summary(subscriber),
  });
  const secret =
    subscriber.type === 'webhook'
      ? webhookSecret(await ctx.store.secret(STORE_SECRET_NAME), subscriber.id, subscriber.nonce)
      : null;
  return { subscriber, secret };
}

export async function removeStaffSubscription(id: string, ctx: StaffContext): Promise<Subscriber> {
  const { before } = await ctx.store.notifications.modifySubscriber({ id }, () => null);
  if (!before) throw new DomainError('not_found', `There is no subscription with id "${id}".`, { id });
  await audit(ctx, { action: 'subscription.delete', target: `subscription:${id}`, before: summary(before) });
  return before;
}

/** Turns a disabled webhook back on with a clean failure record; its secret stays the same. */
export async function enableStaffSubscription(id: string, ctx: StaffContext): Promise<Subscriber> {
  const { after } = await ctx.store.notifications.modifySubscriber({ id }, (current) => {
    if (!current) throw new DomainError('not_found', `There is no subscription with id "${id}".`, { id });
    if (current.state !== 'disabled') return undefined;
    return {
      ...current,
      state: 'confirmed',
      updatedAt: ctx.now.toISOString(),
      health: {
        ...current.health,
        consecutiveFailures: 0,
        failingSince: null,
        disabledAt: null,
        disabledReason: null,
      },
    };
  });
  if (!after) throw new DomainError('not_found', `There is no subscription with id "${id}".`, { id });
  await audit(ctx, { action: 'subscription.enable', target: `subscription:${id}` });
  return after;
}

/** The API's view of a subscription (staff only: addresses included, nonces and secrets never). */
export function subscriptionJson(s: Subscriber) {
  return {
    id: s.id,
    type: s.type,
    email: s.email,
    url: s.url,
    format: s.type === 'webhook' ? s.format : null,
    components: s.components,
    lang: s.lang,
    timeZone: s.timeZone,
    state: s.state,
    createdAt: s.createdAt,
    confirmedAt: s.confirmedAt,
    createdBy: s.createdBy,
    health: s.health,
  };
}

export async function listStaffSubscriptions(query: SubscriberQuery, ctx: SubscriptionContext) {
  const { items, total } = await ctx.store.notifications.listSubscribers(query);
  return { subscriptions: items.map(subscriptionJson), total };
}
