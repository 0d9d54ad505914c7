'use client';

import type { ReactNode } from 'react';
import { LOCALE_COOKIE, LOCALE_PARAM, preferenceCookie } from '@/lib/preferences/viewer-preferences';

/** A `?lang=` link that keeps the rest of the page's query and remembers the choice in the `lang` cookie. */
export function LocaleLink(props: { locale: string; current: boolean; children: ReactNode; lang: string }) {
  return (
    <a
      href={`?${LOCALE_PARAM}=${props.locale}`}
      hrefLang={props.lang}
      lang={props.lang}
      aria-current={props.current ? 'true' : undefined}
      onClick={(event) => {
        document.cookie = preferenceCookie(LOCALE_COOKIE, props.locale);
        // Keep what the page was showing (month, zone …); the plain href serves visitors without script.
        event.preventDefault();
        const url = new URL(window.location.href);
        url.searchParams.set(LOCALE_PARAM, props.locale);
        window.location.assign(url);
      }}
      className="block rounded px-3 py-2 text-sm hover:bg-surface-2 aria-[current]:font-semibold"
    >
      {props.children}
    </a>
  );
}
