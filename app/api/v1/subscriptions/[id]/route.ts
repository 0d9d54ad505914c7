import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { DomainError } from '@/lib/core/errors';
import { getStore } from '@/lib/store';
import { manageSubscriptionSchema, staffSubscriptionPatchSchema } from '@/lib/notify/subscription-input';
import { updateManagedSubscription } from '@/lib/notify/subscriptions';
import {
  enableStaffSubscription,
  removeStaffSubscription,
  subscriptionJson,
} from '@/lib/notify/staff-subscriptions';
import { requireStaff } from '@/lib/next/require-staff';
import { routeParam } from '@/lib/next/staff-write';
import { carriesStaffCredentials, staffSubscriptionContext } from '@/lib/next/subscriptions';

export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

/** GET (staff): one subscription with its latest deliveries. */
export const GET = handle(async (_request, { params }: Context) => {
  await requireStaff({ write: false });
  const id = routeParam((await params).id);
  const store = getStore();
  const subscriber = await store.notifications.getSubscriber(id);
  if (!subscriber) throw new DomainError('not_found', `There is no subscription with id "${id}".`, { id });
  const deliveries = await store.notifications.listDeliveries({ subscriberId: id, limit: 20 });
  return privateJson({ subscription: subscriptionJson(subscriber), deliveries });
});

/**
 * PATCH with the manage link's token `{token, components?, lang?, timeZone?}` (the subscriber), or with staff
 * auth `{enabled: true}` to turn a disabled webhook back on. A token of another subscription is 403.
 */
export const PATCH = handle(async (request, { params }: Context) => {
  const id = routeParam((await params).id);
  const body = await readJsonBody(request);
  if (carriesStaffCredentials(request)) {
    const ctx = await staffSubscriptionContext();
    staffSubscriptionPatchSchema.parse(body);
    return privateJson({ subscription: subscriptionJson(await enableStaffSubscription(id, ctx)) });
  }
  const input = manageSubscriptionSchema.parse(body);
  const store = getStore();
  const { doc } = await store.load();
  const subscriber = await updateManagedSubscription(id, input, doc, { store, now: new Date() });
  const { components, lang, timeZone, state } = subscriber;
  return privateJson({ subscription: { id: subscriber.id, components, lang, timeZone, state } });
});

/** DELETE (staff) removes the subscription; its queued deliveries are skipped. */
export const DELETE = handle(async (_request, { params }: Context) => {
  const ctx = await staffSubscriptionContext();
  const id = routeParam((await params).id);
  const removed = await removeStaffSubscription(id, ctx);
  return privateJson({ deleted: removed.id });
});
