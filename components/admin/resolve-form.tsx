'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { locales, type Locale } from '@/lib/core/locales';
import { useConsoleApi, useConsoleText } from './console-text';
import { CheckboxField, Field, FormAlert, buttonClass, describedBy, inputClass } from './fields';
import { LanguageTabs, translationsPayload, type TranslationDraft } from './language-tabs';
import { useSubmission } from './use-submission';

/** One click to resolve, in every language, returning the touched components to operational unless told otherwise. */
export function ResolveForm({
  incidentId,
  defaultLocale,
  messages,
}: {
  incidentId: string;
  defaultLocale: Locale;
  /** The standard resolution message in each language. */
  messages: Record<string, string>;
}) {
  const router = useRouter();
  const { ci } = useConsoleText();
  const callApi = useConsoleApi();
  const [body, setBody] = useState(messages[defaultLocale] ?? '');
  const [translations, setTranslations] = useState<TranslationDraft>(() =>
    Object.fromEntries(
      locales.filter((l) => l !== defaultLocale).map((l) => [l, { body: messages[l] ?? '' }]),
    ),
  );
  const [restore, setRestore] = useState(true);
  const form = useSubmission();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await form.submit([], () =>
      callApi('POST', `/api/v1/incidents/${encodeURIComponent(incidentId)}/resolve`, {
        body,
        restoreComponents: restore,
        translations: translationsPayload(translations, ['body']),
      }),
    );
    if (result) router.refresh();
  }

  const err = form.fieldError;
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={ci('resolve.label')}>
      <FormAlert message={form.problem?.message} />
      <LanguageTabs
        idPrefix="resolve"
        defaultLocale={defaultLocale}
        fields={['body']}
        value={translations}
        onChange={setTranslations}
        errors={err}
        bodyRows={3}
        defaultPanel={
          <Field id="resolve-body" label={ci('resolve.message')} error={err('body')}>
            <textarea
              id="resolve-body"
              rows={3}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              aria-invalid={err('body') ? true : undefined}
              aria-describedby={describedBy('resolve-body', err('body'))}
              className={inputClass}
            />
          </Field>
        }
      />
      <CheckboxField label={ci('resolve.restore')} checked={restore} onChange={setRestore} />
      <button type="submit" disabled={form.busy} className={buttonClass}>
        {form.busy ? ci('resolve.busy') : ci('resolve.submit')}
      </button>
    </form>
  );
}
