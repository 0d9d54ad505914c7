import type { Locale } from '@/lib/core/locales';
import type { ComponentStatus, Impact, IncidentStatus } from '@/lib/core/vocab';
import { resolveText } from '@/lib/status/localize';
import type { StoreDocument } from '@/lib/store/schema';
import type { TranslationDraft } from './language-tabs';

/** A template as the client forms take it: plain data, named in the staff member's language. */
export interface TemplateChoice {
  id: string;
  /** What the picker shows: the template's name in the console's language when it has one. */
  label: string;
  name: string;
  body: string;
  status: IncidentStatus;
  impact: Impact;
  components: { id: string; status: ComponentStatus }[];
  translations: TranslationDraft;
}

export function templateChoices(doc: StoreDocument, locale: Locale): TemplateChoice[] {
  return doc.templates.map((t) => ({
    id: t.id,
    label: resolveText(t.name, t.translations, 'name', locale, doc.page.defaultLocale).text,
    name: t.name,
    body: t.body,
    status: t.status,
    impact: t.impact,
    components: t.components.map((c) => ({ ...c })),
    translations: structuredClone(t.translations ?? {}),
  }));
}
