import { defaultLocale, parseLocale, type Locale } from '@/lib/core/locales';

/**
 * How dates and numbers are written. Only English needs a region: en-US writes 11/25/2026, 2:05 PM and
 * starts the week on Sunday; everyone else (en-GB by default) writes day first, 24-hour clock, Monday first.
 * A plain string so a server component can pass it to a client component as a prop.
 */
export const formatLocales = ['en-GB', 'en-US', 'nb', 'sv', 'da', 'nl', 'de'] as const;
export type FormatLocale = (typeof formatLocales)[number];
/** What the formatting helpers accept: a locale (English means en-GB) or a format locale. */
export type LocaleLike = Locale | FormatLocale;

export function isFormatLocale(value: unknown): value is FormatLocale {
  return typeof value === 'string' && (formatLocales as readonly string[]).includes(value);
}

export function toFormatLocale(locale: LocaleLike): FormatLocale {
  return locale === 'en' ? 'en-GB' : locale;
}

export function languageOf(locale: LocaleLike): Locale {
  return locale === 'en-GB' || locale === 'en-US' ? 'en' : locale;
}

/** 0 (Sunday) for en-US, 1 (Monday) for every other locale we serve. */
export function weekStartsOn(locale: LocaleLike): 0 | 1 {
  return locale === 'en-US' ? 0 : 1;
}

export interface LanguagePreference {
  tag: string;
  q: number;
}

const MAX_HEADER_LENGTH = 4096;

/** Parses Accept-Language into tags sorted by q (highest first, header order on ties); drops q=0 and garbage. */
export function parseAcceptLanguage(header: string | null | undefined): LanguagePreference[] {
  if (typeof header !== 'string' || header.length === 0) return [];
  const preferences: (LanguagePreference & { index: number })[] = [];
  header
    .slice(0, MAX_HEADER_LENGTH)
    .split(',')
    .forEach((entry, index) => {
      const [rawTag, ...params] = entry.split(';').map((part) => part.trim());
      if (!rawTag || !/^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/i.test(rawTag)) return;
      let q = 1;
      for (const param of params) {
        const match = /^q\s*=\s*(.*)$/i.exec(param);
        if (match?.[1] === undefined) continue;
        q = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(match[1]) ? Number(match[1]) : Number.NaN;
      }
      if (Number.isNaN(q) || q <= 0) return;
      preferences.push({ tag: rawTag, q, index });
    });
  return preferences.sort((a, b) => b.q - a.q || a.index - b.index).map(({ tag, q }) => ({ tag, q }));
}

export interface LocaleSources {
  /** `[lang]` path segment or `?lang=` parameter. */
  pathOrParam?: string | null;
  /** Value of the `lang` cookie (LOCALE_COOKIE). */
  cookie?: string | null;
  /** The raw Accept-Language request header. */
  acceptLanguage?: string | null;
}

/** Path or parameter beats cookie beats Accept-Language beats English; values we cannot read are skipped. */
export function negotiateLocale({ pathOrParam, cookie, acceptLanguage }: LocaleSources = {}): Locale {
  const explicit = parseLocale(pathOrParam) ?? parseLocale(cookie);
  if (explicit) return explicit;
  for (const { tag } of parseAcceptLanguage(acceptLanguage)) {
    const locale = parseLocale(tag);
    if (locale) return locale;
  }
  return defaultLocale;
}

/**
 * English formatting region: en-US when the first English tag with a region in Accept-Language is en-US,
 * otherwise en-GB (our customers are in Europe; a bare 'en' says nothing about the region).
 */
export function negotiateRegion(acceptLanguage: string | null | undefined): 'en-GB' | 'en-US' {
  for (const { tag } of parseAcceptLanguage(acceptLanguage)) {
    const [language, ...subtags] = tag.toLowerCase().split('-');
    const region = subtags.find((subtag) => /^(?:[a-z]{2}|\d{3})$/.test(subtag));
    if (language === 'en' && region) return region === 'us' ? 'en-US' : 'en-GB';
  }
  return 'en-GB';
}

/** The format locale for a viewer who reads `locale` and sent `acceptLanguage`. */
export function formatLocaleFor(locale: Locale, acceptLanguage?: string | null): FormatLocale {
  return locale === 'en' ? negotiateRegion(acceptLanguage) : locale;
}
