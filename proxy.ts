import { NextResponse, type NextRequest } from 'next/server';
import { formatLocaleFor, negotiateLocale } from '@/lib/i18n/negotiate';
import { parseLocale } from '@/lib/core/locales';
import {
  LOCALE_COOKIE,
  LOCALE_PARAM,
  PREFERENCE_COOKIE_OPTIONS,
  splitLocalePrefix,
} from '@/lib/preferences/viewer-preferences';

/**
 * Picks the page language once per request (path → ?lang → cookie → Accept-Language → English) and hands it
 * to the layout and pages as request headers; `/nb/calendar` is served by `/calendar` in Norwegian.
 * The front server's response cache (server/) does the same for the pages it answers itself.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const prefix = splitLocalePrefix(pathname);
  const acceptLanguage = request.headers.get('accept-language');
  const explicit = prefix?.locale ?? parseLocale(searchParams.get(LOCALE_PARAM));
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value ?? null;
  const locale = negotiateLocale({ pathOrParam: explicit, cookie, acceptLanguage });
  const headers = new Headers(request.headers);
  headers.set('x-status-locale', locale);
  headers.set('x-status-format-locale', formatLocaleFor(locale, acceptLanguage));
  let response: NextResponse;
  if (prefix) {
    const url = request.nextUrl.clone();
    url.pathname = prefix.rest;
    url.searchParams.set(LOCALE_PARAM, locale);
    response = NextResponse.rewrite(url, { request: { headers } });
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  // A language chosen in the URL is remembered, so links followed from here keep it.
  if (explicit && cookie !== explicit) {
    response.cookies.set(LOCALE_COOKIE, explicit, PREFERENCE_COOKIE_OPTIONS);
  }
  return response;
}

export const config = {
  // Pages only: API routes, the embed, feeds and static files negotiate for themselves.
  matcher: ['/((?!api/|_next/|embed(?:/|$)|favicon|.*\\.[a-z0-9]+$).*)'],
};
