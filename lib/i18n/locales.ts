import type { Locale } from '@/lib/core/locales';

/** BCP-47 tags for `<html lang>` and for Intl APIs. */
export const localeTags: Record<Locale, string> = {
  en: 'en',
  nb: 'nb',
  sv: 'sv',
  da: 'da',
  nl: 'nl',
  de: 'de',
};

/** Each language in its own words, for the switcher. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  nb: 'Norsk (bokmål)',
  sv: 'Svenska',
  da: 'Dansk',
  nl: 'Nederlands',
  de: 'Deutsch',
};

export function htmlLang(locale: Locale): string {
  return localeTags[locale];
}
