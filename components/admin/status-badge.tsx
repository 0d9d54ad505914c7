import { StatusIcon, componentTone, toneSurface, type StatusTone } from '@/components/status/status-icon';
import type { ComponentStatus, Impact, IncidentStatus } from '@/lib/core/vocab';
import { componentStatusLabel, impactLabel, incidentStatusLabel } from './labels';

const impactTone: Record<Impact, StatusTone> = {
  none: 'ok',
  minor: 'minor',
  major: 'major',
  critical: 'critical',
};

export function Badge({ tone, children }: { tone: StatusTone; children: React.ReactNode }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${toneSurface[tone]}`}
    >
      <StatusIcon tone={tone} className="size-3.5" />
      {children}
    </span>
  );
}

export function ComponentStatusBadge({ status }: { status: ComponentStatus }) {
  return <Badge tone={componentTone[status]}>{componentStatusLabel[status]}</Badge>;
}

export function IncidentBadges({ status, impact }: { status: IncidentStatus; impact: Impact }) {
  const done = status === 'resolved' || status === 'postmortem';
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={done ? 'ok' : impactTone[impact]}>{incidentStatusLabel[status]}</Badge>
      <Badge tone={impactTone[impact]}>Impact: {impactLabel[impact]}</Badge>
    </span>
  );
}
