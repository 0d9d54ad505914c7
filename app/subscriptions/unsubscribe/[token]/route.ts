import { DomainError } from '@/lib/core/errors';
import { handle } from '@/lib/http/error-response';
import { privateHtml, privateJson, wantsHtml } from '@/lib/http/responses';
import { readFormFields } from '@/lib/http/request-body';
import { openSubscriptionLink } from '@/lib/next/subscriptions';
import { linkProblemOf } from '@/lib/notify/link-status';
import { unsubscribe } from '@/lib/notify/subscriptions';
import {
  problemPage,
  problemStatus,
  unsubscribeAskPage,
  unsubscribedPage,
} from '@/components/subscriptions/link-pages';

export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ token: string }> };

/** GET: a page with one button; following the link alone unsubscribes nothing. */
export const GET = handle(async (request, { params }: Context) => {
  const { status, ctx } = await openSubscriptionLink(request, params, 'unsubscribe');
  if (!status.ok) {
    // The subscription is already gone: that is what the reader wants, so say so plainly.
    if (status.problem === 'gone') return privateHtml(unsubscribedPage(ctx));
    return privateHtml(problemPage(ctx, 'unsubscribe', status.problem), problemStatus[status.problem]);
  }
  return privateHtml(unsubscribeAskPage(ctx, status.subscriber.email ?? status.subscriber.url ?? ''));
});

/**
 * RFC 8058 one-click: a POST with the form body `List-Unsubscribe=One-Click` removes exactly the subscription the
 * link names (200); a POST without that body is refused (400). Mail clients get JSON, browsers the page.
 */
export const POST = handle(async (request, { params }: Context) => {
  const fields = await readFormFields(request);
  if (fields.get('List-Unsubscribe') !== 'One-Click') {
    throw new DomainError(
      'invalid_request',
      'Send the form body List-Unsubscribe=One-Click to unsubscribe.',
      [{ field: 'List-Unsubscribe', problem: 'must be One-Click' }],
    );
  }
  const { token, store, ctx } = await openSubscriptionLink(request, params, 'unsubscribe');
  try {
    await unsubscribe(token, { store, now: new Date() });
  } catch (error) {
    const problem = linkProblemOf(error);
    if (problem === null || !wantsHtml(request)) throw error;
    return privateHtml(problemPage(ctx, 'unsubscribe', problem), problemStatus[problem]);
  }
  return wantsHtml(request) ? privateHtml(unsubscribedPage(ctx)) : privateJson({ status: 'unsubscribed' });
});
