import { cookies, headers } from 'next/headers';

/**
 * The viewer's context for a page render: language, zone and theme, read from the request
 * (query → cookie → header → default). The adapter between Next's request APIs and lib/i18n.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

export interface RequestContext {
  locale: string;
  zone: string;
  /** True when the zone came from the URL or a cookie, false when it is the page's default. */
  zoneChosen: boolean;
  theme: 'light' | 'dark' | 'auto';
  now: Date;
}

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

export async function getRequestContext(searchParams: SearchParams, pageZone: string): Promise<RequestContext> {
  const jar = await cookies();
  const head = await headers();
  const locale = head.get('x-status-locale') ?? 'en';
  const zoneCandidate = firstParam(searchParams.tz) ?? jar.get('tz')?.value;
  const zoneChosen = zoneCandidate !== undefined && isValidZone(zoneCandidate);
  const themeValue = firstParam(searchParams.theme) ?? jar.get('theme')?.value;
  const theme = themeValue === 'light' || themeValue === 'dark' ? themeValue : 'auto';
  return { locale, zone: zoneChosen ? zoneCandidate : pageZone, zoneChosen, theme, now: new Date() };
}
