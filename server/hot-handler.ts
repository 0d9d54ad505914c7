import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseLocale } from '@/lib/core/locales';
import { buildEntry, ResponseCache, type CachedResponse } from '@/server/response-cache';
import { send, type HotStats } from '@/server/send-cached';
import { findHotRoute, MAX_VARIANT_VALUE, mustBypass, rscHeaders, type HotRoute } from '@/server/hot-routes';
import {
  LOCALE_COOKIE,
  LOCALE_PARAM,
  parseCookieHeader,
  splitLocalePrefix,
} from '@/lib/preferences/viewer-preferences';

export interface RenderedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface HotHandlerOptions {
  /** Renders a variant through the framework (an internal request); only called on a miss. */
  render: (path: string, headers: Record<string, string>) => Promise<RenderedResponse>;
  /** Everything that is not a hot public read. */
  fallback: (req: IncomingMessage, res: ServerResponse) => void;
  /** A token that changes with every store write, in any process. */
  version: () => string;
  /** The version read now, not from a recent look: a fill must not label its copy older than what it shows. */
  freshVersion?: () => string;
  /** The next instant (epoch ms) after `now` at which the clock changes a derived state. */
  nextTransition: (now: number) => number | Promise<number>;
  /** The viewer's language and formatting tag from ?lang, cookie and Accept-Language. */
  negotiate: (param: string | null, cookie: string | null, acceptLanguage: string | null) => string;
  clock?: () => number;
  maxEntries?: number;
  maxBytes?: number;
}

/** Requests repeat exactly (same URL, cookies, languages): remember what each one resolved to. */
const MAX_MEMO = 10_000;

function signatureOf(req: IncomingMessage): string | null {
  if (req.headers['rsc'] !== undefined) return null;
  return `${req.method === 'HEAD' ? 'H' : 'G'}${req.url}\n${req.headers.cookie ?? ''}\n${req.headers['accept-language'] ?? ''}`;
}

/** Response headers worth keeping from the renderer; the rest are per-connection or recomputed. */
const KEPT_HEADERS = [
  'content-type',
  'cache-control',
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'access-control-allow-origin',
  'access-control-expose-headers',
  'content-language',
  'content-disposition',
  'vary',
];

interface Variant {
  key: string;
  path: string;
  headers: Record<string, string>;
  route: HotRoute;
  /** A language the URL chose explicitly (`?lang=`, `/nb/…`) that the viewer's cookie does not hold yet. */
  rememberLocale: string | null;
  /** A client-navigation payload rather than a document. */
  rsc: boolean;
}

/** The path without a language prefix (`/nb/calendar` → `/calendar`, `nb`), and its hot route. */
function target(req: IncomingMessage) {
  const url = new URL(req.url ?? '/', 'http://internal');
  const prefix = splitLocalePrefix(url.pathname);
  const pathname = prefix?.rest ?? url.pathname;
  return { url, pathname, pathLocale: prefix?.locale ?? null, route: findHotRoute(pathname) };
}

function variantOf(req: IncomingMessage, negotiate: HotHandlerOptions['negotiate']): Variant | null {
  const { url, pathname, pathLocale, route } = target(req);
  if (!route) return null;
  const isRsc = req.headers['rsc'] !== undefined;
  const rsc = isRsc && route.rsc ? rscHeaders(req.headers) : null;
  if (isRsc && !rsc) return null;

  const query = new URLSearchParams();
  for (const name of route.query) {
    const value = url.searchParams.get(name);
    if (value === null) continue;
    if (value.length > MAX_VARIANT_VALUE) return null;
    query.set(name, value);
  }
  if (pathLocale) query.set(LOCALE_PARAM, pathLocale);
  const jar = parseCookieHeader(req.headers.cookie);
  const headers: Record<string, string> = {};
  const keyParts = [pathname, query.toString()];
  const cookies = route.cookies.flatMap((name) => {
    const value = jar.get(name);
    return value !== undefined && value.length <= MAX_VARIANT_VALUE
      ? [`${name}=${encodeURIComponent(value)}`]
      : [];
  });
  let rememberLocale: string | null = null;
  if (route.localized) {
    const param = query.get(LOCALE_PARAM);
    const tag = negotiate(param, jar.get(LOCALE_COOKIE) ?? null, req.headers['accept-language'] ?? null);
    headers['accept-language'] = tag;
    keyParts.push(tag);
    const explicit = parseLocale(param);
    if (explicit && route.rsc) {
      // The renderer sees the choice as already remembered, so its answer sets no cookie and stays cacheable.
      cookies.push(`${LOCALE_COOKIE}=${explicit}`);
      if (jar.get(LOCALE_COOKIE) !== explicit) rememberLocale = explicit;
    }
  }
  if (cookies.length > 0) {
    headers.cookie = cookies.join('; ');
    keyParts.push(headers.cookie);
  }
  if (rsc) {
    // Next checks its `_rsc` cache-busting parameter against these headers: forward both as they came.
    const buster = url.searchParams.get('_rsc');
    if (buster !== null) query.set('_rsc', buster);
    Object.assign(headers, rsc);
    keyParts.push('rsc', JSON.stringify(rsc), buster ?? '');
  }
  const search = query.toString();
  return {
    key: keyParts.join('|'),
    path: search ? `${pathname}?${search}` : pathname,
    headers,
    route,
    rememberLocale,
    rsc: rsc !== null,
  };
}

/** What a shared cache must key on besides the URL: the language header and the cookies a variant reads. */
function varyOf(upstream: string | undefined, route: HotRoute): string {
  const names = new Set(
    (upstream ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  );
  names.add('Accept-Encoding');
  if (route.localized) names.add('Accept-Language');
  if (route.cookies.length > 0 || (route.localized && route.rsc)) names.add('Cookie');
  return [...names].join(', ');
}

function keptHeaders(rendered: RenderedResponse, variant: Variant): Record<string, string> | null {
  if (rendered.headers['set-cookie'] !== undefined) return null;
  const out: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = rendered.headers[name];
    if (typeof value === 'string') out[name] = value;
  }
  if (variant.route.cacheControl) out['cache-control'] = variant.route.cacheControl;
  // Navigation payloads are fetched by the page's own script after a change: never let a browser reuse a stale one.
  if (variant.rsc) out['cache-control'] = 'private, no-cache';
  out['vary'] = varyOf(out['vary'], variant.route);
  return out;
}

/**
 * Answers hot public reads from memory: each variant is rendered once per store version and clock state,
 * kept raw, gzip and brotli with a strong ETag, and served (or 304'd) without entering the framework.
 */
export function createHotHandler(options: HotHandlerOptions) {
  const clock = options.clock ?? Date.now;
  const cache = new ResponseCache({
    maxEntries: options.maxEntries ?? 2_000,
    maxBytes: options.maxBytes ?? 64 * 1024 * 1024,
  });
  const pending = new Map<string, Promise<CachedResponse | RenderedResponse>>();
  const stats: HotStats = { hits: 0, misses: 0, bypassed: 0, notModified: 0 };

  async function fill(variant: Variant): Promise<CachedResponse | RenderedResponse> {
    const now = clock();
    const version = (options.freshVersion ?? options.version)();
    const rendered = await options.render(variant.path, variant.headers);
    const headers = rendered.status === 200 ? keptHeaders(rendered, variant) : null;
    if (!headers) return rendered;
    // A write that landed while rendering makes this copy stale at once; the next request renders again.
    const validUntil = Math.min(now + variant.route.ttlMs, await options.nextTransition(now));
    const entry = buildEntry(200, headers, rendered.body, version, validUntil);
    cache.set(variant.key, entry);
    return entry;
  }

  const memo = new Map<string, Variant | null>();
  function resolve(req: IncomingMessage): Variant | null {
    if (mustBypass(req.method, req.headers)) return null;
    const signature = signatureOf(req);
    if (signature === null) return variantOf(req, options.negotiate);
    let variant = memo.get(signature);
    if (variant === undefined) {
      if (memo.size >= MAX_MEMO) memo.clear();
      variant = variantOf(req, options.negotiate);
      memo.set(signature, variant);
    }
    return variant;
  }

  function handler(req: IncomingMessage, res: ServerResponse): void {
    const variant = resolve(req);
    if (!variant) {
      stats.bypassed++;
      options.fallback(req, res);
      return;
    }
    const hit = cache.get(variant.key, options.version(), clock());
    if (hit) {
      stats.hits++;
      send(req, res, hit, stats, 'hit', variant.rememberLocale);
      return;
    }
    stats.misses++;
    let job = pending.get(variant.key);
    if (!job) {
      job = fill(variant).finally(() => pending.delete(variant.key));
      pending.set(variant.key, job);
    }
    job.then(
      (result) => {
        if ('etag' in result) send(req, res, result, stats, 'miss', variant.rememberLocale);
        else options.fallback(req, res);
      },
      (error: unknown) => {
        console.error('Rendering a cached page failed; answering through the framework:', error);
        options.fallback(req, res);
      },
    );
  }

  return { handler, cache, stats };
}
