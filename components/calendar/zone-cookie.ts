import { ZONE_COOKIE, preferenceCookie } from '@/lib/preferences/viewer-preferences';

/** Remembers a zone for a year; false when the browser refused the cookie. */
export function rememberZone(zone: string): boolean {
  document.cookie = preferenceCookie(ZONE_COOKIE, zone);
  return document.cookie.split(/;\s*/).includes(`${ZONE_COOKIE}=${encodeURIComponent(zone)}`);
}
