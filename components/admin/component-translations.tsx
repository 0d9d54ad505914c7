'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { locales, type Locale } from '@/lib/core/locales';
import { localeNames, localeTags } from '@/lib/i18n/locales';
import { fieldError, type ApiProblem } from './api-client';
import { useConsoleApi, useConsoleText } from './console-text';
import { Field, FormAlert, describedBy, inputClass, secondaryButtonClass } from './fields';

type Texts = Partial<Record<Locale, { name?: string; description?: string }>>;

/** Names and descriptions of a component or group in the other languages; an emptied field removes it. */
export function ComponentTranslations({
  id,
  name,
  defaultLocale,
  translations,
}: {
  id: string;
  name: string;
  defaultLocale: Locale;
  translations: Texts;
}) {
  const router = useRouter();
  const { c } = useConsoleText();
  const callApi = useConsoleApi();
  const [texts, setTexts] = useState<Texts>(translations);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const others = locales.filter((l) => l !== defaultLocale);
  const set = (locale: Locale, field: 'name' | 'description', text: string) =>
    setTexts({ ...texts, [locale]: { ...texts[locale], [field]: text } });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setSaved(null);
    const payload = Object.fromEntries(
      others.map((l) => [
        l,
        { name: texts[l]?.name?.trim() || null, description: texts[l]?.description?.trim() || null },
      ]),
    );
    const result = await callApi('PATCH', `/api/v1/components/${encodeURIComponent(id)}`, {
      translations: payload,
    });
    setBusy(false);
    setProblem(result.ok ? null : result.problem);
    if (result.ok) {
      setSaved(c('common.saved'));
      router.refresh();
    }
  }

  const err = (field: string) => fieldError(problem, field);
  return (
    <details className="px-4 pb-3">
      <summary className="cursor-pointer text-sm text-accent">
        {c('components.translations')}: <span lang={localeTags[defaultLocale]}>{name}</span>
      </summary>
      <form onSubmit={submit} noValidate className="mt-3 space-y-3">
        <p className="text-sm text-muted">
          {c('components.translationsIntro', { language: localeNames[defaultLocale] })}
        </p>
        <FormAlert message={problem?.message} />
        <FormAlert message={saved} tone="ok" />
        <div className="grid gap-3 sm:grid-cols-2">
          {others.map((l) =>
            (['name', 'description'] as const).map((field) => {
              const fieldId = `${id}-${field}-${l}`;
              const error = err(`translations.${l}.${field}`);
              return (
                <Field
                  key={fieldId}
                  id={fieldId}
                  label={c(field === 'name' ? 'components.nameIn' : 'components.descriptionIn', {
                    language: localeNames[l],
                  })}
                  error={error}
                >
                  <input
                    id={fieldId}
                    lang={localeTags[l]}
                    value={texts[l]?.[field] ?? ''}
                    onChange={(e) => set(l, field, e.target.value)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy(fieldId, error)}
                    className={inputClass}
                  />
                </Field>
              );
            }),
          )}
        </div>
        <button type="submit" disabled={busy} className={secondaryButtonClass}>
          {busy ? c('common.saving') : c('components.saveTranslations')}
        </button>
      </form>
    </details>
  );
}
