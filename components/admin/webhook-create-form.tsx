'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { locales } from '@/lib/core/locales';
import { isOneOf, webhookFormats, type WebhookFormat } from '@/lib/core/vocab';
import { localeNames } from '@/lib/i18n/locales';
import { callApi, fieldError, type ApiProblem } from './api-client';
import { Field, FormAlert, buttonClass, describedBy, inputClass } from './fields';

const formatLabel: Record<WebhookFormat, string> = {
  statuspage: 'Statuspage JSON (signed)',
  slack: 'Slack incoming webhook',
  teams: 'Microsoft Teams incoming webhook',
};

/** Adds a webhook and shows its signing secret once; the server derives it and never shows it again. */
export function WebhookCreateForm({ components }: { components: { id: string; name: string }[] }) {
  const router = useRouter();
  const [url, setUrl] = useState('');
  const [format, setFormat] = useState<WebhookFormat>('statuspage');
  const [lang, setLang] = useState('en');
  const [selected, setSelected] = useState<string[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const result = await callApi<{ secret: string }>('POST', '/api/v1/subscriptions', {
      type: 'webhook',
      url,
      format,
      lang,
      components: selected,
    });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    setSecret(result.data.secret);
    setUrl('');
    setSelected([]);
    router.refresh();
  }

  const urlError = fieldError(problem, 'url');
  return (
    <div className="space-y-4">
      {secret ? (
        <div role="status" className="rounded-md border border-ok bg-ok-bg p-4 text-sm text-ok">
          <p className="font-medium">
            Webhook added. Copy its signing secret now: it will not be shown again.
          </p>
          <label htmlFor="new-webhook-secret" className="mt-2 block">
            Signing secret
          </label>
          <input
            id="new-webhook-secret"
            readOnly
            value={secret}
            onFocus={(e) => e.target.select()}
            className={`${inputClass} font-mono`}
            data-testid="new-webhook-secret"
          />
          <p className="mt-2 text-text">
            Each request carries <code>X-Status-Signature: t=…,v1=…</code>, the HMAC-SHA256 of{' '}
            <code>t.body</code>.
          </p>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate className="space-y-4" aria-label="Add a webhook">
        <FormAlert message={problem?.message} />
        <Field
          id="w-url"
          label="URL"
          hint="https:// only; private and loopback addresses are refused."
          error={urlError}
        >
          <input
            id="w-url"
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={describedBy('w-url', urlError, true)}
            className={inputClass}
          />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="w-format" label="Format">
            <select
              id="w-format"
              value={format}
              onChange={(e) => isOneOf(webhookFormats, e.target.value) && setFormat(e.target.value)}
              className={inputClass}
            >
              {webhookFormats.map((f) => (
                <option key={f} value={f}>
                  {formatLabel[f]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="w-lang" label="Language of Slack and Teams messages">
            <select id="w-lang" value={lang} onChange={(e) => setLang(e.target.value)} className={inputClass}>
              {locales.map((code) => (
                <option key={code} value={code}>
                  {localeNames[code]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset>
          <legend className="mb-1 text-sm font-medium">Components (none ticked: all)</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {components.map((c) => (
              <label key={c.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={selected.includes(c.id)}
                  onChange={(e) =>
                    setSelected((now) =>
                      e.target.checked ? [...now, c.id] : now.filter((id) => id !== c.id),
                    )
                  }
                  className="size-4 accent-accent"
                />
                {c.name}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" disabled={busy} className={buttonClass}>
          {busy ? 'Adding…' : 'Add webhook'}
        </button>
      </form>
    </div>
  );
}
