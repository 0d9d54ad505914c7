'use client';

import { useEffect, useState } from 'react';

export interface SubscribeLinksProps {
  /** '/api/v1/calendar.ics?lang=nb' */
  path: string;
  /** The page's configured public address, used until the browser tells us the one it is on. */
  pageUrl: string;
  labels: { webcal: string; feed: string; copyLink: string; copied: string };
}

/** webcal:// (opens the calendar app) and https links to the feed, and a button that copies the address. */
export function SubscribeLinks({ path, pageUrl, labels }: SubscribeLinksProps) {
  const [origin, setOrigin] = useState(() => new URL(pageUrl).origin);
  const [copied, setCopied] = useState(false);
  useEffect(() => setOrigin(window.location.origin), []);
  const https = `${origin}${path}`;
  const webcal = https.replace(/^https?:/, 'webcal:');

  async function copy() {
    try {
      await navigator.clipboard.writeText(https);
      setCopied(true);
      setTimeout(() => setCopied(false), 4_000);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <a
          href={webcal}
          data-subscribe="webcal"
          className="inline-flex min-h-10 items-center rounded-md bg-accent px-4 text-sm font-semibold text-accent-fg no-underline"
        >
          {labels.webcal}
        </a>
        <a
          href={path}
          data-subscribe="https"
          className="inline-flex min-h-10 items-center rounded-md border border-border px-4 text-sm no-underline hover:bg-surface-2"
        >
          {labels.feed}
        </a>
        <button
          type="button"
          onClick={() => void copy()}
          className="min-h-10 rounded-md border border-border px-3 text-sm hover:bg-surface-2 print:hidden"
        >
          {labels.copyLink}
        </button>
      </div>
      <p className="break-all font-mono text-xs text-muted">{https}</p>
      <p role="status" className="text-sm text-ok">
        {copied ? labels.copied : ''}
      </p>
    </div>
  );
}
