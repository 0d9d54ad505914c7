import { z } from 'zod';
import { DomainError } from '@/lib/core/errors';
import { impacts } from '@/lib/core/vocab';
import { textLimits, type IncidentTemplate, type StoreDocument } from '@/lib/store/schema';
import { detached } from '@/lib/store/detached';
import { nextId, type WriteContext } from '@/lib/store/write-context';
import { assertComponentsExist, componentChangesSchema } from '@/lib/status/components';
import { updateStatuses } from '@/lib/status/incidents';
import {
  assertTranslationLocales,
  pickTranslations,
  translatedText,
  translationsInput,
} from '@/lib/status/translations';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max.toLocaleString('en')} characters`);

/** `POST /api/v1/templates`: what an incident starts with, in the default language and any others. */
export const templateInputSchema = z.strictObject({
  name: text(textLimits.incidentName),
  status: z.enum(updateStatuses),
  impact: z.enum(impacts),
  body: text(textLimits.body),
  components: componentChangesSchema.default([]),
  translations: translationsInput({
    name: translatedText(textLimits.incidentName),
    body: translatedText(textLimits.body),
  }).optional(),
});
export type TemplateInput = z.infer<typeof templateInputSchema>;

/** `PATCH /api/v1/templates/{id}`: any of the fields; translations replace the stored ones whole. */
export const templatePatchSchema = templateInputSchema.partial();
export type TemplatePatch = z.infer<typeof templatePatchSchema>;

export function findTemplate(doc: StoreDocument, id: string): IncidentTemplate {
  const template = doc.templates.find((t) => t.id === id);
  if (!template) throw new DomainError('not_found', `There is no template with id "${id}".`, { id });
  return template;
}

function check(doc: StoreDocument, input: TemplatePatch): void {
  assertTranslationLocales(doc, input.translations);
  if (input.components) {
    assertComponentsExist(
      doc,
      input.components.map((c) => c.id),
      'components',
    );
  }
}

export function createTemplate(
  doc: StoreDocument,
  input: TemplateInput,
  ctx: WriteContext,
): IncidentTemplate {
  check(doc, input);
  const at = ctx.now.toISOString();
  const template: IncidentTemplate = {
    id: nextId(ctx),
    name: input.name,
    status: input.status,
    impact: input.impact,
    body: input.body,
    components: input.components.map((c) => ({ ...c })),
    createdAt: at,
    updatedAt: at,
  };
  const translations = pickTranslations(input.translations, ['name', 'body']);
  if (translations) template.translations = translations;
  doc.templates.push(template);
  return detached(template);
}

export function updateTemplate(
  doc: StoreDocument,
  id: string,
  input: TemplatePatch,
  ctx: WriteContext,
): { before: IncidentTemplate; after: IncidentTemplate } {
  const template = findTemplate(doc, id);
  check(doc, input);
  const before = detached(template);
  if (input.name !== undefined) template.name = input.name;
  if (input.status !== undefined) template.status = input.status;
  if (input.impact !== undefined) template.impact = input.impact;
  if (input.body !== undefined) template.body = input.body;
  if (input.components !== undefined) template.components = input.components.map((c) => ({ ...c }));
  if (input.translations !== undefined) {
    const translations = pickTranslations(input.translations, ['name', 'body']);
    if (translations) template.translations = translations;
    else delete template.translations;
  }
  template.updatedAt = ctx.now.toISOString();
  return { before, after: detached(template) };
}

export function deleteTemplate(doc: StoreDocument, id: string): IncidentTemplate {
  const template = findTemplate(doc, id);
  doc.templates = doc.templates.filter((t) => t.id !== id);
  return template;
}
