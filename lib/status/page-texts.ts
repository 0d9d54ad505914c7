import { z } from 'zod';
import { textLimits, type PageSettings, type StoreDocument } from '@/lib/store/schema';
import type { WriteContext } from '@/lib/store/write-context';
import {
  assertTranslationLocales,
  mergeTranslations,
  translatedText,
  translationsInput,
} from '@/lib/status/translations';

/** `PATCH /api/v1/page`: the page's name and description, and their translations (null removes one). */
export const pageTextsInputSchema = z
  .strictObject({
    name: translatedText(textLimits.pageName).optional(),
    description: z.string().trim().max(textLimits.pageDescription).optional(),
    translations: translationsInput({
      name: translatedText(textLimits.pageName).nullable(),
      description: translatedText(textLimits.pageDescription).nullable(),
    }).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'send name, description or translations' });
export type PageTextsInput = z.infer<typeof pageTextsInputSchema>;

export type PageTexts = Pick<PageSettings, 'name' | 'description' | 'translations' | 'defaultLocale'>;

export function pageTexts(page: PageSettings): PageTexts {
  return {
    name: page.name,
    description: page.description,
    defaultLocale: page.defaultLocale,
    translations: page.translations ?? {},
  };
}

export function setPageTexts(
  doc: StoreDocument,
  input: PageTextsInput,
  _ctx: WriteContext,
): { before: PageTexts; after: PageTexts } {
  assertTranslationLocales(doc, input.translations);
  const before = pageTexts(doc.page);
  if (input.name !== undefined) doc.page.name = input.name;
  if (input.description !== undefined) doc.page.description = input.description;
  doc.page.translations = mergeTranslations(doc.page.translations, input.translations);
  if (doc.page.translations === undefined) delete doc.page.translations;
  return { before, after: pageTexts(doc.page) };
}
