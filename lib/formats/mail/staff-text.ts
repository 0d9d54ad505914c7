import type { Locale } from '@/lib/core/locales';

/**
 * The one place notification mail reads text that staff wrote (incident and maintenance names, update bodies,
 * component names). composeMail hands it a document already resolved for the reader's language by
 * lib/status/localize.ts (the translation, else the page's default language).
 */
export function staffText<T extends object, K extends keyof T & string>(
  _locale: Locale,
  item: T,
  field: K,
): string {
  const value = item[field];
  return typeof value === 'string' ? value : '';
}
