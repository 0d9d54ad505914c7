import { encodeWords } from 'nodemailer/lib/mime-funcs';

/**
 * A complete RFC 5322 / MIME message, written directly: text and HTML as alternatives, an optional calendar event
 * (inline for clients that show invitations, and attached), base64 bodies and encoded headers. Writing it here
 * rather than composing it per recipient keeps ten thousand mails cheap; nodemailer only carries them over SMTP.
 */
export interface OutgoingMail {
  from: { name: string | null; address: string };
  to: string;
  subject: string;
  text: string;
  html: string;
  calendar: { method: 'REQUEST' | 'CANCEL'; content: string } | null;
  /** RFC 8058 one-click unsubscribe URL. */
  unsubscribeUrl: string;
  messageId: string;
  date: Date;
  /** Extra one-line headers (names and values are ours, never a reader's). */
  headers?: Record<string, string>;
}

const oneLine = (value: string) => value.replace(/[\r\n\0]+/g, ' ');

/** Folds an encoded header at spaces so that no line passes 76 characters where it can be helped. */
export function foldHeader(name: string, value: string): string {
  const words = oneLine(value).split(' ');
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of words) {
    if (line.length + 1 + word.length > 76 && line.length > name.length + 1) {
      lines.push(line);
      line = ` ${word}`;
    } else {
      line += ` ${word}`;
    }
  }
  lines.push(line);
  return lines.join('\r\n');
}

export function encodeHeaderText(value: string): string {
  return encodeWords(oneLine(value), 'Q', 52);
}

function mailbox(name: string | null, address: string): string {
  if (!name) return `<${oneLine(address)}>`;
  const safe = /^[A-Za-z0-9 .,'!#$%&*+\-/=?^_`{|}~]*$/.test(name);
  const display = safe ? `"${name}"` : encodeWords(oneLine(name), 'Q', 52, true);
  return `${display} <${oneLine(address)}>`;
}

function base64Body(content: string): string {
  return (
    Buffer.from(content, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');
}

function part(contentType: string, content: string, extra: string[] = []): string {
  return [
    `Content-Type: ${contentType}`,
    'Content-Transfer-Encoding: base64',
    ...extra,
    '',
    base64Body(content),
  ].join('\r\n');
}

let boundaries = 0;

/** A boundary can never occur in base64 bodies (no `_` there); a counter keeps nested ones apart. */
function multipart(kind: string, parts: string[]): { type: string; body: string } {
  boundaries = (boundaries + 1) % 1_000_000_000;
  const boundary = `=_status_${process.pid.toString(36)}_${Date.now().toString(36)}_${boundaries.toString(36)}`;
  const body = `${parts.map((p) => `--${boundary}\r\n${p}`).join('\r\n')}\r\n--${boundary}--`;
  return { type: `multipart/${kind}; boundary="${boundary}"`, body };
}

/** RFC 5322 date in UTC: 'Tue, 02 Jun 2026 12:00:00 +0000'. */
export function mailDate(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

export function buildMime(mail: OutgoingMail): string {
  const alternatives = [
    part('text/plain; charset=utf-8', mail.text),
    part('text/html; charset=utf-8', mail.html),
  ];
  if (mail.calendar)
    alternatives.push(
      part(`text/calendar; charset=utf-8; method=${mail.calendar.method}`, mail.calendar.content),
    );
  const alternative = multipart('alternative', alternatives);
  const root = mail.calendar
    ? multipart('mixed', [
        `Content-Type: ${alternative.type}\r\n\r\n${alternative.body}`,
        part(
          `text/calendar; charset=utf-8; method=${mail.calendar.method}; name="maintenance.ics"`,
          mail.calendar.content,
          ['Content-Disposition: attachment; filename="maintenance.ics"'],
        ),
      ])
    : alternative;
  const headers = [
    foldHeader('From', mailbox(mail.from.name, mail.from.address)),
    `To: <${oneLine(mail.to)}>`,
    foldHeader('Subject', encodeHeaderText(mail.subject)),
    `Date: ${mailDate(mail.date)}`,
    `Message-ID: <${oneLine(mail.messageId)}>`,
    'MIME-Version: 1.0',
    `List-Unsubscribe: <${oneLine(mail.unsubscribeUrl)}>`,
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    'Auto-Submitted: auto-generated',
    ...Object.entries(mail.headers ?? {}).map(([name, value]) => `${name}: ${oneLine(value)}`),
    `Content-Type: ${root.type}`,
  ];
  return `${headers.join('\r\n')}\r\n\r\n${root.body}\r\n`;
}
