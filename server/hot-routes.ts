import type { IncomingHttpHeaders } from 'node:http';
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/responses';
import { PREFERENCE_COOKIES, PREFERENCE_PARAMS } from '@/lib/preferences/viewer-preferences';

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

const { locale: LANG, zone: TZ, theme: THEME } = PREFERENCE_PARAMS;
const cookie = PREFERENCE_COOKIES;

const page = (pattern: RegExp, query: readonly string[], cookies: readonly string[]): HotRoute => ({
  pattern,
  query: [LANG, ...query],
  cookies,
  localized: true,
  ttlMs: 30_000,
  cacheControl: PUBLIC_CACHE_CONTROL,
  rsc: true,
});

const hotRoutes: readonly HotRoute[] = [
  // Statuspage clients get the page's default language; only ?lang= asks for another (no negotiation).
  api(/^\/api\/v2\/(?:summary|status|components|incidents|scheduled-maintenances)\.json$/, [LANG]),
  api(/^\/api\/v2\/incidents\/unresolved\.json$/, [LANG]),
  api(/^\/api\/v2\/scheduled-maintenances\/(?:upcoming|active)\.json$/, [LANG]),
  api(/^\/api\/v1\/calendar$/, ['from', 'to', TZ, LANG], false),
  api(/^\/api\/v1\/calendar\.ics$/, [LANG, 'components'], false),
  api(/^\/api\/v1\/schedule$/, [LANG]),
  api(/^\/api\/v1\/uptime$/),
  api(/^\/badge\.svg$/, [LANG], true),
  api(/^\/favicon\.svg$/),
  api(/^\/history\.atom$/, [LANG], true),
  page(/^\/$/, [TZ, THEME], [cookie.zone, cookie.theme, cookie.hours]),
  // The embed is a small self-contained document (a route handler): no navigation payloads, no remembered language.
  { ...page(/^\/embed$/, [TZ, THEME], [cookie.zone]), rsc: false },
  page(/^\/calendar$/, [TZ, THEME, 'month'], [cookie.zone, cookie.theme, cookie.hours]),
  page(/^\/history$/, [THEME, 'page', TZ], [cookie.zone, cookie.theme]),
  page(/^\/incidents\/[A-Za-z0-9_-]{1,100}$/, [TZ, THEME], [cookie.zone, cookie.theme]),
];

/** Longer values are not ours to guess at: such requests go to the framework, which answers them (often 400). */
export const MAX_VARIANT_VALUE = 100;

export function findHotRoute(pathname: string): HotRoute | undefined {
  return hotRoutes.find((r) => r.pattern.test(pathname));
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
const RSC_HEADERS = [
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
