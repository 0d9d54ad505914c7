/** The languages of the status page, one per market we serve. */
export const locales = ['en', 'nb', 'sv', 'da', 'nl', 'de'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

const languageTag = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i;
/** Norwegian comes as 'no' (macrolanguage), 'nb' (bokmål) or 'nn' (nynorsk); we serve bokmål to all. */
const aliases: Record<string, Locale> = { no: 'nb', nn: 'nb' };

/** Reads a language tag ('nb-NO', 'de_AT', 'EN', 'no') as one of our locales, or null. */
export function parseLocale(value: string | null | undefined): Locale | null {
  if (typeof value !== 'string') return null;
  const tag = value.trim();
  if (tag.length > 35 || !languageTag.test(tag)) return null;
  const language = tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
  const locale = aliases[language] ?? language;
  return isLocale(locale) ? locale : null;
}
