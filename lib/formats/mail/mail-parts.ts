import type { Locale } from '@/lib/core/locales';
import { t } from '@/lib/i18n/messages';
import type { NotificationEvent } from '@/lib/store/notification-schema';
import type { StoreDocument } from '@/lib/store/schema';
import { staffText } from '@/lib/formats/mail/staff-text';

/**
 * What one notification mail says, before it is written as text and HTML. Content depends on the event, the
 * language, the zone and the components followed; links and the address differ per recipient, so they are left
 * as slots (`MAIL_SLOTS`) that `personalizeMail` fills, and one composition serves every alike recipient.
 */
export interface MailContent {
  lang: Locale;
  subject: string;
  title: string;
  lead: string | null;
  facts: string[];
  warnings: string[];
  /** Staff-written Markdown. */
  message: string | null;
  action: { label: string; url: string } | null;
  calendarLink: { hint: string; label: string; url: string } | null;
  notes: string[];
  footer: string[];
  links: { label: string; url: string }[];
  /** Unfolded iCalendar content lines; the attendee is a slot. */
  calendar: { method: 'REQUEST' | 'CANCEL'; lines: string[] } | null;
}

export const MAIL_SLOTS = {
  address: 'recipient@slot.invalid',
  manage: 'https://slot.invalid/manage',
  unsubscribe: 'https://slot.invalid/unsubscribe',
  confirm: 'https://slot.invalid/confirm',
  calendar: 'https://slot.invalid/calendar',
} as const;

export interface ComposeInput {
  event: NotificationEvent;
  doc: StoreDocument;
  locale: Locale;
  zone: string;
  /** The components the recipient follows ([] = all). */
  follows: readonly string[];
  publicUrl: string;
  /** The sender's address, the organizer of calendar events. */
  organizer: string;
}

/** The part of a mail that the event decides. */
export type MailBody = Pick<
  MailContent,
  'title' | 'lead' | 'facts' | 'warnings' | 'message' | 'action' | 'calendar'
> &
  Partial<Pick<MailContent, 'notes' | 'calendarLink'>>;

export function componentNames(doc: StoreDocument, ids: readonly string[], locale: Locale): string {
  if (ids.length === 0) return t(locale, 'mail.everything');
  return ids
    .map((id) => doc.components.find((c) => c.id === id))
    .map((c, i) => (c ? staffText(locale, c, 'name') : (ids[i] ?? '')))
    .join(', ');
}

export function pageLink(publicUrl: string, path: string, locale: Locale, zone: string): string {
  const url = new URL(path, publicUrl);
  url.searchParams.set('lang', locale);
  url.searchParams.set('tz', zone);
  return url.toString();
}
