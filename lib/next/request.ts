import { cookies, headers } from 'next/headers';
import { isLocale, defaultLocale, type Locale } from '@/lib/i18n/locales';
import { isValidTimeZone } from '@/lib/schedule/zone';
import { isFormatLocale, type FormatLocale } from '@/lib/i18n/negotiate';

/**
 * The viewer's context for a page render: language (negotiated by proxy.ts), zone and theme
 * (query → cookie → default). The adapter between Next's request APIs and lib/.
 */
export type SearchParams = Record<string, string | string[] | undefined>;
export type Theme = 'light' | 'dark' | 'auto';

export interface RequestContext {
  locale: Locale;
  formatLocale: FormatLocale;
  zone: string;
  /** True when the zone came from the URL or a cookie, false when it is the page's default. */
  zoneChosen: boolean;
  theme: Theme;
  now: Date;
}

export const ZONE_COOKIE = 'tz';
export const THEME_COOKIE = 'theme';

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function parseTheme(value: string | undefined): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
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
  const zoneCandidate = firstParam(searchParams.tz) ?? jar.get(ZONE_COOKIE)?.value;
  const zoneChosen = zoneCandidate !== undefined && isValidTimeZone(zoneCandidate);
  const theme = parseTheme(firstParam(searchParams.theme) ?? jar.get(THEME_COOKIE)?.value);
  return {
    locale,
    formatLocale,
    zone: zoneChosen ? zoneCandidate : pageZone,
    zoneChosen,
    theme,
    now: new Date(),
  };
}
