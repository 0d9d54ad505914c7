import { handle } from '@/lib/http/error-response';
import { privateHtml } from '@/lib/http/responses';
import { requestLocale } from '@/lib/http/request-locale';
import { routeParam } from '@/lib/next/staff-write';
import { getStore } from '@/lib/store';
import { inspectLink, linkProblemOf } from '@/lib/notify/link-status';
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
  const token = routeParam((await params).token);
  const store = getStore();
  const status = await inspectLink(token, 'confirm', { store, now: new Date() });
  const { doc } = await store.load();
  const ctx = { locale: status.subscriber?.lang ?? requestLocale(request).locale, pageName: doc.page.name };
  if (!status.ok)
    return privateHtml(problemPage(ctx, 'confirm', status.problem), problemStatus[status.problem]);
  return privateHtml(confirmAskPage(ctx, status.subscriber.email ?? status.subscriber.url ?? ''));
});

/** POST: confirms (single use), then shows the result. */
export const POST = handle(async (request, { params }: Context) => {
  const token = routeParam((await params).token);
  const store = getStore();
  const { doc } = await store.load();
  const seen = await inspectLink(token, 'confirm', { store, now: new Date() });
  const ctx = { locale: seen.subscriber?.lang ?? requestLocale(request).locale, pageName: doc.page.name };
  try {
    const subscriber = await confirmSubscription(token, { store, now: new Date() });
    return privateHtml(confirmedPage({ ...ctx, locale: subscriber.lang }));
  } catch (error) {
    const problem = linkProblemOf(error);
    if (problem === null) throw error;
    return privateHtml(problemPage(ctx, 'confirm', problem), problemStatus[problem]);
  }
});
