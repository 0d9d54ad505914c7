import { cookies, headers } from 'next/headers';
import { defaultLocale, isLocale, type Locale } from '@/lib/core/locales';
import { isFormatLocale, type FormatLocale } from '@/lib/i18n/negotiate';
import {
  PREFERENCE_PARAMS,
  THEME_COOKIE,
  ZONE_COOKIE,
  parseTheme,
  resolveZone,
  type Theme,
} from '@/lib/preferences/viewer-preferences';

/**
 * The viewer's context for a page render: language (negotiated by proxy.ts), zone and theme
 * (query → cookie → default). The adapter between Next's request APIs and lib/.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

export interface RequestContext {
  locale: Locale;
  formatLocale: FormatLocale;
  zone: string;
  /** True when the zone came from the URL or a cookie, false when it is the page's default. */
  zoneChosen: boolean;
  theme: Theme;
  now: Date;
}

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Language only: for the root layout's `<html lang>`. */
export async function getLocale(): Promise<Locale> {
  const value = (await headers()).get('x-status-locale');
  return isLocale(value) ? value : defaultLocale;
}

export async function getThemeCookie(): Promise<Theme> {
  return parseTheme((await cookies()).get(THEME_COOKIE)?.value);
}

export async function getRequestContext(
  searchParams: SearchParams,
  pageZone: string,
): Promise<RequestContext> {
  const jar = await cookies();
  const head = await headers();
  const localeHeader = head.get('x-status-locale');
  const formatHeader = head.get('x-status-format-locale');
  const locale = isLocale(localeHeader) ? localeHeader : defaultLocale;
  const formatLocale = isFormatLocale(formatHeader) ? formatHeader : locale === 'en' ? 'en-GB' : locale;
  const { zone, chosen } = resolveZone(
    firstParam(searchParams[PREFERENCE_PARAMS.zone]),
    jar.get(ZONE_COOKIE)?.value,
    pageZone,
  );
  const theme = parseTheme(firstParam(searchParams[PREFERENCE_PARAMS.theme]) ?? jar.get(THEME_COOKIE)?.value);
  return { locale, formatLocale, zone, zoneChosen: chosen, theme, now: new Date() };
}

/** Language and date format only: for the staff console, whose times are always in the page's zone. */
export async function getLocaleContext(): Promise<{ locale: Locale; formatLocale: FormatLocale }> {
  const head = await headers();
  const localeHeader = head.get('x-status-locale');
  const formatHeader = head.get('x-status-format-locale');
  const locale = isLocale(localeHeader) ? localeHeader : defaultLocale;
  const formatLocale = isFormatLocale(formatHeader) ? formatHeader : locale === 'en' ? 'en-GB' : locale;
  return { locale, formatLocale };
}
