/** The viewer's zone lives in the `tz` cookie (ZONE_COOKIE of lib/next/request.ts, which a client cannot import). */
export const ZONE_COOKIE = 'tz';

/** Remembers a zone for a year; false when the browser refused the cookie. */
export function rememberZone(zone: string): boolean {
  const value = encodeURIComponent(zone);
  document.cookie = `${ZONE_COOKIE}=${value}; path=/; max-age=31536000; samesite=lax`;
  return document.cookie.split(/;\s*/).includes(`${ZONE_COOKIE}=${value}`);
}
