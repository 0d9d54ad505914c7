/**
 * A message that depends on a number. Our six languages use only `one` and `other` (Intl.PluralRules);
 * a group of messages must therefore never have a key named `other`.
 */
export interface PluralMessage {
  one: string;
  other: string;
}

/** Same shape as English with any text: what every other language must provide. */
export type Widen<T> = T extends string ? string : { -readonly [K in keyof T]: Widen<T[K]> };
