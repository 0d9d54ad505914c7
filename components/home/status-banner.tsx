import type { ReactNode } from 'react';
import type { Indicator } from '@/lib/core/vocab';
import { indicatorTone, StatusIcon, toneSurface } from '@/components/status/status-icon';

/** The overall state in one sentence, first thing on the page. */
export function StatusBanner({
  indicator,
  text,
  children,
}: {
  indicator: Indicator;
  text: string;
  children?: ReactNode;
}) {
  const tone = indicatorTone[indicator];
  return (
    <section
      aria-labelledby="overall-status"
      data-indicator={indicator}
      className={`rounded-xl border-l-4 border ${toneSurface[tone]} px-4 py-4 sm:px-6 sm:py-5`}
    >
      <div className="flex items-center gap-3">
        <StatusIcon tone={tone} className="size-8" />
        <h1 id="overall-status" className="text-xl font-semibold text-text sm:text-2xl">
          {text}
        </h1>
      </div>
      {children ? (
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 pl-11 text-sm text-muted">
          {children}
        </div>
      ) : null}
    </section>
  );
}
