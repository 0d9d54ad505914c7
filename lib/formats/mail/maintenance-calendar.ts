import { escapeIcsText, foldIcsLine } from '@/lib/formats/ics-text';

import { icsUtcDateTime } from '@/lib/schedule/ics-values';
import type { Maintenance } from '@/lib/store/schema';

export interface MaintenanceInvite {
  method: 'REQUEST' | 'CANCEL';
  maintenance: Maintenance;
  summary: string;
  description: string;
  url: string;
  /** The host in the UID: the same UID as the public calendar feed, so every copy is one event. */
  host: string;
  organizer: { name: string; address: string };
  attendee: string;
  stamp: Date;
}

/**
 * One maintenance as an iTIP message (RFC 5546) for a mail attachment: METHOD:REQUEST adds or, with a higher
 * SEQUENCE, moves the event in the reader's calendar; METHOD:CANCEL removes it. The UID never changes.
 * Content lines unfolded (the attendee differs per recipient); `foldCalendar` writes the file.
 */
export function maintenanceInvite(invite: MaintenanceInvite): string[] {
  const m = invite.maintenance;
  const cancelled = invite.method === 'CANCEL';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${invite.host}//Maintenance notices//EN`,
    'CALSCALE:GREGORIAN',
    `METHOD:${invite.method}`,
    'BEGIN:VEVENT',
    `UID:maintenance-${m.id}@${invite.host}`,
    `DTSTAMP:${icsUtcDateTime(invite.stamp)}`,
    `SEQUENCE:${m.sequence ?? (cancelled ? 1 : 0)}`,
    `DTSTART:${icsUtcDateTime(m.scheduledFor)}`,
    `DTEND:${icsUtcDateTime(m.scheduledUntil)}`,
    `SUMMARY:${escapeIcsText(invite.summary)}`,
    ...(invite.description ? [`DESCRIPTION:${escapeIcsText(invite.description)}`] : []),
    `ORGANIZER;CN=${quoteParam(invite.organizer.name)}:mailto:${invite.organizer.address}`,
    `ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${invite.attendee}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    `URL:${invite.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines;
}

/** Content lines as an iCalendar file: folded at 75 octets, CRLF after every line. */
export function foldCalendar(lines: readonly string[]): string {
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

/** A parameter value: quoted, without the characters a quoted value cannot hold. */
function quoteParam(value: string): string {
  return `"${value.replace(/["\r\n\\]/g, '').slice(0, 200)}"`;
}
