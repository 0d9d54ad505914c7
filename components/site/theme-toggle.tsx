'use client';

import { useState } from 'react';
import {
  THEME_COOKIE,
  clearedPreferenceCookie,
  preferenceCookie,
  type Theme,
} from '@/lib/preferences/viewer-preferences';
const order: Theme[] = ['auto', 'light', 'dark'];

export interface ThemeToggleProps {
  initial: Theme;
  labels: { label: string; light: string; dark: string; system: string };
}

/** Cycles system → light → dark; remembered in a cookie so the server renders the same theme next time. */
export function ThemeToggle({ initial, labels }: ThemeToggleProps) {
  const [theme, setTheme] = useState<Theme>(initial);
  const names: Record<Theme, string> = { auto: labels.system, light: labels.light, dark: labels.dark };

  function choose() {
    const next = order[(order.indexOf(theme) + 1) % order.length] ?? 'auto';
    setTheme(next);
    const root = document.documentElement;
    if (next === 'auto') {
      delete root.dataset.theme;
      document.cookie = clearedPreferenceCookie(THEME_COOKIE);
    } else {
      root.dataset.theme = next;
      document.cookie = preferenceCookie(THEME_COOKIE, next);
    }
  }

  return (
    <button
      type="button"
      onClick={choose}
      className="inline-flex min-h-10 min-w-10 items-center justify-center gap-2 rounded-md border border-border px-3 text-sm hover:bg-surface-2"
      aria-label={`${labels.label}: ${names[theme]}`}
      title={`${labels.label}: ${names[theme]}`}
    >
      <ThemeIcon theme={theme} />
      {/* On a small phone the icon alone, so the header keeps to two lines; the name stays in the accessible name. */}
      <span className="max-sm:sr-only">{names[theme]}</span>
    </button>
  );
}

/** Half-filled circle for the device's setting, a sun for light, a moon for dark. */
function ThemeIcon({ theme }: { theme: Theme }) {
  return (
    <svg
      viewBox="0 0 20 20"
      className="size-4 shrink-0"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
    >
      {theme === 'auto' ? (
        <>
          <circle cx="10" cy="10" r="7" />
          <path d="M10 3a7 7 0 0 1 0 14z" fill="currentColor" />
        </>
      ) : theme === 'light' ? (
        <>
          <circle cx="10" cy="10" r="3.5" />
          <path d="M10 2v2M10 16v2M2 10h2M16 10h2M4.3 4.3l1.4 1.4M14.3 14.3l1.4 1.4M4.3 15.7l1.4-1.4M14.3 5.7l1.4-1.4" />
        </>
      ) : (
        <path d="M15.5 12.5A6.5 6.5 0 0 1 7.5 4.5a6.5 6.5 0 1 0 8 8z" />
      )}
    </svg>
  );
}
