import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildEntry, ResponseCache, type CachedResponse } from '@/server/response-cache';
import { send, wholeAnswer, type HotStats } from '@/server/send-cached';
import type { SimpleRequest } from '@/server/fast-lane';
import { mustBypass, type HotRoute } from '@/server/hot-routes';
import {
  MAX_MEMO,
  signatureOf,
  variantOf,
  type Negotiate,
  type RequestHead,
  type Variant,
} from '@/server/hot-variant';

export interface RenderedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface HotHandlerOptions {
  /**
   * Renders a variant through the framework (an internal request); only called on a miss. `state` names the
   * store version and clock state the copy is for, so renders for the same state can be shared.
   */
  render: (path: string, headers: Record<string, string>, state: string) => Promise<RenderedResponse>;
  /** Everything that is not a hot public read. */
  fallback: (req: IncomingMessage, res: ServerResponse) => void;
  /** A token that changes with every store write, in any process. */
  version: () => string;
  /** The version read now, not from a recent look: a fill must not label its copy older than what it shows. */
  freshVersion?: () => string;
  /** The next instant (epoch ms) after `now` at which the clock changes a derived state. */
  nextTransition: (now: number) => number | Promise<number>;
  /** The viewer's language and formatting tag from ?lang, cookie and Accept-Language. */
  negotiate: Negotiate;
  /** Whether the renderer can render now; while it cannot, the last good copy of a variant is served. */
  rendererUp?: () => boolean;
  /** How long a request waits for a render before it is answered with the last good copy instead. */
  staleAfterMs?: number;
  clock?: () => number;
  maxEntries?: number;
  maxBytes?: number;
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

/** Next's client-navigation request headers, which it names in Vary on every answer. */
const ROUTER_HEADER = /^(?:rsc|next-router-[a-z-]+|next-url)$/i;

/**
 * What a shared cache must key on besides the URL: the language header and the cookies a variant reads. Only
 * pages with navigation payloads vary by the router's headers: any other cached answer is one copy for every
 * request it serves (a request carrying them goes to the framework instead).
 */
function varyOf(upstream: string | undefined, route: HotRoute): string {
  const names = new Set(
    (upstream ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '' && (route.rsc || !ROUTER_HEADER.test(v))),
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
 * While the renderer is down, hung or failing, the last good copy of a variant is served marked stale.
 */
export function createHotHandler(options: HotHandlerOptions) {
  const clock = options.clock ?? Date.now;
  const rendererUp = options.rendererUp ?? (() => true);
  const staleAfterMs = options.staleAfterMs ?? 2_000;
  const cache = new ResponseCache({
    maxEntries: options.maxEntries ?? 2_000,
    maxBytes: options.maxBytes ?? 64 * 1024 * 1024,
  });
  const pending = new Map<string, Promise<CachedResponse | RenderedResponse>>();
  const stats: HotStats = { hits: 0, misses: 0, bypassed: 0, notModified: 0, stale: 0, renders: 0 };

  async function fill(variant: Variant): Promise<CachedResponse | RenderedResponse> {
    const now = clock();
    const version = (options.freshVersion ?? options.version)();
    const transition = await options.nextTransition(now);
    stats.renders++;
    const rendered = await options.render(variant.path, variant.headers, `${version}|${transition}`);
    const headers = rendered.status === 200 ? keptHeaders(rendered, variant) : null;
    if (!headers) {
      // What the page says now is not cacheable (gone, an error, personal): its old copy is no longer good.
      if (rendered.status < 500) cache.delete(variant.key);
      return rendered;
    }
    // A write that landed while rendering makes this copy stale at once; the next request renders again.
    const validUntil = Math.min(now + variant.route.ttlMs, transition);
    const entry = buildEntry(200, headers, rendered.body, version, validUntil);
    cache.set(variant.key, entry);
    return entry;
  }

  const memo = new Map<string, Variant | null>();
  function resolve(req: RequestHead): Variant | null {
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

  function fillOnce(variant: Variant) {
    let job = pending.get(variant.key);
    if (!job) {
      job = fill(variant).finally(() => pending.delete(variant.key));
      pending.set(variant.key, job);
    }
    return job;
  }

  /** A miss: the rendered copy, or the last good one when the render fails or takes too long. */
  function answerMiss(req: IncomingMessage, res: ServerResponse, variant: Variant, last?: CachedResponse) {
    const job = fillOnce(variant);
    let settled = false;
    const sendStale = () => {
      if (settled || !last) return false;
      settled = true;
      stats.stale++;
      send(req, res, last, stats, 'stale', variant.rememberLocale);
      return true;
    };
    const timer = last ? setTimeout(sendStale, staleAfterMs) : null;
    job.then(
      (result) => {
        if (timer) clearTimeout(timer);
        if (settled) return;
        if ('etag' in result) {
          settled = true;
          send(req, res, result, stats, 'miss', variant.rememberLocale);
        } else if (result.status < 500 || !sendStale()) {
          settled = true;
          options.fallback(req, res);
        }
      },
      (error: unknown) => {
        if (timer) clearTimeout(timer);
        if (sendStale()) return;
        if (settled) return;
        settled = true;
        const why = error instanceof Error ? error.message : String(error);
        console.warn(`Rendering ${variant.path} failed (${why}); answering through the framework`);
        options.fallback(req, res);
      },
    );
  }

  function handler(req: IncomingMessage, res: ServerResponse): void {
    const variant = resolve(req);
    if (!variant) {
      stats.bypassed++;
      options.fallback(req, res);
      return;
    }
    const found = cache.lookup(variant.key, options.version(), clock());
    if (found?.fresh) {
      stats.hits++;
      send(req, res, found.entry, stats, 'hit', variant.rememberLocale);
      return;
    }
    if (found && !rendererUp()) {
      stats.stale++;
      send(req, res, found.entry, stats, 'stale', variant.rememberLocale);
      return;
    }
    stats.misses++;
    answerMiss(req, res, variant, found?.entry);
  }

  /**
   * The whole answer to a fresh hit that sets no cookie, for the fast lane (`connection`: its keep-alive
   * lines); null for anything else, which the HTTP server then answers through `handler`.
   */
  function fastAnswer(request: SimpleRequest, connection: string): { status: number; bytes: Buffer } | null {
    const variant = resolve(request);
    if (!variant || variant.rememberLocale) return null;
    const found = cache.lookup(variant.key, options.version(), clock());
    if (!found?.fresh) return null;
    stats.hits++;
    return wholeAnswer(request, found.entry, stats, connection, Date.now());
  }

  return { handler, fastAnswer, cache, stats };
}
