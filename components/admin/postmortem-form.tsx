'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { fieldError, type ApiProblem } from './api-client';
import { useConsoleApi, useConsoleText } from './console-text';
import { FormAlert, buttonClass } from './fields';
import { MarkdownEditor } from './markdown-editor';

export function PostmortemForm({ incidentId, initial }: { incidentId: string; initial: string }) {
  const router = useRouter();
  const { ci } = useConsoleText();
  const callApi = useConsoleApi();
  const [body, setBody] = useState(initial);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setDone(null);
    const result = await callApi('PUT', `/api/v1/incidents/${encodeURIComponent(incidentId)}/postmortem`, {
      body,
    });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    setDone(ci('postmortem.done'));
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={ci('postmortem.label')}>
      <FormAlert message={problem?.message} />
      <FormAlert message={done} tone="ok" />
      <MarkdownEditor
        id="postmortem"
        label={ci('postmortem.label')}
        value={body}
        onChange={setBody}
        error={fieldError(problem, 'body')}
        rows={10}
      />
      <button type="submit" disabled={busy} className={buttonClass}>
        {busy ? ci('postmortem.busy') : initial ? ci('postmortem.republish') : ci('postmortem.publish')}
      </button>
    </form>
  );
}
