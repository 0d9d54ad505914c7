'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { callApi, fieldError, type ApiProblem } from './api-client';
import { Field, FormAlert, buttonClass, describedBy, inputClass } from './fields';

/** One click to resolve, returning the touched components to operational unless told otherwise. */
export function ResolveForm({ incidentId }: { incidentId: string }) {
  const router = useRouter();
  const [body, setBody] = useState('This incident has been resolved. Everything works normally again.');
  const [restore, setRestore] = useState(true);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const result = await callApi('POST', `/api/v1/incidents/${encodeURIComponent(incidentId)}/resolve`, {
      body,
      restoreComponents: restore,
    });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    router.refresh();
  }

  const error = fieldError(problem, 'body');
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="Resolve">
      <FormAlert message={problem?.message} />
      <Field id="resolve-body" label="Resolution message" error={error}>
        <textarea
          id="resolve-body"
          rows={3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy('resolve-body', error)}
          className={inputClass}
        />
      </Field>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={restore}
          onChange={(e) => setRestore(e.target.checked)}
          className="size-4"
        />
        Return the affected components to operational
      </label>
      <button type="submit" disabled={busy} className={buttonClass}>
        {busy ? 'Resolving…' : 'Resolve incident'}
      </button>
    </form>
  );
}
