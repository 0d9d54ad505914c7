import type { ComponentStatus, Indicator } from '@/lib/core/vocab';
import { statusMarks, type StatusTone } from '@/components/status/status-marks';

export type { StatusTone } from '@/components/status/status-marks';

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

export function StatusIcon({ tone, className = 'size-5' }: { tone: StatusTone; className?: string }) {
  return (
    <svg
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      className={`${className} shrink-0 ${toneText[tone]}`}
    >
      <circle cx="10" cy="10" r="8.25" fill="currentColor" opacity="0.14" />
      <circle cx="10" cy="10" r="8.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path
        d={statusMarks[tone]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.9"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
