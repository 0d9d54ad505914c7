import { z } from 'zod';
import { DomainError } from '@/lib/core/errors';
import { locales, type Locale } from '@/lib/core/locales';
import type { StoreDocument } from '@/lib/store/schema';
import { detached } from '@/lib/store/detached';

/** A translated text as the write API takes it: trimmed, never empty, within the field's limit. */
export function translatedText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty (leave the field out to show the default language)')
    .max(max, `must be at most ${max.toLocaleString('en')} characters`);
}

/**
 * `{"nb": {"name": "…"}}` in a request body: only our languages as keys, only the named fields in each.
 * The page's default language is refused by `assertTranslationLocales`, which knows the page.
 */
export function translationsInput<S extends Record<string, z.ZodType<string | null>>>(shape: S) {
  const entry = z.strictObject(shape).partial();
  return z
    .record(z.string(), entry)
    .superRefine((value, ctx) => {
      for (const key of Object.keys(value)) {
        if (!(locales as readonly string[]).includes(key)) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `is not one of the page's languages (${locales.join(', ')})`,
          });
        }
      }
    })
    .transform((value) => value as Partial<Record<Locale, z.infer<typeof entry>>>);
}

/** Refuses a translation into the page's default language: that text belongs in the main fields. */
export function assertTranslationLocales(
  doc: StoreDocument,
  translations: object | undefined,
  field = 'translations',
): void {
  const language = doc.page.defaultLocale;
  if (translations && Object.hasOwn(translations, language)) {
    const problem = `"${language}" is the page's default language: write that text in the main fields`;
    throw new DomainError('invalid_request', `Invalid ${field}.${language}: ${problem}.`, [
      { field: `${field}.${language}`, problem },
    ]);
  }
}

/** Merges translations sent with a write into the stored ones; a field sent as null removes that translation. */
export function mergeTranslations<F extends string>(
  stored: Partial<Record<Locale, Partial<Record<F, string>>>> | undefined,
  sent: Partial<Record<Locale, Partial<Record<F, string | null>>>> | undefined,
): Partial<Record<Locale, Partial<Record<F, string>>>> | undefined {
  if (!sent) return stored;
  const merged: Partial<Record<Locale, Partial<Record<F, string>>>> = detached(stored ?? {});
  for (const locale of locales) {
    const fields = sent[locale];
    if (!fields) continue;
    const target: Partial<Record<F, string>> = { ...merged[locale] };
    for (const [field, text] of Object.entries(fields) as [F, string | null | undefined][]) {
      if (text === null) delete target[field];
      else if (text !== undefined) target[field] = text;
    }
    if (Object.keys(target).length > 0) merged[locale] = target;
    else delete merged[locale];
  }
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/** Only the texts that were written, as stored: `{"nb": {"body": "…"}}`, or undefined when there are none. */
export function pickTranslations<F extends string>(
  sent: Partial<Record<string, Partial<Record<string, string | null | undefined>>>> | undefined,
  fields: readonly F[],
): Partial<Record<Locale, Partial<Record<F, string>>>> | undefined {
  const out: Partial<Record<Locale, Partial<Record<F, string>>>> = {};
  for (const locale of locales) {
    const entry = sent?.[locale];
    const kept: Partial<Record<F, string>> = {};
    for (const field of fields) {
      const text = entry?.[field];
      if (typeof text === 'string') kept[field] = text;
    }
    if (Object.keys(kept).length > 0) out[locale] = kept;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
