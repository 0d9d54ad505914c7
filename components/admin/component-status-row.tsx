'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { componentStatuses, isOneOf, type ComponentStatus } from '@/lib/core/vocab';
import { useConsoleApi, useConsoleText } from './console-text';
import { describedBy, inputClass, secondaryButtonClass } from './fields';

/** One component's status, changed outside any incident (e.g. after a silent fix). */
export function ComponentStatusRow({
  id,
  name,
  status,
}: {
  id: string;
  name: string;
  status: ComponentStatus;
}) {
  const router = useRouter();
  const { c, status: words } = useConsoleText();
  const callApi = useConsoleApi();
  const [value, setValue] = useState<ComponentStatus>(status);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const selectId = `status-${id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const result = await callApi('PATCH', `/api/v1/components/${encodeURIComponent(id)}`, { status: value });
    setBusy(false);
    setMessage(
      result.ok ? { text: c('common.saved'), error: false } : { text: result.problem.message, error: true },
    );
    if (result.ok) router.refresh();
  }

  const error = message?.error ? message.text : undefined;
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3 px-4 py-3">
      <div className="min-w-48 flex-1">
        <label htmlFor={selectId} className="block font-medium">
          {name}
        </label>
        <select
          id={selectId}
          value={value}
          onChange={(e) => isOneOf(componentStatuses, e.target.value) && setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(selectId, error)}
          className={inputClass}
        >
          {componentStatuses.map((s) => (
            <option key={s} value={s}>
              {words.component[s]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={busy || value === status} className={secondaryButtonClass}>
        {busy ? c('common.saving') : c('common.save')}
      </button>
      <p
        id={error ? `${selectId}-error` : undefined}
        role="status"
        className={`w-full text-sm ${message?.error ? 'font-medium text-critical' : 'text-ok'}`}
      >
        {message?.text ?? ''}
      </p>
    </form>
  );
}
