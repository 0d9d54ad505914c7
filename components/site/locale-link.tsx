'use client';

import type { ReactNode } from 'react';

/** A plain `?lang=` link that also remembers the choice in the `lang` cookie for the next visit. */
export function LocaleLink(props: { locale: string; current: boolean; children: ReactNode; lang: string }) {
  return (
    <a
      href={`?lang=${props.locale}`}
      hrefLang={props.lang}
      lang={props.lang}
      aria-current={props.current ? 'true' : undefined}
      onClick={() => {
        document.cookie = `lang=${props.locale}; path=/; max-age=31536000; samesite=lax`;
      }}
      className="block rounded px-3 py-2 text-sm hover:bg-surface-2 aria-[current]:font-semibold"
    >
      {props.children}
    </a>
  );
}
