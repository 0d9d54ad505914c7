/**
 * How RFC 5545 writes times, offsets and weekdays. Shared by the VTIMEZONE and RRULE builders here, the feed
 * (lib/formats/ical.ts), the one-window download in the browser and the mail attachments.
 */
import type { LocalDate } from './local-date';

/** An instant as a UTC DATE-TIME: '20260313T000000Z'. */
export function icsUtcDateTime(instant: Date | string | number): string {
  return new Date(instant).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/** '+0100', '-0430', '+004430' (seconds only when present). */
export function formatIcsOffset(offsetMs: number): string {
  const total = Math.round(Math.abs(offsetMs) / 1000);
  const parts = [Math.floor(total / 3600), Math.floor(total / 60) % 60];
  if (total % 60 !== 0) parts.push(total % 60);
  return `${offsetMs < 0 ? '-' : '+'}${parts.map((n) => String(n).padStart(2, '0')).join('')}`;
}

/** 'YYYY-MM-DD' + 'HH:mm[:ss]' → RFC 5545 local DATE-TIME 'YYYYMMDDTHHMMSS'. */
export function icsLocalDateTime(date: LocalDate, time: string): string {
  const [h = '00', m = '00', s = '00'] = time.split(':');
  return `${date.replaceAll('-', '')}T${h}${m}${s}`;
}

const icsDays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export function icsWeekday(isoWeekday: number): string {
  return icsDays[isoWeekday - 1] ?? 'MO';
}
