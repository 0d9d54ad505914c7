'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { Locale } from '@/lib/core/locales';
import type { Impact } from '@/lib/core/vocab';
import {
  ComponentPicker,
  choiceOf,
  componentChanges,
  type ComponentChoice,
  type PickableComponent,
} from './component-picker';
import { useConsoleApi, useConsoleText } from './console-text';
import { Field, FormAlert, buttonClass, describedBy, inputClass } from './fields';
import { StatusImpactFields, postableOr, type PostableStatus } from './incident-fields';
import { LanguageTabs, translationsPayload, type TranslationDraft } from './language-tabs';
import { MarkdownEditor } from './markdown-editor';
import type { TemplateChoice } from './template-choices';
import { useSubmission } from './use-submission';

/** Creates a template, or edits one: the same fields as an incident, in every language staff write. */
export function TemplateForm({
  template,
  components,
  defaultLocale,
}: {
  template?: TemplateChoice;
  components: PickableComponent[];
  defaultLocale: Locale;
}) {
  const router = useRouter();
  const { ci } = useConsoleText();
  const callApi = useConsoleApi();
  const idPrefix = `template-${template?.id ?? 'new'}`;
  const [name, setName] = useState(template?.name ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [status, setStatus] = useState<PostableStatus>(postableOr(template?.status));
  const [impact, setImpact] = useState<Impact>(template?.impact ?? 'minor');
  const [translations, setTranslations] = useState<TranslationDraft>(template?.translations ?? {});
  const [choice, setChoice] = useState<ComponentChoice>(choiceOf(template?.components ?? []));
  const form = useSubmission();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changes = componentChanges(choice);
    const payload = {
      name,
      body,
      status,
      impact,
      components: changes,
      translations: translationsPayload(translations, ['name', 'body']) ?? {},
    };
    const result = await form.submit(changes, () =>
      template
        ? callApi('PATCH', `/api/v1/templates/${encodeURIComponent(template.id)}`, payload)
        : callApi('POST', '/api/v1/templates', payload),
    );
    if (!result) return;
    form.setDone(ci('templates.saved'));
    if (!template) {
      setName('');
      setBody('');
      setTranslations({});
      setChoice({});
    }
    router.refresh();
  }

  const err = form.fieldError;
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <FormAlert message={form.problem?.message} />
      <FormAlert message={form.done} tone="ok" />
      <StatusImpactFields
        idPrefix={`${idPrefix}-`}
        labels={{ status: ci('form.status'), impact: ci('form.impact') }}
        status={status}
        impact={impact}
        onStatus={setStatus}
        onImpact={setImpact}
        error={err}
      />
      <LanguageTabs
        idPrefix={idPrefix}
        defaultLocale={defaultLocale}
        fields={['name', 'body']}
        value={translations}
        onChange={setTranslations}
        errors={err}
        defaultPanel={
          <>
            <Field id={`${idPrefix}-name`} label={ci('form.name')} error={err('name')}>
              <input
                id={`${idPrefix}-name`}
                value={name}
                onChange={(e) => setName(e.target.value)}
                maxLength={300}
                aria-invalid={err('name') ? true : undefined}
                aria-describedby={describedBy(`${idPrefix}-name`, err('name'))}
                className={inputClass}
              />
            </Field>
            <MarkdownEditor
              id={`${idPrefix}-body`}
              label={ci('form.message')}
              value={body}
              onChange={setBody}
              error={err('body')}
              rows={4}
            />
          </>
        }
      />
      <ComponentPicker
        components={components}
        value={choice}
        onChange={setChoice}
        errors={form.componentErrors}
        legend={ci('templates.components')}
        idPrefix={`${idPrefix}-component`}
      />
      <button type="submit" disabled={form.busy} className={buttonClass}>
        {form.busy ? ci('templates.saving') : template ? ci('templates.save') : ci('templates.create')}
      </button>
    </form>
  );
}
