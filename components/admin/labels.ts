import { offsetLabel } from '@/lib/schedule/zone';
import type { FormatLocale } from '@/lib/i18n/negotiate';

/**
 * '08 May 2026, 00:00 (UTC+02:00)' in an explicit zone and the staff member's language, never the server's
 * defaults. Status words come from the same messages as the public page (useConsoleText().status).
 */
export function formatInstant(
  instant: string | Date,
  zone: string,
  formatLocale: FormatLocale = 'en-GB',
): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const text = new Intl.DateTimeFormat(formatLocale, {
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
