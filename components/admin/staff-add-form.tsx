'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { isOneOf, staffRoles, type StaffRole } from '@/lib/core/vocab';
import { fieldError, type ApiProblem } from './api-client';
import { useConsoleApi, useConsoleText } from './console-text';
import { Field, FormAlert, buttonClass, describedBy, inputClass } from './fields';

export function StaffAddForm() {
  const router = useRouter();
  const { c } = useConsoleText();
  const callApi = useConsoleApi();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('editor');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setDone(null);
    const result = await callApi('POST', '/api/v1/staff', { email, name, role, password });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    setDone(c('staff.done', { email }));
    setEmail('');
    setName('');
    setPassword('');
    router.refresh();
  }

  const err = (f: string) => fieldError(problem, f);
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={c('staff.add')}>
      <FormAlert message={problem?.message} />
      <FormAlert message={done} tone="ok" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="s-email" label={c('staff.emailAddress')} error={err('email')}>
          <input
            id="s-email"
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={err('email') ? true : undefined}
            aria-describedby={describedBy('s-email', err('email'))}
            className={inputClass}
          />
        </Field>
        <Field id="s-name" label={c('staff.name')} error={err('name')}>
          <input id="s-name" value={name} onChange={(e) => setName(e.target.value)} className={inputClass} />
        </Field>
        <Field id="s-role" label={c('staff.role')} hint={c('staff.roleHint')} error={err('role')}>
          <select
            id="s-role"
            value={role}
            onChange={(e) => isOneOf(staffRoles, e.target.value) && setRole(e.target.value)}
            aria-describedby={describedBy('s-role', err('role'), true)}
            className={inputClass}
          >
            <option value="editor">{c('roles.editor')}</option>
            <option value="admin">{c('roles.admin')}</option>
          </select>
        </Field>
        <Field
          id="s-password"
          label={c('staff.password')}
          hint={c('staff.passwordHint')}
          error={err('password')}
        >
          <input
            id="s-password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={err('password') ? true : undefined}
            aria-describedby={describedBy('s-password', err('password'), true)}
            className={inputClass}
          />
        </Field>
      </div>
      <button type="submit" disabled={busy} className={buttonClass}>
        {busy ? c('staff.busy') : c('staff.submit')}
      </button>
    </form>
  );
}
