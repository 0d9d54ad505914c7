'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A disclosure (works without script) that also closes like a menu: on Escape, returning focus to its
 * button, and on a click or focus outside it. It opens rightwards unless that would leave the viewport.
 */
export function LanguageMenu({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [align, setAlign] = useState<'left' | 'right'>('left');

  const place = () => {
    const details = ref.current;
    if (!details?.open || !menu.current) return;
    const fits =
      details.getBoundingClientRect().left + menu.current.offsetWidth <=
      document.documentElement.clientWidth - 8;
    setAlign(fits ? 'left' : 'right');
  };

  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const closeOutside = (event: Event) => {
      if (details.open && event.target instanceof Node && !details.contains(event.target))
        details.open = false;
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('focusin', closeOutside);
    details.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('focusin', closeOutside);
      details.removeEventListener('keydown', closeOnEscape);
    };
  }, []);

  return (
    <details ref={ref} className="relative" onToggle={place}>
      <summary className="inline-flex min-h-10 cursor-pointer list-none items-center gap-2 rounded-md border border-border px-3 text-sm hover:bg-surface-2 [&::-webkit-details-marker]:hidden">
        {summary}
      </summary>
      <div
        ref={menu}
        className={`absolute z-20 mt-1 w-48 rounded-md border border-border bg-surface p-1 shadow-lg ${align === 'left' ? 'left-0' : 'right-0'}`}
      >
        {children}
      </div>
    </details>
  );
}
