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
import { FormAlert, SelectField, buttonClass } from './fields';
import { LanguageTabs, translationsPayload, type TranslationDraft } from './language-tabs';
import { MailPreview } from './mail-preview';
import { MarkdownEditor } from './markdown-editor';
import { TemplatePicker } from './template-picker';
import type { TemplateChoice } from './template-choices';

const updateStatuses = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
] as const satisfies readonly IncidentStatus[];
type UpdateStatus = (typeof updateStatuses)[number];

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
  const { ci, status: words } = useConsoleText();
  const callApi = useConsoleApi();
  const start: UpdateStatus = isOneOf(updateStatuses, currentStatus) ? currentStatus : 'investigating';
  const [templateId, setTemplateId] = useState('');
  const [status, setStatus] = useState<UpdateStatus>(start);
  const [impact, setImpact] = useState<Impact>(currentImpact);
  const [body, setBody] = useState('');
  const [translations, setTranslations] = useState<TranslationDraft>({});
  const [choice, setChoice] = useState<ComponentChoice>({});
  const [notify, setNotify] = useState(true);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sent, setSent] = useState<{ id: string }[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function applyTemplate(template: TemplateChoice | undefined) {
    setTemplateId(template?.id ?? '');
    if (!template) return;
    setBody(template.body);
    setTranslations(bodiesOf(template));
    if (isOneOf(updateStatuses, template.status)) setStatus(template.status);
    setImpact(template.impact);
    setChoice(Object.fromEntries(template.components.map((c) => [c.id, c.status])));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changes = componentChanges(choice);
    setBusy(true);
    setSent(changes);
    setDone(null);
    const payload = {
      status,
      body,
      components: changes,
      translations: translationsPayload(translations, ['body']),
      ...(impact !== currentImpact ? { impact } : {}),
      ...(notify ? {} : { notify: false }),
    };
    const result = await callApi(
      'POST',
      `/api/v1/incidents/${encodeURIComponent(incidentId)}/updates`,
      payload,
    );
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    setBody('');
    setTranslations({});
    setTemplateId('');
    setChoice({});
    setNotify(true);
    setDone(ci('update.done'));
    router.refresh();
  }

  const err = (field: string) => fieldError(problem, field);
  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-label={ci('update.label')}>
      <FormAlert message={problem?.message} />
      <FormAlert message={done} tone="ok" />
      <TemplatePicker
        id="update-template"
        templates={templates}
        value={templateId}
        onChange={applyTemplate}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="update-status"
          label={ci('update.newStatus')}
          value={status}
          options={updateStatuses}
          labels={words.incident}
          error={err('status')}
          onChange={setStatus}
        />
        <SelectField
          id="update-impact"
          label={ci('update.impact')}
          value={impact}
          options={impacts}
          labels={words.impact}
          error={err('impact')}
          onChange={setImpact}
        />
      </div>
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
        errors={problem ? componentErrors(problem.fields, sent) : {}}
        legend={ci('update.components')}
      />
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={notify}
          onChange={(e) => setNotify(e.target.checked)}
          className="size-4 accent-accent"
        />
        {ci('update.notify')}
      </label>
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
      <button type="submit" disabled={busy} className={buttonClass}>
        {busy ? ci('update.busy') : ci('update.submit')}
      </button>
    </form>
  );
}
