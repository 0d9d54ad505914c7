'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { impacts, type Impact, type IncidentStatus } from '@/lib/core/vocab';
import { callApi, fieldError, type ApiProblem } from './api-client';
import {
  ComponentPicker,
  componentChanges,
  componentErrors,
  type ComponentChoice,
  type PickableComponent,
} from './component-picker';
import { Field, FormAlert, SelectField, buttonClass, describedBy, inputClass } from './fields';
import { impactLabel, incidentStatusLabel } from './labels';
import { MarkdownEditor } from './markdown-editor';

const creatableStatuses = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
] as const satisfies readonly IncidentStatus[];

/** Post an incident in one form: name, impact, status, message (with preview) and the affected components. */
export function IncidentForm({ components }: { components: PickableComponent[] }) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [status, setStatus] = useState<(typeof creatableStatuses)[number]>('investigating');
  const [impact, setImpact] = useState<Impact>('minor');
  const [body, setBody] = useState('');
  const [choice, setChoice] = useState<ComponentChoice>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sent, setSent] = useState<{ id: string }[]>([]);
  const [busy, setBusy] = useState(false);

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
    });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    router.push(`/admin/incidents/${result.data.incident.id}`);
    router.refresh();
  }

  const errors = {
    name: fieldError(problem, 'name'),
    status: fieldError(problem, 'status'),
    impact: fieldError(problem, 'impact'),
    body: fieldError(problem, 'body'),
  };
  const perComponent = problem ? componentErrors(problem.fields, sent) : {};
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <FormAlert message={problem?.message} />
      <Field
        id="name"
        label="Name"
        hint="What customers notice, e.g. “Web client slow to load”."
        error={errors.name}
      >
        <input
          id="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={300}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name', errors.name, true)}
          className={inputClass}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="status"
          label="Status"
          value={status}
          options={creatableStatuses}
          labels={incidentStatusLabel}
          error={errors.status}
          onChange={setStatus}
        />
        <SelectField
          id="impact"
          label="Impact"
          value={impact}
          options={impacts}
          labels={impactLabel}
          error={errors.impact}
          onChange={setImpact}
        />
      </div>
      <MarkdownEditor id="body" label="Message" value={body} onChange={setBody} error={errors.body} />
      <ComponentPicker components={components} value={choice} onChange={setChoice} errors={perComponent} />
      <button type="submit" disabled={busy} className={buttonClass}>
        {busy ? 'Posting…' : 'Post incident'}
      </button>
    </form>
  );
}
