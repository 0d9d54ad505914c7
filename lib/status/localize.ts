import type { Locale } from '@/lib/core/locales';
import type { IncidentUpdate, StoreDocument } from '@/lib/store/schema';

/** Translations as stored: language → field → text. */
export type Translations<F extends string> = Partial<Record<Locale, Partial<Record<F, string>>>> | undefined;

/** A text staff wrote and the language it is in (the viewer's, or the page's default when untranslated). */
export interface LocalText {
  text: string;
  lang: Locale;
}

/**
 * The one rule for every text staff write: the requested language when it has a translation, otherwise the
 * page's default language. Pages, feeds, the calendar and the v2 API all read through here.
 */
export function resolveText<F extends string>(
  base: string,
  translations: Translations<F>,
  field: F,
  requested: Locale,
  pageDefault: Locale,
): LocalText {
  const text = requested === pageDefault ? undefined : translations?.[requested]?.[field];
  return text ? { text, lang: requested } : { text: base, lang: pageDefault };
}

export type TextKind = 'page' | 'group' | 'component' | 'incident' | 'update' | 'maintenance';

/** A copy of the document with every staff-written text in one language, and which texts fell back. */
export interface LocalizedDocument {
  doc: StoreDocument;
  locale: Locale;
  /** The language of a text shown in another language than `locale` (a fallback), else undefined. */
  fallbackLang(kind: TextKind, id: string, field: string): Locale | undefined;
}

/** Every translatable text of the document resolved for `requested` (see resolveText). */
export function localizeDocument(source: StoreDocument, requested: Locale): LocalizedDocument {
  // Every text is already in the page's default language: nothing to copy or resolve.
  if (requested === source.page.defaultLocale) {
    return { doc: source, locale: requested, fallbackLang: () => undefined };
  }
  const doc = structuredClone(source);
  const pageDefault = doc.page.defaultLocale;
  const fallbacks = new Map<string, Locale>();
  const pick = <F extends string>(
    kind: TextKind,
    id: string,
    base: string,
    translations: Translations<F>,
    field: F,
  ): string => {
    const { text, lang } = resolveText(base, translations, field, requested, pageDefault);
    if (lang !== requested) fallbacks.set(`${kind}:${id}:${field}`, lang);
    return text;
  };
  const pickOptional = <F extends string>(
    kind: TextKind,
    id: string,
    base: string | null,
    translations: Translations<F>,
    field: F,
  ): string | null => (base === null || base === '' ? base : pick(kind, id, base, translations, field));

  doc.page.name = pick('page', doc.page.id, doc.page.name, doc.page.translations, 'name');
  doc.page.description =
    pickOptional('page', doc.page.id, doc.page.description, doc.page.translations, 'description') ?? '';
  for (const list of [doc.groups, doc.components]) {
    const kind = list === doc.groups ? 'group' : 'component';
    for (const item of list) {
      item.name = pick(kind, item.id, item.name, item.translations, 'name');
      item.description = pickOptional(kind, item.id, item.description, item.translations, 'description');
    }
  }
  const componentNames = new Map(doc.components.map((c) => [c.id, c.name]));
  const localizeUpdates = (updates: IncidentUpdate[]) => {
    for (const u of updates) {
      u.body = pickOptional('update', u.id, u.body, u.translations, 'body') ?? '';
      for (const change of u.affectedComponents) {
        const name = componentNames.get(change.id);
        if (name === undefined) continue;
        change.name = name;
        const lang = fallbacks.get(`component:${change.id}:name`);
        if (lang) fallbacks.set(`update:${u.id}:component:${change.id}`, lang);
      }
    }
  };
  for (const incident of doc.incidents) {
    incident.name = pick('incident', incident.id, incident.name, incident.translations, 'name');
    localizeUpdates(incident.updates);
  }
  for (const m of doc.maintenances) {
    m.name = pick('maintenance', m.id, m.name, m.translations, 'name');
    m.body = pickOptional('maintenance', m.id, m.body, m.translations, 'body') ?? '';
    localizeUpdates(m.updates);
  }
  return {
    doc,
    locale: requested,
    fallbackLang: (kind, id, field) => fallbacks.get(`${kind}:${id}:${field}`),
  };
}
