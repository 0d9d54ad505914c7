import type { ComponentStatus, Indicator } from '@/lib/status/vocab';

/** A shape per status, so status never depends on colour alone. */
export type StatusTone = 'ok' | 'minor' | 'major' | 'critical' | 'maint' | 'reserved';

export const componentTone: Record<ComponentStatus, StatusTone> = {
  operational: 'ok',
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
  under_maintenance: 'maint',
};

export const indicatorTone: Record<Indicator, StatusTone> = {
  none: 'ok',
  minor: 'minor',
  major: 'major',
  critical: 'critical',
  maintenance: 'maint',
};

export const toneText: Record<StatusTone, string> = {
  ok: 'text-ok',
  minor: 'text-minor',
  major: 'text-major',
  critical: 'text-critical',
  maint: 'text-maint',
  reserved: 'text-reserved',
};

export const toneSurface: Record<StatusTone, string> = {
  ok: 'bg-ok-bg text-ok border-ok',
  minor: 'bg-minor-bg text-minor border-minor',
  major: 'bg-major-bg text-major border-major',
  critical: 'bg-critical-bg text-critical border-critical',
  maint: 'bg-maint-bg text-maint border-maint',
  reserved: 'bg-reserved-bg text-reserved border-reserved',
};

const paths: Record<StatusTone, string> = {
  // check mark
  ok: 'M6.5 10.5l2.5 2.5 5-6',
  // minus: degraded
  minor: 'M6 10h8',
  // exclamation mark
  major: 'M10 5.5v5.5M10 14v.5',
  // cross
  critical: 'M7 7l6 6M13 7l-6 6',
  // wrench-like tool: maintenance
  maint: 'M12.5 5.5a2.5 2.5 0 0 0-3 3.2L5.5 12.7l1.8 1.8 4-4a2.5 2.5 0 0 0 3.2-3l-1.5 1.5-1.3-.2-.2-1.3z',
  // clock: reserved
  reserved: 'M10 6v4l2.5 1.5',
};

export function StatusIcon({ tone, className = 'size-5' }: { tone: StatusTone; className?: string }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className={`${className} shrink-0 ${toneText[tone]}`}>
      <circle cx="10" cy="10" r="8.25" fill="currentColor" opacity="0.14" />
      <circle cx="10" cy="10" r="8.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d={paths[tone]} fill="none" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
