import { daMessages } from '@/lib/i18n/dictionaries/da';
import { deMessages } from '@/lib/i18n/dictionaries/de';
import { enMessages } from '@/lib/i18n/dictionaries/en';
import { nbMessages } from '@/lib/i18n/dictionaries/nb';
import { nlMessages } from '@/lib/i18n/dictionaries/nl';
import { svMessages } from '@/lib/i18n/dictionaries/sv';
import type { Locale } from '@/lib/core/locales';
import {
  createAreaTranslator,
  createTranslator,
  type AreaTranslate,
  type Translate,
} from '@/lib/i18n/translator';
import type { Area, MessageKey, Messages, TranslateArgs } from '@/lib/i18n/types';

/**
 * All six languages, for server components, route handlers and feeds. A client component should not import
 * this module: take props from a server component, import one `dictionaries/<locale>`, or `loadMessages`.
 */
const dictionaries: Record<Locale, Messages> = {
  en: enMessages,
  nb: nbMessages,
  sv: svMessages,
  da: daMessages,
  nl: nlMessages,
  de: deMessages,
};

export function getMessages(locale: Locale): Messages {
  return dictionaries[locale];
}

/** One language's messages as its own chunk, for client code that learns the locale at run time. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'en':
      return (await import('@/lib/i18n/dictionaries/en')).enMessages;
    case 'nb':
      return (await import('@/lib/i18n/dictionaries/nb')).nbMessages;
    case 'sv':
      return (await import('@/lib/i18n/dictionaries/sv')).svMessages;
    case 'da':
      return (await import('@/lib/i18n/dictionaries/da')).daMessages;
    case 'nl':
      return (await import('@/lib/i18n/dictionaries/nl')).nlMessages;
    case 'de':
      return (await import('@/lib/i18n/dictionaries/de')).deMessages;
  }
}

const translators = new Map<Locale, Translate>();

/** `t(key, vars)` for one language, falling back to English for a message that is somehow missing. */
export function getTranslator(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    translate = createTranslator(locale, dictionaries[locale], enMessages);
    translators.set(locale, translate);
  }
  return translate;
}

/** t('nb', 'home.uptime.percent', { percent: '99,95 %' }); vars are required exactly when the message has placeholders. */
export function t<K extends MessageKey>(locale: Locale, key: K, ...args: TranslateArgs<K>): string {
  return getTranslator(locale)(key, ...args);
}

/** `t` over one area: getAreaTranslator('de', 'common')('nav.status') → 'Status'. */
export function getAreaTranslator<A extends Area>(locale: Locale, area: A): AreaTranslate<A> {
  return createAreaTranslator(locale, area, dictionaries[locale][area], enMessages[area]);
}
