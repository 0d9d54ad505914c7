/**
 * A request's route class: a small, fixed set of labels for logs and metrics (never the raw path, whose
 * values are unbounded).
 */
export type RouteClass =
  | 'page'
  | 'embed'
  | 'api-v2'
  | 'api-read'
  | 'api-write'
  | 'auth'
  | 'feed'
  | 'badge'
  | 'asset'
  | 'console'
  | 'subscription'
  | 'ops'
  | 'other';

const PAGE = /^\/(?:(?:nb|sv|da|nl|de|en)(?:\/|$))?(?:calendar|history|incidents\/[^/]+)?\/?$/;

/** The subscribe form and the pages behind signed links (confirm, manage, unsubscribe), in any language. */
const SUBSCRIPTION = /^\/(?:(?:nb|sv|da|nl|de|en)\/)?(?:subscribe\/?$|subscriptions\/)/;

export function routeClassOf(method: string | undefined, url: string | undefined): RouteClass {
  const q = (url ?? '/').indexOf('?');
  const path = q < 0 ? (url ?? '/') : (url ?? '/').slice(0, q);
  const read = method === 'GET' || method === 'HEAD';
  if (path.startsWith('/_next/')) return 'asset';
  if (path.startsWith('/api/')) {
    if (path.startsWith('/api/v1/auth/')) return 'auth';
    if (!read) return 'api-write';
    return path.startsWith('/api/v2/') ? 'api-v2' : 'api-read';
  }
  if (path === '/healthz' || path === '/readyz' || path === '/metrics') return 'ops';
  if (path.startsWith('/admin')) return 'console';
  if (path === '/embed' || path.startsWith('/embed/')) return 'embed';
  if (path === '/history.atom') return 'feed';
  if (path === '/badge.svg' || path === '/favicon.svg' || path === '/favicon.ico') return 'badge';
  if (SUBSCRIPTION.test(path)) return 'subscription';
  return PAGE.test(path) ? 'page' : 'other';
}
