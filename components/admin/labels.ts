import { offsetLabel } from '@/lib/schedule/zone';
import type { ComponentStatus, Impact, IncidentStatus } from '@/lib/status/vocab';

/** Staff-facing words for the status vocabulary (the console is English only). */
export const componentStatusLabel: Record<ComponentStatus, string> = {
  operational: 'Operational',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
  under_maintenance: 'Under maintenance',
};

export const incidentStatusLabel: Record<IncidentStatus, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
  postmortem: 'Post-mortem',
};

export const impactLabel: Record<Impact, string> = {
  none: 'None',
  minor: 'Minor',
  major: 'Major',
  critical: 'Critical',
};

/** '08 May 2026, 00:00 (UTC+02:00)' in an explicit zone, never the server's default. */
export function formatInstant(instant: string | Date, zone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${text} (${offsetLabel(date, zone)})`;
}
