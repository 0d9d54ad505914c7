'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useConsoleApi } from './console-text';
import { dangerButtonClass, secondaryButtonClass } from './fields';

/** A button that sends one API call, asks first when it is destructive, and says what went wrong. */
export function ActionButton({
  method,
  path,
  body,
  label,
  busyLabel,
  confirm,
  danger = false,
}: {
  method: string;
  path: string;
  body?: unknown;
  label: string;
  busyLabel: string;
  confirm?: string;
  danger?: boolean;
}) {
  const router = useRouter();
  const callApi = useConsoleApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={busy}
        className={danger ? dangerButtonClass : secondaryButtonClass}
        onClick={async () => {
          if (confirm && !window.confirm(confirm)) return;
          setBusy(true);
          const result = await callApi(method, path, body);
          setBusy(false);
          setError(result.ok ? null : result.problem.message);
          if (result.ok) router.refresh();
        }}
      >
        {busy ? busyLabel : label}
      </button>
      {error ? (
        <span role="alert" className="text-sm font-medium text-critical">
          {error}
        </span>
      ) : null}
    </span>
  );
}
