'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { impacts, isOneOf, type Impact, type IncidentStatus } from '@/lib/core/vocab';
import { callApi, fieldError, type ApiProblem } from './api-client';
import {
  ComponentPicker,
  componentChanges,
  componentErrors,
  type ComponentChoice,
  type PickableComponent,
} from './component-picker';
import { FormAlert, SelectField, buttonClass } from './fields';
import { impactLabel, incidentStatusLabel } from './labels';
import { MarkdownEditor } from './markdown-editor';

const updateStatuses = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
] as const satisfies readonly IncidentStatus[];
type UpdateStatus = (typeof updateStatuses)[number];

/** Adds an update to the timeline: new status, message, optional impact change and component changes. */
export function IncidentUpdateForm({
  incidentId,
  status: currentStatus,
  impact: currentImpact,
  components,
}: {
  incidentId: string;
  status: IncidentStatus;
  impact: Impact;
  components: PickableComponent[];
}) {
  const router = useRouter();
  const start: UpdateStatus = isOneOf(updateStatuses, currentStatus) ? currentStatus : 'investigating';
  const [status, setStatus] = useState<UpdateStatus>(start);
  const [impact, setImpact] = useState<Impact>(currentImpact);
  const [body, setBody] = useState('');
  const [choice, setChoice] = useState<ComponentChoice>({});
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
    const payload = { status, body, components: changes, ...(impact !== currentImpact ? { impact } : {}) };
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
    setChoice({});
    setDone('Update posted.');
    router.refresh();
  }

  const errors = {
    status: fieldError(problem, 'status'),
    impact: fieldError(problem, 'impact'),
    body: fieldError(problem, 'body'),
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-label="Post an update">
      <FormAlert message={problem?.message} />
      <FormAlert message={done} tone="ok" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="update-status"
          label="New status"
          value={status}
          options={updateStatuses}
          labels={incidentStatusLabel}
          error={errors.status}
          onChange={setStatus}
        />
        <SelectField
          id="update-impact"
          label="Impact"
          value={impact}
          options={impacts}
          labels={impactLabel}
          error={errors.impact}
          onChange={setImpact}
        />
      </div>
      <MarkdownEditor
        id="update-body"
        label="Update message"
        value={body}
        onChange={setBody}
        error={errors.body}
        rows={5}
      />
      <ComponentPicker
        components={components}
        value={choice}
        onChange={setChoice}
        errors={problem ? componentErrors(problem.fields, sent) : {}}
        legend="Component changes with this update"
      />
      <button type="submit" disabled={busy} className={buttonClass}>
        {busy ? 'Posting…' : 'Post update'}
      </button>
    </form>
  );
}
