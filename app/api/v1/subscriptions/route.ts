import { z } from 'zod';
import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { getStore } from '@/lib/store';
import { subscriberStates, subscriberTypes } from '@/lib/core/vocab';
import { emailSubscriptionSchema, staffSubscriptionSchema } from '@/lib/notify/subscription-input';
import { requestSubscription } from '@/lib/notify/subscriptions';
import {
  createStaffSubscription,
  listStaffSubscriptions,
  subscriptionJson,
} from '@/lib/notify/staff-subscriptions';
import { requireStaff } from '@/lib/next/require-staff';
import { carriesStaffCredentials, requestClient, staffSubscriptionContext } from '@/lib/next/subscriptions';

export const dynamic = 'force-dynamic';

/**
 * POST /api/v1/subscriptions. Public: `{type: "email", email, components?, lang?, timeZone?}` → 202
 * `{status: "pending"}` whether or not the address is known (a confirmation mail goes out). With staff auth:
 * an email subscription is confirmed at once, a webhook `{type: "webhook", url, components?, lang?, format?}` is
 * created → 201 `{id, secret, subscription}` (the webhook secret is shown this once).
 */
export const POST = handle(async (request) => {
  if (carriesStaffCredentials(request)) {
    const ctx = await staffSubscriptionContext();
    const input = staffSubscriptionSchema.parse(await readJsonBody(request));
    const { doc } = await ctx.store.load();
    const { subscriber, secret } = await createStaffSubscription(input, doc, ctx);
    return privateJson({ id: subscriber.id, secret, subscription: subscriptionJson(subscriber) }, 201);
  }
  const input = emailSubscriptionSchema.parse(await readJsonBody(request));
  const store = getStore();
  const { doc } = await store.load();
  const result = await requestSubscription(input, doc, requestClient(request.headers), {
    store,
    now: new Date(),
  });
  return privateJson(result, 202);
});

const listQuerySchema = z.strictObject({
  search: z.string().max(200).optional(),
  type: z.enum(subscriberTypes).optional(),
  state: z.enum(subscriberStates).optional(),
  component: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** GET /api/v1/subscriptions (staff): `{subscriptions, total}`, newest first; addresses are shown to staff only. */
export const GET = handle(async (request) => {
  await requireStaff({ write: false });
  const query = listQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { component, ...rest } = query;
  return privateJson(
    await listStaffSubscriptions({ ...rest, componentId: component }, { store: getStore(), now: new Date() }),
  );
});
