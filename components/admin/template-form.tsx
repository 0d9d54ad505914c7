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
import { MarkdownEditor } from './markdown-editor';
import type { TemplateChoice } from './template-choices';

const statuses = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
] as const satisfies readonly IncidentStatus[];
type TemplateStatus = (typeof statuses)[number];

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
  const { ci, status: words } = useConsoleText();
  const callApi = useConsoleApi();
  const idPrefix = `template-${template?.id ?? 'new'}`;
  const [name, setName] = useState(template?.name ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [status, setStatus] = useState<TemplateStatus>(
    template && isOneOf(statuses, template.status) ? template.status : 'investigating',
  );
  const [impact, setImpact] = useState<Impact>(template?.impact ?? 'minor');
  const [translations, setTranslations] = useState<TranslationDraft>(template?.translations ?? {});
  const [choice, setChoice] = useState<ComponentChoice>(
    Object.fromEntries((template?.components ?? []).map((c) => [c.id, c.status])),
  );
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sent, setSent] = useState<{ id: string }[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changes = componentChanges(choice);
    setBusy(true);
    setSent(changes);
    setDone(null);
    const payload = {
      name,
      body,
      status,
      impact,
      components: changes,
      translations: translationsPayload(translations, ['name', 'body']) ?? {},
    };
    const result = template
      ? await callApi('PATCH', `/api/v1/templates/${encodeURIComponent(template.id)}`, payload)
      : await callApi('POST', '/api/v1/templates', payload);
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    setDone(ci('templates.saved'));
    if (!template) {
      setName('');
      setBody('');
      setTranslations({});
      setChoice({});
    }
    router.refresh();
  }

  const err = (field: string) => fieldError(problem, field);
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <FormAlert message={problem?.message} />
      <FormAlert message={done} tone="ok" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={`${idPrefix}-status`}
          label={ci('form.status')}
          value={status}
          options={statuses}
          labels={words.incident}
          error={err('status')}
          onChange={setStatus}
        />
        <SelectField
          id={`${idPrefix}-impact`}
          label={ci('form.impact')}
          value={impact}
          options={impacts}
          labels={words.impact}
          error={err('impact')}
          onChange={setImpact}
        />
      </div>
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
        errors={problem ? componentErrors(problem.fields, sent) : {}}
        legend={ci('templates.components')}
        idPrefix={`${idPrefix}-component`}
      />
      <button type="submit" disabled={busy} className={buttonClass}>
        {busy ? ci('templates.saving') : template ? ci('templates.save') : ci('templates.create')}
      </button>
    </form>
  );
}
