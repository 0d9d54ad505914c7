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
import { MailPreview } from './mail-preview';
import { MarkdownEditor } from './markdown-editor';
import { TemplatePicker } from './template-picker';
import type { TemplateChoice } from './template-choices';
import { useSubmission } from './use-submission';

/** Post an incident in one form: template, status, impact, the texts in every language and the components. */
export function IncidentForm({
  components,
  templates,
  defaultLocale,
  initialTemplate,
  pageZone,
}: {
  components: PickableComponent[];
  templates: TemplateChoice[];
  defaultLocale: Locale;
  initialTemplate?: string;
  pageZone: string;
}) {
  const router = useRouter();
  const { ci } = useConsoleText();
  const callApi = useConsoleApi();
  const start = templates.find((t) => t.id === initialTemplate);
  const [templateId, setTemplateId] = useState(start?.id ?? '');
  const [name, setName] = useState(start?.name ?? '');
  const [status, setStatus] = useState<PostableStatus>(postableOr(start?.status));
  const [impact, setImpact] = useState<Impact>(start?.impact ?? 'minor');
  const [body, setBody] = useState(start?.body ?? '');
  const [translations, setTranslations] = useState<TranslationDraft>(start?.translations ?? {});
  const [choice, setChoice] = useState<ComponentChoice>(choiceOf(start?.components ?? []));
  const form = useSubmission();

  function applyTemplate(template: TemplateChoice | undefined) {
    setTemplateId(template?.id ?? '');
    if (!template) return;
    setName(template.name);
    setBody(template.body);
    setStatus(postableOr(template.status));
    setImpact(template.impact);
    setTranslations(structuredClone(template.translations));
    setChoice(choiceOf(template.components));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changes = componentChanges(choice);
    const result = await form.submit(changes, () =>
      callApi<{ incident: { id: string } }>('POST', '/api/v1/incidents', {
        name,
        status,
        impact,
        body,
        components: changes,
        translations: translationsPayload(translations, ['name', 'body']),
      }),
    );
    if (!result) return;
    router.push(`/admin/incidents/${result.data.incident.id}`);
    router.refresh();
  }

  const err = form.fieldError;
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <FormAlert message={form.problem?.message} />
      <TemplatePicker id="template" templates={templates} value={templateId} onChange={applyTemplate} />
      <StatusImpactFields
        idPrefix=""
        labels={{ status: ci('form.status'), impact: ci('form.impact') }}
        status={status}
        impact={impact}
        onStatus={setStatus}
        onImpact={setImpact}
        error={err}
      />
      <LanguageTabs
        idPrefix="incident"
        defaultLocale={defaultLocale}
        fields={['name', 'body']}
        value={translations}
        onChange={setTranslations}
        errors={err}
        defaultPanel={
          <>
            <Field id="name" label={ci('form.name')} hint={ci('form.nameHint')} error={err('name')}>
              <input
                id="name"
                value={name}
                onChange={(e) => setName(e.target.value)}
                required
                maxLength={300}
                aria-invalid={err('name') ? true : undefined}
                aria-describedby={describedBy('name', err('name'), true)}
                className={inputClass}
              />
            </Field>
            <MarkdownEditor
              id="body"
              label={ci('form.message')}
              value={body}
              onChange={setBody}
              error={err('body')}
            />
          </>
        }
      />
      <ComponentPicker
        components={components}
        value={choice}
        onChange={setChoice}
        errors={form.componentErrors}
      />
      <MailPreview
        pageZone={pageZone}
        request={() => ({
          kind: 'incident',
          incident: {
            name,
            status,
            impact,
            body,
            components: componentChanges(choice),
            translations: translationsPayload(translations, ['name', 'body']),
          },
        })}
      />
      <button type="submit" disabled={form.busy} className={buttonClass}>
        {form.busy ? ci('form.busy') : ci('form.submit')}
      </button>
    </form>
  );
}
