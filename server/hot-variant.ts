import type { IncomingMessage } from 'node:http';
import { parseLocale } from '@/lib/core/locales';
import { findHotRoute, MAX_VARIANT_VALUE, rscHeaders, type HotRoute } from '@/server/hot-routes';
import {
  LOCALE_COOKIE,
  LOCALE_PARAM,
  parseCookieHeader,
  splitLocalePrefix,
} from '@/lib/preferences/viewer-preferences';

/** Negotiates the viewer's language and formatting tag from ?lang, cookie and Accept-Language. */
export type Negotiate = (
  param: string | null,
  cookie: string | null,
  acceptLanguage: string | null,
) => string;

/** Requests repeat exactly (same URL, cookies, languages): remember what each one resolved to. */
export const MAX_MEMO = 10_000;

/** What a variant is resolved from: a request of the HTTP server, or one the fast lane read. */
export type RequestHead = Pick<IncomingMessage, 'method' | 'url' | 'headers'>;

export function signatureOf(req: RequestHead): string | null {
  if (req.headers['rsc'] !== undefined) return null;
  return `${req.method === 'HEAD' ? 'H' : 'G'}${req.url}\n${req.headers.cookie ?? ''}\n${req.headers['accept-language'] ?? ''}`;
}

export interface Variant {
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
function target(req: RequestHead) {
  // Appended to a fixed origin, so a path like `//host` is a path and never an address to parse.
  const raw = req.url ?? '/';
  let url: URL;
  try {
    url = new URL(`http://internal${raw.startsWith('/') ? raw : `/${raw}`}`);
  } catch {
    return null;
  }
  const prefix = splitLocalePrefix(url.pathname);
  const pathname = prefix?.rest ?? url.pathname;
  return { url, pathname, pathLocale: prefix?.locale ?? null, route: findHotRoute(pathname) };
}

export function variantOf(req: RequestHead, negotiate: Negotiate): Variant | null {
  const found = target(req);
  if (!found?.route) return null;
  const { url, pathname, pathLocale, route } = found;
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
