'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ActionButton } from './action-button';
import { useConsoleApi, useConsoleText } from './console-text';
import { describedBy, inputClass, secondaryButtonClass } from './fields';

/** Cancel or restore one occurrence of a rule, and edit the note shown with it. */
export function OccurrenceActions({
  ruleId,
  start,
  cancelled,
  note,
  label,
}: {
  ruleId: string;
  start: string;
  cancelled: boolean;
  note: string | null;
  label: string;
}) {
  const router = useRouter();
  const { cm } = useConsoleText();
  const callApi = useConsoleApi();
  const base = `/api/v1/schedule/${encodeURIComponent(ruleId)}/occurrences/${encodeURIComponent(start)}`;
  const [text, setText] = useState(note ?? '');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = `note-${ruleId}-${start}`.replace(/[^\w-]/g, '-');

  async function saveNote(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const result = await callApi('PUT', `${base}/note`, { note: text });
    setBusy(false);
    setMessage(
      result.ok
        ? { text: cm('schedule.noteSaved'), error: false }
        : { text: result.problem.message, error: true },
    );
    if (result.ok) router.refresh();
  }

  const error = message?.error ? message.text : undefined;
  return (
    <div className="flex flex-wrap items-end gap-2">
      {cancelled ? (
        <ActionButton
          method="DELETE"
          path={`${base}/cancel`}
          label={cm('schedule.restore')}
          busyLabel={cm('schedule.restoring')}
        />
      ) : (
        <ActionButton
          method="POST"
          path={`${base}/cancel`}
          body={{ note: text || null }}
          label={cm('schedule.cancelOne')}
          busyLabel={cm('schedule.cancelling')}
          danger
          confirm={cm('schedule.confirmCancel', { label })}
        />
      )}
      <form onSubmit={saveNote} className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={inputId} className="block text-xs text-muted">
            {cm('schedule.note')}
          </label>
          <input
            id={inputId}
            value={text}
            maxLength={2000}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(inputId, error)}
            className={`${inputClass} py-1 text-sm`}
          />
        </div>
        <button type="submit" disabled={busy} className={secondaryButtonClass}>
          {cm('schedule.saveNote')}
        </button>
        <span
          id={error ? `${inputId}-error` : undefined}
          role="status"
          className={`text-sm ${message?.error ? 'font-medium text-critical' : 'text-ok'}`}
        >
          {message?.text ?? ''}
        </span>
      </form>
    </div>
  );
}
