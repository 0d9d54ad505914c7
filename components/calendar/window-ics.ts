/**
 * One calendar window as a small RFC 5545 file, built in the browser for "Download .ics" (no server route, so
 * nothing new for the response cache to key on). The subscription feed is /api/v1/calendar.ics.
 */
import { escapeIcsText, foldIcsLine } from '@/lib/formats/ics-text';
import { icsUtcDateTime } from '@/lib/schedule/ics-values';
import type { CalendarWindowJson } from '@/lib/schedule/calendar-query';

export interface WindowIcsOptions {
  /** The status page's public address, e.g. https://status.superoffice.com. */
  pageUrl: string;
  /** Calendar name, e.g. "SuperOffice CRM Online maintenance". */
  calendarName: string;
  /** Plain-words text for DESCRIPTION (impact, link); may be empty. */
  description: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
}

const icsStatus: Record<CalendarWindowJson['status'], string> = {
  scheduled: 'CONFIRMED',
  in_progress: 'CONFIRMED',
  completed: 'CONFIRMED',
  reserved: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** A VCALENDAR holding this one window with UTC start and end, so every calendar app shows the same instants. */
export function windowIcs(window: CalendarWindowJson, options: WindowIcsOptions): string {
  const base = new URL(options.pageUrl);
  const uid = `window-${window.id.replace(/[^A-Za-z0-9._-]/g, '-')}@${base.hostname}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${base.hostname}//Maintenance window//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(options.calendarName)}`,
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${icsUtcDateTime(options.now)}`,
    `DTSTART:${icsUtcDateTime(window.start)}`,
    `DTEND:${icsUtcDateTime(window.end)}`,
    `SUMMARY:${escapeIcsText(window.title)}`,
    ...(options.description ? [`DESCRIPTION:${escapeIcsText(options.description)}`] : []),
    `STATUS:${icsStatus[window.status]}`,
    `TRANSP:${window.status === 'reserved' ? 'TRANSPARENT' : 'OPAQUE'}`,
    `URL:${new URL('/calendar', base).toString()}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** A file name people recognise in their downloads: 'system-maintenance-2026-03-13.ics'. */
export function windowFileName(
  window: Pick<CalendarWindowJson, 'ruleId' | 'maintenanceId' | 'localStart'>,
): string {
  const name = (window.ruleId ?? `maintenance-${window.maintenanceId ?? 'window'}`)
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .slice(0, 60);
  return `${name}-${window.localStart.slice(0, 10)}.ics`;
}
