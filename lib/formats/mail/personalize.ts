import { escapeHtml } from '@/lib/formats/html-escape';
import { mailHtml } from '@/lib/formats/mail/mail-html';
import { MAIL_SLOTS, type MailContent } from '@/lib/formats/mail/mail-parts';
import { mailText } from '@/lib/formats/mail/mail-text';
import { foldCalendar } from '@/lib/formats/mail/maintenance-calendar';

/** A mail written once for every alike recipient, with slots for the address and the signed links. */
export interface MailTemplate {
  subject: string;
  text: string;
  html: string;
  calendar: { method: 'REQUEST' | 'CANCEL'; lines: string[] } | null;
}

export interface RecipientLinks {
  manage: string;
  unsubscribe: string;
  confirm: string | null;
  calendar: string;
}

export interface PersonalMail {
  subject: string;
  text: string;
  html: string;
  calendar: { method: 'REQUEST' | 'CANCEL'; content: string } | null;
}

export function mailTemplate(content: MailContent, pageName: string): MailTemplate {
  return {
    subject: content.subject,
    text: mailText(content),
    html: mailHtml(content, pageName),
    calendar: content.calendar,
  };
}

const slotNames = ['address', 'manage', 'unsubscribe', 'confirm', 'calendar'] as const;

function fill(
  text: string,
  values: Record<keyof typeof MAIL_SLOTS, string>,
  escape: (v: string) => string,
): string {
  let out = text;
  for (const slot of slotNames) {
    const placeholder = MAIL_SLOTS[slot];
    if (out.includes(placeholder)) out = out.split(placeholder).join(escape(values[slot]));
  }
  return out;
}

/** The template for one recipient: their address and links in the slots (escaped where HTML needs it). */
export function personalizeMail(
  template: MailTemplate,
  address: string,
  links: RecipientLinks,
): PersonalMail {
  const values = { address, ...links, confirm: links.confirm ?? links.manage };
  const same = (v: string) => v;
  return {
    subject: fill(template.subject, values, same),
    text: fill(template.text, values, same),
    html: fill(template.html, values, escapeHtml),
    calendar: template.calendar
      ? {
          method: template.calendar.method,
          content: foldCalendar(template.calendar.lines.map((l) => fill(l, values, same))),
        }
      : null,
  };
}
