import { localeTags } from '@/lib/i18n/locales';
import type { Locale } from '@/lib/core/locales';
import type {
  Area,
  EnglishMessages,
  MessageKey,
  Messages,
  PathsOf,
  TranslateArgs,
  VarValue,
} from '@/lib/i18n/types';
import type { PluralMessage } from '@/lib/i18n/message-shape';

/** Light on purpose: a client component can use it with one language's messages (see dictionaries/). */

const placeholder = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** Fills `{name}` placeholders; an unknown name stays as written so a gap is visible, not silent. */
export function interpolate(template: string, vars: Readonly<Record<string, VarValue>> = {}): string {
  return template.replace(placeholder, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

export function isPluralMessage(value: unknown): value is PluralMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).other === 'string' &&
    typeof (value as Record<string, unknown>).one === 'string'
  );
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** Picks the plural form of `count` for the language (Intl.PluralRules) and fills the placeholders. */
export function plural(
  locale: Locale,
  message: PluralMessage,
  count: number,
  vars: Readonly<Record<string, VarValue>> = {},
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(localeTags[locale]);
    pluralRules.set(locale, rules);
  }
  const form = rules.select(count) === 'one' ? message.one : message.other;
  return interpolate(form, { count, ...vars });
}

/** Looks a dotted key up in a message tree; undefined when it is not there. */
export function lookup(messages: unknown, key: string): unknown {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function translate(
  locale: Locale,
  messages: unknown,
  fallback: unknown,
  key: string,
  vars: Readonly<Record<string, VarValue>> = {},
): string {
  let message = lookup(messages, key);
  if (message === undefined && fallback !== undefined) message = lookup(fallback, key);
  if (typeof message === 'string') return interpolate(message, vars);
  if (isPluralMessage(message)) return plural(locale, message, Number(vars.count), vars);
  return key;
}

export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

/**
 * `t(key, vars)` bound to one language's messages. A missing message (never, if the types hold) falls back
 * to `fallback` (English on the server) and then to the key itself.
 */
export function createTranslator(locale: Locale, messages: Messages, fallback?: Messages): Translate {
  return (key, ...[vars]) => translate(locale, messages, fallback, key, vars);
}

/** Keys inside one area, without its prefix: 'nav.status' in the `common` area. */
export type AreaKey<A extends Area> = PathsOf<EnglishMessages[A]>;
export type AreaTranslate<A extends Area> = <K extends AreaKey<A>>(
  key: K,
  ...args: TranslateArgs<`${A}.${K}` & MessageKey>
) => string;

/**
 * `t` over one area, e.g. for a client component that got only `messages.embed` as a prop:
 * createAreaTranslator('nb', 'embed', embed)('viewStatusPage').
 */
export function createAreaTranslator<A extends Area>(
  locale: Locale,
  _area: A,
  messages: Messages[A],
  fallback?: Messages[A],
): AreaTranslate<A> {
  return (key, ...[vars]) => translate(locale, messages, fallback, key, vars);
}
