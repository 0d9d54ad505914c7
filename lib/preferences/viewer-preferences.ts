import { locales, parseLocale, type Locale } from '@/lib/core/locales';
import { canonicalTimeZone } from '@/lib/core/time-zone';

/**
 * What a viewer chose (language, zone, theme, working hours): the names of the cookies and query parameters
 * that carry it, how to read them and how to write them back. One module for the proxy, the front server's
 * cache, the request adapter, the embed and the client leaves, so every reader agrees.
 */

export const PREFERENCE_COOKIES = { locale: 'lang', zone: 'tz', theme: 'theme', hours: 'hours' } as const;
export const PREFERENCE_PARAMS = { locale: 'lang', zone: 'tz', theme: 'theme' } as const;

export const LOCALE_COOKIE = PREFERENCE_COOKIES.locale;
export const LOCALE_PARAM = PREFERENCE_PARAMS.locale;
export const ZONE_COOKIE = PREFERENCE_COOKIES.zone;
export const THEME_COOKIE = PREFERENCE_COOKIES.theme;
export const HOURS_COOKIE = PREFERENCE_COOKIES.hours;

/** A preference is remembered for a year. */
const PREFERENCE_MAX_AGE_SECONDS = 31_536_000;
/** The attributes every preference cookie is written with, in the shape Next's cookie store takes. */
export const PREFERENCE_COOKIE_OPTIONS = {
  path: '/',
  maxAge: PREFERENCE_MAX_AGE_SECONDS,
  sameSite: 'lax',
} as const;

export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];

export function parseTheme(value: string | null | undefined): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/** A `Set-Cookie` value (or `document.cookie` assignment) that remembers one preference. */
export function preferenceCookie(name: string, value: string): string {
  return `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${PREFERENCE_MAX_AGE_SECONDS}; SameSite=Lax`;
}

/** A `Set-Cookie` value that forgets one preference. */
export function clearedPreferenceCookie(name: string): string {
  return `${name}=; Path=/; Max-Age=0; SameSite=Lax`;
}

/** A Cookie header as name → decoded value; the first of repeated names wins, undecodable values are skipped. */
export function parseCookieHeader(header: string | null | undefined): Map<string, string> {
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

/** `/nb/calendar` → nb; built from the list of locales so a seventh language needs no second edit. */
const localePrefixPattern = new RegExp(`^/(${locales.join('|')})(?=/|$)`);

/** The language a path starts with and the path without it (`/nb/calendar` → nb, `/calendar`), or null. */
export function splitLocalePrefix(pathname: string): { locale: Locale; rest: string; prefix: string } | null {
  const match = localePrefixPattern.exec(pathname);
  const locale = parseLocale(match?.[1]);
  if (!match || !locale) return null;
  return { locale, rest: pathname.slice(match[0].length) || '/', prefix: match[0] };
}

export interface ZoneChoice {
  zone: string;
  /** True when the zone came from the URL or a cookie, false when it is the page's default. */
  chosen: boolean;
}

/** The viewer's zone: the query's, else the cookie's, else the page's; unknown names are skipped. */
export function resolveZone(
  param: string | null | undefined,
  cookie: string | null | undefined,
  pageZone: string,
): ZoneChoice {
  const chosen = canonicalTimeZone(param) ?? canonicalTimeZone(cookie);
  return chosen === null ? { zone: pageZone, chosen: false } : { zone: chosen, chosen: true };
}
