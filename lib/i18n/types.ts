import type { enMessages } from '@/lib/i18n/dictionaries/en';
import type { Widen } from '@/lib/i18n/message-shape';

/** The English messages with their literal text: the source of every key and placeholder. */
export type EnglishMessages = typeof enMessages;

export type Messages = Widen<EnglishMessages>;
export type Area = keyof Messages;

type IsLeaf<T> = T extends string ? true : T extends { readonly other: string } ? true : false;

/** Dotted paths to every message, e.g. 'calendar.legend.systemMaintenance'. */
export type PathsOf<T> = {
  [K in keyof T & string]: IsLeaf<T[K]> extends true ? K : `${K}.${PathsOf<T[K]>}`;
}[keyof T & string];
export type MessageKey = PathsOf<EnglishMessages>;

export type At<T, K extends string> = K extends keyof T
  ? T[K]
  : K extends `${infer Head}.${infer Rest}`
    ? Head extends keyof T
      ? At<T[Head], Rest>
      : never
    : never;

export type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type VarValue = string | number;

/** The values a message needs: its `{placeholders}`, and `count` (a number) for a plural message. */
export type MessageVars<K extends MessageKey> =
  At<EnglishMessages, K> extends infer M
    ? M extends { readonly one: infer One; readonly other: infer Other }
      ? { count: number } & { [V in Exclude<Placeholders<One> | Placeholders<Other>, 'count'>]: VarValue }
      : { [V in Placeholders<M>]: VarValue }
    : never;

/** Rest arguments of `t`: vars are required exactly when the message has placeholders. */
export type TranslateArgs<K extends MessageKey> = [keyof MessageVars<K>] extends [never]
  ? [vars?: Record<string, never>]
  : [vars: MessageVars<K>];
