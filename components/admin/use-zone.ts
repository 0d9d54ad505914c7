'use client';

import { useEffect, useState } from 'react';

/** The browser's time zone, known only after hydration (null before, so server and client render the same). */
export function useBrowserZone(): string | null {
  const [zone, setZone] = useState<string | null>(null);
  useEffect(() => {
    setZone(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  }, []);
  return zone;
}

/** The server's clock carried forward on this page, so a wrong client clock cannot move the 24-hour line. */
export function useServerNow(serverNowMs: number, everyMs = 15_000): Date {
  const [now, setNow] = useState(() => new Date(serverNowMs));
  useEffect(() => {
    const mountedAt = performance.now();
    const id = setInterval(() => setNow(new Date(serverNowMs + (performance.now() - mountedAt))), everyMs);
    return () => clearInterval(id);
  }, [serverNowMs, everyMs]);
  return now;
}
