import { NextResponse, type NextRequest } from 'next/server';
import { formatLocaleFor, negotiateLocale } from '@/lib/i18n/negotiate';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';

const pathLocale = /^\/(en|nb|sv|da|nl|de)(?=\/|$)/;

/**
 * Picks the page language once per request (path → ?lang → cookie → Accept-Language → English) and hands it
 * to the layout and pages as request headers; `/nb/calendar` is served by `/calendar` in Norwegian.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const prefix = pathLocale.exec(pathname);
  const acceptLanguage = request.headers.get('accept-language');
  const locale = negotiateLocale({
    pathOrParam: prefix?.[1] ?? searchParams.get('lang'),
    cookie: request.cookies.get(LOCALE_COOKIE)?.value ?? null,
    acceptLanguage,
  });
  const headers = new Headers(request.headers);
  headers.set('x-status-locale', locale);
  headers.set('x-status-format-locale', formatLocaleFor(locale, acceptLanguage));
  if (prefix) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(prefix[0].length) || '/';
    url.searchParams.set('lang', locale);
    return NextResponse.rewrite(url, { request: { headers } });
  }
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: API routes, feeds and static files negotiate for themselves.
  matcher: ['/((?!api/|_next/|favicon|.*\\.[a-z0-9]+$).*)'],
};
