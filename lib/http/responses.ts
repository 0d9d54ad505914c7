import { etagMatches, strongEtag } from '@/lib/http/etag';

/**
 * Public responses may sit in a browser or CDN for one second and be served stale while revalidating;
 * a write is therefore visible from this server at once and through any CDN within about a second,
 * and a CDN can keep answering from its copy if the origin is down.
 */
export const PUBLIC_CACHE_CONTROL =
  'public, max-age=1, s-maxage=1, stale-while-revalidate=10, stale-if-error=86400';
const PRIVATE_NO_STORE = 'private, no-store';

export interface PublicResponseOptions {
  contentType: string;
  /** Adds `Access-Control-Allow-Origin: *` (the API and feeds). */
  cors?: boolean;
  status?: number;
  headers?: Record<string, string>;
}

/** A cacheable public response: strong ETag, Cache-Control, 304 when the client already has these bytes. */
export function publicResponse(request: Request, body: string, options: PublicResponseOptions): Response {
  const etag = strongEtag(body);
  const headers = new Headers({
    'Content-Type': options.contentType,
    'Cache-Control': PUBLIC_CACHE_CONTROL,
    ETag: etag,
    Vary: 'Accept-Encoding',
    ...options.headers,
  });
  if (options.cors) headers.set('Access-Control-Allow-Origin', '*');
  if ((options.status ?? 200) === 200 && etagMatches(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: options.status ?? 200, headers });
}

export function publicJson(request: Request, data: unknown, headers?: Record<string, string>): Response {
  return publicResponse(request, JSON.stringify(data), {
    contentType: 'application/json; charset=utf-8',
    cors: true,
    headers,
  });
}

/** A private JSON answer (staff API, errors): never cached anywhere. */
export function privateJson(data: unknown, status = 200, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': PRIVATE_NO_STORE,
      ...headers,
    },
  });
}

/** A private HTML answer (pages that links in mail open): never cached, never indexed. */
export function privateHtml(html: string, status = 200): Response {
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': PRIVATE_NO_STORE,
      'X-Robots-Tag': 'noindex',
      'Referrer-Policy': 'no-referrer',
    },
  });
}

/** Whether the client asked for a page (a browser) rather than data (a mail client's one-click POST). */
export function wantsHtml(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('text/html');
}
