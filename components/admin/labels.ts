import { offsetLabel } from '@/lib/schedule/zone';
import type { ComponentStatus, Impact, IncidentStatus, Indicator } from '@/lib/core/vocab';
import { statusEn } from '@/lib/i18n/messages/status';

/** The console says what the public page says: the same status words, from lib/i18n. */
export const componentStatusLabel: Record<ComponentStatus, string> = statusEn.component;
export const incidentStatusLabel: Record<IncidentStatus, string> = statusEn.incident;
export const impactLabel: Record<Impact, string> = statusEn.impact;
export const indicatorLabel: Record<Indicator, string> = statusEn.indicator;

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
