'use client';

import { useState } from 'react';

type Theme = 'light' | 'dark' | 'auto';
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
      document.cookie = 'theme=; path=/; max-age=0; samesite=lax';
    } else {
      root.dataset.theme = next;
      document.cookie = `theme=${next}; path=/; max-age=31536000; samesite=lax`;
    }
  }

  return (
    <button
      type="button"
      onClick={choose}
      className="inline-flex min-h-10 items-center gap-2 rounded-md border border-border px-3 text-sm hover:bg-surface-2"
      aria-label={`${labels.label}: ${names[theme]}`}
    >
      <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
        <circle cx="10" cy="10" r="7" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M10 3a7 7 0 0 1 0 14z" fill="currentColor" />
      </svg>
      <span>{names[theme]}</span>
    </button>
  );
}
