'use client';

import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { locales, type Locale } from '@/lib/core/locales';
import { localeNames, localeTags } from '@/lib/i18n/locales';
import { useConsoleText } from './console-text';
import { Field, describedBy, inputClass } from './fields';
import { MarkdownEditor } from './markdown-editor';

export type TranslatedField = 'name' | 'body';
/** What staff typed per language; empty strings are "not written". */
export type TranslationDraft = Partial<Record<Locale, Partial<Record<TranslatedField, string>>>>;

/** The written translations only, trimmed, in the API's shape; undefined when there are none. */
export function translationsPayload(draft: TranslationDraft, fields: readonly TranslatedField[]) {
  const out: TranslationDraft = {};
  for (const locale of locales) {
    const entry: Partial<Record<TranslatedField, string>> = {};
    for (const field of fields) {
      const text = draft[locale]?.[field]?.trim();
      if (text) entry[field] = text;
    }
    if (Object.keys(entry).length > 0) out[locale] = entry;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function isWritten(draft: TranslationDraft, locale: Locale, fields: readonly TranslatedField[]) {
  return fields.every((field) => (draft[locale]?.[field]?.trim() ?? '') !== '');
}

/**
 * One tab per language: the default language's fields (required) first, then each translation, marked
 * "missing" until written. A missing translation never blocks posting; readers then get the default text.
 */
export function LanguageTabs({
  idPrefix,
  defaultLocale,
  fields,
  value,
  onChange,
  defaultPanel,
  errors,
  bodyRows = 5,
}: {
  idPrefix: string;
  defaultLocale: Locale;
  fields: readonly TranslatedField[];
  value: TranslationDraft;
  onChange: (value: TranslationDraft) => void;
  defaultPanel: ReactNode;
  errors: (field: string) => string | undefined;
  bodyRows?: number;
}) {
  const { ci } = useConsoleText();
  const order = [defaultLocale, ...locales.filter((l) => l !== defaultLocale)];
  const [active, setActive] = useState<Locale>(defaultLocale);
  const tabs = useRef(new Map<Locale, HTMLButtonElement>());
  const missing = order.filter((l) => l !== defaultLocale && !isWritten(value, l, fields));
  const set = (locale: Locale, field: TranslatedField, text: string) =>
    onChange({ ...value, [locale]: { ...value[locale], [field]: text } });

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -order.length, End: order.length }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const index = Math.min(order.length - 1, Math.max(0, order.indexOf(active) + step));
    const next = order[index] ?? defaultLocale;
    setActive(next);
    tabs.current.get(next)?.focus();
  }

  return (
    <fieldset className="rounded-md border border-border p-4">
      <legend className="px-1 font-medium">{ci('languages.legend')}</legend>
      <div
        role="tablist"
        aria-label={ci('languages.tabs')}
        className="mb-4 flex flex-wrap gap-1 border-b border-border"
      >
        {order.map((locale) => {
          const state =
            locale === defaultLocale
              ? ci('languages.defaultTab')
              : isWritten(value, locale, fields)
                ? ci('languages.written')
                : ci('languages.missing');
          const isMissing = locale !== defaultLocale && !isWritten(value, locale, fields);
          return (
            <button
              key={locale}
              ref={(node) => {
                if (node) tabs.current.set(locale, node);
              }}
              type="button"
              role="tab"
              id={`${idPrefix}-tab-${locale}`}
              aria-selected={active === locale}
              aria-controls={`${idPrefix}-panel-${locale}`}
              tabIndex={active === locale ? 0 : -1}
              data-missing={isMissing ? 'true' : undefined}
              onClick={() => setActive(locale)}
              onKeyDown={onKeyDown}
              className="-mb-px rounded-t-md border border-transparent px-3 py-2 text-sm aria-selected:border-border aria-selected:border-b-surface aria-selected:bg-surface aria-selected:font-semibold"
            >
              <span lang={localeTags[locale]}>{localeNames[locale]}</span>{' '}
              <span className={isMissing ? 'text-major' : 'text-muted'}>({state})</span>
            </button>
          );
        })}
      </div>
      {order.map((locale) => (
        <div
          key={locale}
          role="tabpanel"
          id={`${idPrefix}-panel-${locale}`}
          aria-labelledby={`${idPrefix}-tab-${locale}`}
          hidden={active !== locale}
          className="space-y-5"
        >
          {locale === defaultLocale ? (
            defaultPanel
          ) : (
            <div className="space-y-5">
              {fields.includes('name') ? (
                <Field
                  id={`${idPrefix}-name-${locale}`}
                  label={ci('languages.nameIn', { language: localeNames[locale] })}
                  error={errors(`translations.${locale}.name`)}
                >
                  <input
                    id={`${idPrefix}-name-${locale}`}
                    value={value[locale]?.name ?? ''}
                    onChange={(e) => set(locale, 'name', e.target.value)}
                    maxLength={300}
                    lang={localeTags[locale]}
                    aria-invalid={errors(`translations.${locale}.name`) ? true : undefined}
                    aria-describedby={describedBy(
                      `${idPrefix}-name-${locale}`,
                      errors(`translations.${locale}.name`),
                    )}
                    className={inputClass}
                  />
                </Field>
              ) : null}
              {fields.includes('body') ? (
                <MarkdownEditor
                  id={`${idPrefix}-body-${locale}`}
                  label={ci('languages.messageIn', { language: localeNames[locale] })}
                  value={value[locale]?.body ?? ''}
                  onChange={(text) => set(locale, 'body', text)}
                  error={errors(`translations.${locale}.body`)}
                  rows={bodyRows}
                  required={false}
                  lang={localeTags[locale]}
                />
              ) : null}
            </div>
          )}
        </div>
      ))}
      <p className="mt-4 text-sm text-muted" role="status" data-testid={`${idPrefix}-missing`}>
        {missing.length === 0
          ? ci('languages.complete')
          : ci('languages.missingNote', { count: missing.length, language: localeNames[defaultLocale] })}
      </p>
    </fieldset>
  );
}
