import type { IncomingHttpHeaders } from 'node:http';
import { PUBLIC_CACHE_CONTROL } from '@/lib/api/http';

/**
 * The public reads that an outage rush hits, and what each response varies by. Anything a response
 * depends on must be named here (query parameter, cookie, language), because the cache key is built
 * from exactly these and the request forwarded to the renderer carries nothing else.
 */
export interface HotRoute {
  pattern: RegExp;
  /** Query parameters that select a variant; others are dropped from the key and the forwarded URL. */
  query: readonly string[];
  /** Cookies that select a variant (viewer's zone, theme, working hours …). */
  cookies: readonly string[];
  /** Whether the response is in the viewer's language (negotiated from ?lang, cookie, Accept-Language). */
  localized: boolean;
  /** Upper bound on an entry's life, for texts that move with the clock ("in 3 days"). */
  ttlMs: number;
  /** Replaces Next's Cache-Control for pages, whose rendered HTML is public. */
  cacheControl?: string;
  /** Pages also cache their client-navigation payloads (a live page's refresh after a write). */
  rsc?: boolean;
}

const api = (pattern: RegExp, query: readonly string[] = [], localized = false): HotRoute => ({
  pattern,
  query,
  cookies: [],
  localized,
  ttlMs: 60_000,
});

const page = (pattern: RegExp, query: readonly string[], cookies: readonly string[]): HotRoute => ({
  pattern,
  query: ['lang', ...query],
  cookies,
  localized: true,
  ttlMs: 30_000,
  cacheControl: PUBLIC_CACHE_CONTROL,
  rsc: true,
});

export const hotRoutes: readonly HotRoute[] = [
  api(/^\/api\/v2\/(?:summary|status|components|incidents|scheduled-maintenances)\.json$/),
  api(/^\/api\/v2\/incidents\/unresolved\.json$/),
  api(/^\/api\/v2\/scheduled-maintenances\/(?:upcoming|active)\.json$/),
  api(/^\/api\/v1\/calendar$/, ['from', 'to', 'tz', 'lang'], false),
  api(/^\/api\/v1\/calendar\.ics$/, ['lang'], false),
  api(/^\/api\/v1\/schedule$/, ['lang']),
  api(/^\/api\/v1\/uptime$/),
  api(/^\/badge\.svg$/, ['lang', 'style'], true),
  api(/^\/favicon\.svg$/),
  api(/^\/history\.atom$/, ['lang'], true),
  page(/^\/$/, ['tz', 'theme'], ['tz', 'theme']),
  // The embed is a small self-contained document (a route handler): no navigation payloads, no remembered language.
  { ...page(/^\/embed$/, ['tz', 'theme'], ['tz']), rsc: false },
  page(/^\/calendar$/, ['tz', 'theme', 'month'], ['tz', 'theme', 'hours']),
  page(/^\/history$/, ['theme', 'page', 'tz'], ['tz', 'theme']),
  page(/^\/incidents\/[A-Za-z0-9_-]{1,100}$/, ['tz', 'theme'], ['tz', 'theme']),
];

/** Longer values are not ours to guess at: such requests go to the framework, which answers them (often 400). */
export const MAX_VARIANT_VALUE = 100;

export const localePrefix = /^\/(en|nb|sv|da|nl|de)(?=\/|$)/;

export function findHotRoute(pathname: string): HotRoute | undefined {
  return hotRoutes.find((r) => r.pattern.test(pathname));
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const jar = new Map<string, string>();
  if (!header) return jar;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      continue;
    }
    if (!jar.has(name)) jar.set(name, value);
  }
  return jar;
}

/** Requests that must reach Next untouched: writes and ranges. */
export function mustBypass(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  if (method !== 'GET' && method !== 'HEAD') return true;
  return headers['range'] !== undefined;
}

/**
 * The request headers a client-navigation (RSC) payload depends on. They are part of the key, so that
 * every open page refreshing after a write costs one render per distinct router state, not one per viewer.
 */
export const RSC_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
] as const;
const MAX_RSC_HEADER = 4096;

export function rscHeaders(headers: IncomingHttpHeaders): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const name of RSC_HEADERS) {
    const value = headers[name];
    if (typeof value !== 'string') continue;
    if (value.length > MAX_RSC_HEADER) return null;
    out[name] = value;
  }
  return out;
}
