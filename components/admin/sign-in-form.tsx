'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { fieldError, type ApiProblem } from './api-client';
import { useConsoleApi, useConsoleText } from './console-text';
import { Field, FormAlert, buttonClass, describedBy, inputClass } from './fields';

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const { c } = useConsoleText();
  const callApi = useConsoleApi();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const result = await callApi('POST', '/api/v1/auth/sign-in', { email, password });
    setBusy(false);
    if (!result.ok) {
      // A wrong address or password is one sentence, never which of the two was wrong.
      setProblem(
        result.problem.code === 'unauthorized'
          ? { ...result.problem, message: c('signIn.wrong') }
          : result.problem,
      );
      setPassword('');
      return;
    }
    router.replace(next);
    router.refresh();
  }

  const emailError = fieldError(problem, 'email');
  const passwordError = fieldError(problem, 'password');
  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-4"
      aria-describedby={problem ? 'sign-in-problem' : undefined}
    >
      <div id="sign-in-problem">
        <FormAlert message={problem && !emailError && !passwordError ? problem.message : null} />
      </div>
      <Field id="email" label={c('signIn.email')} error={emailError}>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={describedBy('email', emailError)}
          className={inputClass}
        />
      </Field>
      <Field id="password" label={c('signIn.password')} error={passwordError}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={describedBy('password', passwordError)}
          className={inputClass}
        />
      </Field>
      <button type="submit" disabled={busy} className={`${buttonClass} w-full`}>
        {busy ? c('signIn.busy') : c('signIn.submit')}
      </button>
    </form>
  );
}
