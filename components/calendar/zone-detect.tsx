'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { canonicalTimeZone } from '@/lib/core/time-zone';
import { rememberZone } from './zone-cookie';

/**
 * When the viewer has not chosen a zone (no ?tz=, no cookie), takes the browser's, remembers it and renders
 * the page again in it. Renders nothing.
 */
export function ZoneDetect({ zoneChosen, shownZone }: { zoneChosen: boolean; shownZone: string }) {
  const router = useRouter();
  useEffect(() => {
    if (zoneChosen) return;
    const zone = canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
    if (zone === null) return;
    const stored = rememberZone(zone);
    if (zone === shownZone) return;
    const rerender = () => {
      if (stored) {
        router.refresh();
        return;
      }
      // Cookies refused: carry the zone in the address instead.
      const address = new URL(window.location.href);
      address.searchParams.set('tz', zone);
      router.replace(`${address.pathname}${address.search}`, { scroll: false });
    };
    // Re-render only once the page has finished hydrating, so the new zone never meets half-hydrated markup.
    if (document.readyState === 'complete') {
      const timer = setTimeout(rerender, 0);
      return () => clearTimeout(timer);
    }
    window.addEventListener('load', rerender, { once: true });
    return () => window.removeEventListener('load', rerender);
  }, [zoneChosen, shownZone, router]);
  return null;
}
