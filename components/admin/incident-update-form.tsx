'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { Locale } from '@/lib/core/locales';
import type { Impact, IncidentStatus } from '@/lib/core/vocab';
import {
  ComponentPicker,
  choiceOf,
  componentChanges,
  type ComponentChoice,
  type PickableComponent,
} from './component-picker';
import { useConsoleApi, useConsoleText } from './console-text';
import { CheckboxField, FormAlert, buttonClass } from './fields';
import { StatusImpactFields, postableOr, type PostableStatus } from './incident-fields';
import { LanguageTabs, translationsPayload, type TranslationDraft } from './language-tabs';
import { MailPreview } from './mail-preview';
import { MarkdownEditor } from './markdown-editor';
import { TemplatePicker } from './template-picker';
import type { TemplateChoice } from './template-choices';
import { useSubmission } from './use-submission';

/** Draft of the texts only: a template's body per language (its name stays with the incident). */
function bodiesOf(template: TemplateChoice): TranslationDraft {
  return Object.fromEntries(
    Object.entries(template.translations).map(([locale, entry]) => [locale, { body: entry?.body ?? '' }]),
  );
}

/** Adds an update to the timeline: new status, message in every language, impact and component changes. */
export function IncidentUpdateForm({
  incidentId,
  status: currentStatus,
  impact: currentImpact,
  components,
  templates,
  defaultLocale,
  pageZone,
}: {
  incidentId: string;
  status: IncidentStatus;
  impact: Impact;
  components: PickableComponent[];
  templates: TemplateChoice[];
  defaultLocale: Locale;
  pageZone: string;
}) {
  const router = useRouter();
  const { ci } = useConsoleText();
  const callApi = useConsoleApi();
  const [templateId, setTemplateId] = useState('');
  const [status, setStatus] = useState<PostableStatus>(postableOr(currentStatus));
  const [impact, setImpact] = useState<Impact>(currentImpact);
  const [body, setBody] = useState('');
  const [translations, setTranslations] = useState<TranslationDraft>({});
  const [choice, setChoice] = useState<ComponentChoice>({});
  const [notify, setNotify] = useState(true);
  const form = useSubmission();

  function applyTemplate(template: TemplateChoice | undefined) {
    setTemplateId(template?.id ?? '');
    if (!template) return;
    setBody(template.body);
    setTranslations(bodiesOf(template));
    setStatus(postableOr(template.status));
    setImpact(template.impact);
    setChoice(choiceOf(template.components));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changes = componentChanges(choice);
    const payload = {
      status,
      body,
      components: changes,
      translations: translationsPayload(translations, ['body']),
      ...(impact !== currentImpact ? { impact } : {}),
      ...(notify ? {} : { notify: false }),
    };
    const result = await form.submit(changes, () =>
      callApi('POST', `/api/v1/incidents/${encodeURIComponent(incidentId)}/updates`, payload),
    );
    if (!result) return;
    setBody('');
    setTranslations({});
    setTemplateId('');
    setChoice({});
    setNotify(true);
    form.setDone(ci('update.done'));
    router.refresh();
  }

  const err = form.fieldError;
  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-label={ci('update.label')}>
      <FormAlert message={form.problem?.message} />
      <FormAlert message={form.done} tone="ok" />
      <TemplatePicker
        id="update-template"
        templates={templates}
        value={templateId}
        onChange={applyTemplate}
      />
      <StatusImpactFields
        idPrefix="update-"
        labels={{ status: ci('update.newStatus'), impact: ci('update.impact') }}
        status={status}
        impact={impact}
        onStatus={setStatus}
        onImpact={setImpact}
        error={err}
      />
      <LanguageTabs
        idPrefix="update"
        defaultLocale={defaultLocale}
        fields={['body']}
        value={translations}
        onChange={setTranslations}
        errors={err}
        defaultPanel={
          <MarkdownEditor
            id="update-body"
            label={ci('update.message')}
            value={body}
            onChange={setBody}
            error={err('body')}
            rows={5}
          />
        }
      />
      <ComponentPicker
        components={components}
        value={choice}
        onChange={setChoice}
        errors={form.componentErrors}
        legend={ci('update.components')}
      />
      <CheckboxField label={ci('update.notify')} checked={notify} onChange={setNotify} />
      {notify ? (
        <MailPreview
          pageZone={pageZone}
          request={() => ({
            kind: 'update',
            incidentId,
            update: {
              status,
              body,
              components: componentChanges(choice),
              translations: translationsPayload(translations, ['body']),
            },
          })}
        />
      ) : null}
      <button type="submit" disabled={form.busy} className={buttonClass}>
        {form.busy ? ci('update.busy') : ci('update.submit')}
      </button>
    </form>
  );
}
