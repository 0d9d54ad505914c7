'use client';

import type { ReactNode } from 'react';

/** A `?lang=` link that keeps the rest of the page's query and remembers the choice in the `lang` cookie. */
export function LocaleLink(props: { locale: string; current: boolean; children: ReactNode; lang: string }) {
  return (
    <a
      href={`?lang=${props.locale}`}
      hrefLang={props.lang}
      lang={props.lang}
      aria-current={props.current ? 'true' : undefined}
      onClick={(event) => {
        document.cookie = `lang=${props.locale}; path=/; max-age=31536000; samesite=lax`;
        // Keep what the page was showing (month, zone …); the plain href serves visitors without script.
        event.preventDefault();
        const url = new URL(window.location.href);
        url.searchParams.set('lang', props.locale);
        window.location.assign(url);
      }}
      className="block rounded px-3 py-2 text-sm hover:bg-surface-2 aria-[current]:font-semibold"
    >
      {props.children}
    </a>
  );
}
