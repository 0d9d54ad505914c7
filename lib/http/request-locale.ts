import type { Locale } from '@/lib/core/locales';
import { formatLocaleFor, negotiateLocale, type FormatLocale } from '@/lib/i18n/negotiate';
import { LOCALE_COOKIE, LOCALE_PARAM, parseCookieHeader } from '@/lib/preferences/viewer-preferences';

/** Language and formatting of a route handler's answer: ?lang → `lang` cookie → Accept-Language → English. */
export function requestLocale(request: Request): { locale: Locale; formatLocale: FormatLocale } {
  const url = new URL(request.url);
  const cookie = parseCookieHeader(request.headers.get('cookie')).get(LOCALE_COOKIE) ?? null;
  const acceptLanguage = request.headers.get('accept-language');
  const locale = negotiateLocale({ pathOrParam: url.searchParams.get(LOCALE_PARAM), cookie, acceptLanguage });
  return { locale, formatLocale: formatLocaleFor(locale, acceptLanguage) };
}
