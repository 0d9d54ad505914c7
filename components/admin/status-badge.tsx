'use client';

import { StatusIcon, componentTone, toneSurface, type StatusTone } from '@/components/status/status-icon';
import type { ComponentStatus, Impact, IncidentStatus } from '@/lib/core/vocab';
import { useConsoleText } from './console-text';

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

/** The same status words as the public page, in the staff member's language. */
export function ComponentStatusBadge({ status }: { status: ComponentStatus }) {
  const text = useConsoleText().status;
  return <Badge tone={componentTone[status]}>{text.component[status]}</Badge>;
}

export function IncidentBadges({ status, impact }: { status: IncidentStatus; impact: Impact }) {
  const text = useConsoleText().status;
  const done = status === 'resolved' || status === 'postmortem';
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={done ? 'ok' : impactTone[impact]}>{text.incident[status]}</Badge>
      <Badge tone={impactTone[impact]}>{text.impact[impact]}</Badge>
    </span>
  );
}
