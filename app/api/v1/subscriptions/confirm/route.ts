import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { getStore } from '@/lib/store';
import { confirmSubscriptionSchema } from '@/lib/notify/subscription-input';
import { confirmSubscription } from '@/lib/notify/subscriptions';

/** POST /api/v1/subscriptions/confirm `{token}` → 200 `{status: "confirmed"}`; the link works once. */
export const POST = handle(async (request) => {
  const { token } = confirmSubscriptionSchema.parse(await readJsonBody(request));
  const subscriber = await confirmSubscription(token, { store: getStore(), now: new Date() });
  return privateJson({ status: 'confirmed', id: subscriber.id });
});
