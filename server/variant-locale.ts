import { formatLocaleFor, negotiateLocale } from '@/lib/i18n/negotiate';

/**
 * The language variant of a request as one tag (nb, de, en-GB, en-US …): the cache key part for localized
 * responses, and the Accept-Language sent to the renderer, which negotiates the same answer from it.
 */
export function negotiateVariant(
  param: string | null,
  cookie: string | null,
  acceptLanguage: string | null,
): string {
  const locale = negotiateLocale({ pathOrParam: param, cookie, acceptLanguage });
  return formatLocaleFor(locale, acceptLanguage);
}
