'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { locales, type Locale } from '@/lib/core/locales';
import { fieldError, type ApiProblem } from './api-client';
import { useConsoleApi, useConsoleText } from './console-text';
import { Field, FormAlert, buttonClass, describedBy, inputClass } from './fields';
import { LanguageTabs, translationsPayload, type TranslationDraft } from './language-tabs';

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
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const result = await callApi('POST', `/api/v1/incidents/${encodeURIComponent(incidentId)}/resolve`, {
      body,
      restoreComponents: restore,
      translations: translationsPayload(translations, ['body']),
    });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    router.refresh();
  }

  const err = (field: string) => fieldError(problem, field);
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={ci('resolve.label')}>
      <FormAlert message={problem?.message} />
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
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={restore}
          onChange={(e) => setRestore(e.target.checked)}
          className="size-4"
        />
        {ci('resolve.restore')}
      </label>
      <button type="submit" disabled={busy} className={buttonClass}>
        {busy ? ci('resolve.busy') : ci('resolve.submit')}
      </button>
    </form>
  );
}
