'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { isOneOf, staffRoles, type StaffRole } from '@/lib/core/vocab';
import { fieldError, type ApiProblem } from './api-client';
import { useConsoleApi, useConsoleText } from './console-text';
import { Field, FormAlert, buttonClass, describedBy, inputClass } from './fields';

/** Creates a token and shows its secret once; the server keeps only a hash. */
export function TokenCreateForm() {
  const router = useRouter();
  const { c } = useConsoleText();
  const callApi = useConsoleApi();
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('editor');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const result = await callApi<{ secret: string; token: { name: string } }>('POST', '/api/v1/tokens', {
      name,
      role,
    });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    setSecret({ name: result.data.token.name, value: result.data.secret });
    setName('');
    router.refresh();
  }

  const useAs = c('tokens.useAs', { header: '\u0000' }).split('\u0000');
  return (
    <div className="space-y-4">
      {secret ? (
        <div role="status" className="rounded-md border border-ok bg-ok-bg p-4 text-sm text-ok">
          <p className="font-medium">{c('tokens.shownOnce', { name: secret.name })}</p>
          <label htmlFor="new-token" className="mt-2 block">
            {c('tokens.token')}
          </label>
          <input
            id="new-token"
            readOnly
            value={secret.value}
            onFocus={(e) => e.target.select()}
            className={`${inputClass} font-mono`}
            data-testid="new-token"
          />
          <p className="mt-2 text-text">
            {useAs[0]}
            <code className="rounded bg-surface-2 px-1">Authorization: Bearer &lt;token&gt;</code>
            {useAs[1]}
          </p>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate className="space-y-4" aria-label={c('tokens.create')}>
        <FormAlert message={problem?.message} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="t-name"
            label={c('tokens.name')}
            hint={c('tokens.nameHint')}
            error={fieldError(problem, 'name')}
          >
            <input
              id="t-name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={fieldError(problem, 'name') ? true : undefined}
              aria-describedby={describedBy('t-name', fieldError(problem, 'name'), true)}
              className={inputClass}
            />
          </Field>
          <Field id="t-role" label={c('tokens.role')} error={fieldError(problem, 'role')}>
            <select
              id="t-role"
              value={role}
              onChange={(e) => isOneOf(staffRoles, e.target.value) && setRole(e.target.value)}
              className={inputClass}
            >
              <option value="editor">{c('tokens.editorRole')}</option>
              <option value="admin">{c('tokens.adminRole')}</option>
            </select>
          </Field>
        </div>
        <button type="submit" disabled={busy} className={buttonClass}>
          {busy ? c('tokens.busy') : c('tokens.submit')}
        </button>
      </form>
    </div>
  );
}
