import { handle } from '@/lib/http/error-response';
import { privateHtml } from '@/lib/http/responses';
import { openSubscriptionLink } from '@/lib/next/subscriptions';
import { linkProblemOf } from '@/lib/notify/link-status';
import { confirmSubscription } from '@/lib/notify/subscriptions';
import {
  confirmAskPage,
  confirmedPage,
  problemPage,
  problemStatus,
} from '@/components/subscriptions/link-pages';

export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ token: string }> };

/** GET: one button (a scanner opening the link confirms nothing); the button POSTs to the same address. */
export const GET = handle(async (request, { params }: Context) => {
  const { status, ctx } = await openSubscriptionLink(request, params, 'confirm');
  if (!status.ok)
    return privateHtml(problemPage(ctx, 'confirm', status.problem), problemStatus[status.problem]);
  return privateHtml(confirmAskPage(ctx, status.subscriber.email ?? status.subscriber.url ?? ''));
});

/** POST: confirms (single use), then shows the result. */
export const POST = handle(async (request, { params }: Context) => {
  const { token, store, ctx } = await openSubscriptionLink(request, params, 'confirm');
  try {
    const subscriber = await confirmSubscription(token, { store, now: new Date() });
    return privateHtml(confirmedPage({ ...ctx, locale: subscriber.lang }));
  } catch (error) {
    const problem = linkProblemOf(error);
    if (problem === null) throw error;
    return privateHtml(problemPage(ctx, 'confirm', problem), problemStatus[problem]);
  }
});
