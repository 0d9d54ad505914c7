'use client';

import { parseLocale } from '@/lib/core/locales';
import { errorsDa, errorsDe, errorsEn, errorsNb, errorsNl, errorsSv } from '@/lib/i18n/messages/errors';

const byLanguage = {
  en: errorsEn,
  nb: errorsNb,
  sv: errorsSv,
  da: errorsDa,
  nl: errorsNl,
  de: errorsDe,
} as const;

function messagesFor(lang: string) {
  return byLanguage[parseLocale(lang) ?? 'en'].generic;
}

/** Shown when rendering failed; in the page's language, read from `<html lang>` since this runs in the browser. */
export function ErrorView({ reset }: { reset: () => void }) {
  const text = messagesFor(typeof document === 'undefined' ? 'en' : document.documentElement.lang);
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-4 py-16">
      <h1 className="text-2xl font-semibold">{text.title}</h1>
      <p className="text-muted">{text.body}</p>
      <p>
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg"
        >
          {text.retry}
        </button>
      </p>
    </main>
  );
}
