'use client';

import { useState } from 'react';
import { locales } from '@/lib/core/locales';
import { localeNames } from '@/lib/i18n/locales';
import { callApi } from './api-client';
import { inputClass, secondaryButtonClass } from './fields';

interface Preview {
  subject: string;
  html: string;
  text: string;
  calendar: string | null;
}

/**
 * Shows the mail subscribers would get for what the form holds now, in any of the six languages and any zone,
 * before anything is posted. The HTML is shown in a sandboxed frame (no scripts, no requests to us).
 */
export function MailPreview({ request, pageZone }: { request: () => object; pageZone: string }) {
  const [lang, setLang] = useState<string>('en');
  const [zone, setZone] = useState(pageZone);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function show() {
    setBusy(true);
    const result = await callApi<Preview>('POST', '/api/v1/notifications/preview', {
      ...request(),
      lang,
      timeZone: zone,
    });
    setBusy(false);
    setPreview(result.ok ? result.data : null);
    setError(result.ok ? null : result.problem.message);
  }

  return (
    <details className="rounded-lg border border-border bg-surface" data-mail-preview>
      <summary className="cursor-pointer px-4 py-3 font-medium">Preview the mail to subscribers</summary>
      <div className="space-y-3 border-t border-border px-4 py-3">
        <div className="flex flex-wrap items-end gap-3">
          <label className="text-sm font-medium">
            <span className="mb-1 block">Language</span>
            <select value={lang} onChange={(e) => setLang(e.target.value)} className={inputClass}>
              {locales.map((code) => (
                <option key={code} value={code}>
                  {localeNames[code]}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium">
            <span className="mb-1 block">Time zone</span>
            <input value={zone} onChange={(e) => setZone(e.target.value)} className={inputClass} />
          </label>
          <button type="button" onClick={show} disabled={busy} className={secondaryButtonClass}>
            {busy ? 'Rendering…' : 'Show preview'}
          </button>
        </div>
        {error ? (
          <p role="alert" className="text-sm font-medium text-critical">
            {error}
          </p>
        ) : null}
        {preview ? (
          <div className="space-y-2" aria-live="polite">
            <p className="text-sm">
              <span className="text-muted">Subject:</span>{' '}
              <strong data-testid="preview-subject">{preview.subject}</strong>
              {preview.calendar ? (
                <span className="text-muted"> · calendar {preview.calendar.toLowerCase()} attached</span>
              ) : null}
            </p>
            <iframe
              title="Mail preview"
              sandbox=""
              srcDoc={preview.html}
              className="h-[32rem] w-full rounded border border-border bg-white"
            />
          </div>
        ) : null}
      </div>
    </details>
  );
}
