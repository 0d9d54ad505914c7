'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { Locale } from '@/lib/core/locales';
import { impacts, isOneOf, type Impact, type IncidentStatus } from '@/lib/core/vocab';
import { fieldError, type ApiProblem } from './api-client';
import {
  ComponentPicker,
  componentChanges,
  componentErrors,
  type ComponentChoice,
  type PickableComponent,
} from './component-picker';
import { useConsoleApi, useConsoleText } from './console-text';
import { Field, FormAlert, SelectField, buttonClass, describedBy, inputClass } from './fields';
import { LanguageTabs, translationsPayload, type TranslationDraft } from './language-tabs';
import { MailPreview } from './mail-preview';
import { MarkdownEditor } from './markdown-editor';
import { TemplatePicker } from './template-picker';
import type { TemplateChoice } from './template-choices';

const creatableStatuses = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
] as const satisfies readonly IncidentStatus[];
type CreatableStatus = (typeof creatableStatuses)[number];

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
  const { ci, status: words } = useConsoleText();
  const callApi = useConsoleApi();
  const start = templates.find((t) => t.id === initialTemplate);
  const [templateId, setTemplateId] = useState(start?.id ?? '');
  const [name, setName] = useState(start?.name ?? '');
  const [status, setStatus] = useState<CreatableStatus>(
    start && isOneOf(creatableStatuses, start.status) ? start.status : 'investigating',
  );
  const [impact, setImpact] = useState<Impact>(start?.impact ?? 'minor');
  const [body, setBody] = useState(start?.body ?? '');
  const [translations, setTranslations] = useState<TranslationDraft>(start?.translations ?? {});
  const [choice, setChoice] = useState<ComponentChoice>(
    Object.fromEntries((start?.components ?? []).map((c) => [c.id, c.status])),
  );
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sent, setSent] = useState<{ id: string }[]>([]);
  const [busy, setBusy] = useState(false);

  function applyTemplate(template: TemplateChoice | undefined) {
    setTemplateId(template?.id ?? '');
    if (!template) return;
    setName(template.name);
    setBody(template.body);
    if (isOneOf(creatableStatuses, template.status)) setStatus(template.status);
    setImpact(template.impact);
    setTranslations(structuredClone(template.translations));
    setChoice(Object.fromEntries(template.components.map((c) => [c.id, c.status])));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changes = componentChanges(choice);
    setBusy(true);
    setSent(changes);
    const result = await callApi<{ incident: { id: string } }>('POST', '/api/v1/incidents', {
      name,
      status,
      impact,
      body,
      components: changes,
      translations: translationsPayload(translations, ['name', 'body']),
    });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    router.push(`/admin/incidents/${result.data.incident.id}`);
    router.refresh();
  }

  const err = (field: string) => fieldError(problem, field);
  const perComponent = problem ? componentErrors(problem.fields, sent) : {};
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <FormAlert message={problem?.message} />
      <TemplatePicker id="template" templates={templates} value={templateId} onChange={applyTemplate} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="status"
          label={ci('form.status')}
          value={status}
          options={creatableStatuses}
          labels={words.incident}
          error={err('status')}
          onChange={setStatus}
        />
        <SelectField
          id="impact"
          label={ci('form.impact')}
          value={impact}
          options={impacts}
          labels={words.impact}
          error={err('impact')}
          onChange={setImpact}
        />
      </div>
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
      <ComponentPicker components={components} value={choice} onChange={setChoice} errors={perComponent} />
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
      <button type="submit" disabled={busy} className={buttonClass}>
        {busy ? ci('form.busy') : ci('form.submit')}
      </button>
    </form>
  );
}
