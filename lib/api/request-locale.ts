import { LOCALE_PARAM, type Locale } from '@/lib/i18n/locales';
import { formatLocaleFor, negotiateLocale, type FormatLocale } from '@/lib/i18n/negotiate';

/** Language and formatting of a route handler's answer: ?lang → `lang` cookie → Accept-Language → English. */
export function requestLocale(request: Request): { locale: Locale; formatLocale: FormatLocale } {
  const url = new URL(request.url);
  const cookie = /(?:^|;\s*)lang=([^;]*)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null;
  const acceptLanguage = request.headers.get('accept-language');
  const locale = negotiateLocale({ pathOrParam: url.searchParams.get(LOCALE_PARAM), cookie, acceptLanguage });
  return { locale, formatLocale: formatLocaleFor(locale, acceptLanguage) };
}
