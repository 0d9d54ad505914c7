'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import useSWR from 'swr';
import type { Locale } from '@/lib/core/locales';
import { plural } from '@/lib/i18n/translator';
import type { PluralMessage } from '@/lib/i18n/message-shape';

export interface LiveLabels {
  updatedAgo: PluralMessage;
  updatedNow: string;
  reconnecting: string;
}

export interface LiveRefreshProps {
  /** A public JSON endpoint whose ETag changes whenever what this page shows changes. */
  url: string;
  /** The ETag of that endpoint for the data this page was rendered from. */
  etag: string;
  locale: Locale;
  labels: LiveLabels;
  /** Milliseconds between checks; about 30 s. */
  interval?: number;
}

interface Check {
  etag: string | null;
  at: number;
}

// `no-cache` makes the browser revalidate its copy with If-None-Match: an unchanged page costs a 304.
async function check(url: string): Promise<Check> {
  const response = await fetch(url, { cache: 'no-cache', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`status ${response.status}`);
  return { etag: response.headers.get('etag'), at: Date.now() };
}

/**
 * Keeps a server-rendered page current: checks every ~30 s, on focus and on reconnect, and re-renders the
 * page's server components when the data changed. While checks fail it keeps what it shows and says so.
 */
export function LiveRefresh({ url, etag, locale, labels, interval = 30_000 }: LiveRefreshProps) {
  const router = useRouter();
  const seen = useRef(etag);
  const [now, setNow] = useState<number | null>(null);
  const [loadedAt, setLoadedAt] = useState<number | null>(null);
  const { data, error } = useSWR(url, check, {
    refreshInterval: interval,
    revalidateOnFocus: true,
    revalidateOnReconnect: true,
    keepPreviousData: true,
    shouldRetryOnError: false,
    dedupingInterval: 2_000,
  });

  useEffect(() => {
    setLoadedAt(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (!data?.etag || data.etag === seen.current) return;
    seen.current = data.etag;
    router.refresh();
  }, [data, router]);

  const last = data?.at ?? loadedAt;
  const seconds = now !== null && last !== null ? Math.max(0, Math.floor((now - last) / 1_000)) : 0;
  const text = seconds < 1 ? labels.updatedNow : plural(locale, labels.updatedAgo, seconds);
  return (
    <p className="flex items-center gap-2 text-sm text-muted" data-live={error ? 'reconnecting' : 'ok'}>
      <span
        aria-hidden="true"
        className={`inline-block size-2 rounded-full ${error ? 'bg-minor' : 'bg-ok'}`}
      />
      <span>{text}</span>
      {error ? (
        <span role="status" className="font-medium text-minor">
          {labels.reconnecting}
        </span>
      ) : null}
    </p>
  );
}
