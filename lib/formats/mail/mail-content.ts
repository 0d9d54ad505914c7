import { t } from '@/lib/i18n/messages';
import { localizeDocument } from '@/lib/status/localize';
import {
  componentNames,
  MAIL_SLOTS,
  pageLink,
  type ComposeInput,
  type MailBody,
  type MailContent,
} from '@/lib/formats/mail/mail-parts';
import { incidentMail } from '@/lib/formats/mail/incident-mail';
import { maintenanceMail } from '@/lib/formats/mail/maintenance-mail';
import { staffText } from '@/lib/formats/mail/staff-text';

function subscriptionMail(input: ComposeInput): MailBody {
  const { locale, doc } = input;
  const page = staffText(locale, doc.page, 'name');
  if (input.event.type === 'subscription.existing') {
    return {
      title: t(locale, 'mail.title.existing'),
      lead: t(locale, 'mail.existing', { page }),
      facts: [],
      warnings: [],
      message: null,
      action: { label: t(locale, 'mail.manage'), url: MAIL_SLOTS.manage },
      calendar: null,
    };
  }
  return {
    title: t(locale, 'mail.title.confirm'),
    lead: t(locale, 'mail.confirm.intro', { page, address: MAIL_SLOTS.address }),
    facts: [],
    warnings: [],
    message: null,
    action: { label: t(locale, 'mail.confirm.button'), url: MAIL_SLOTS.confirm },
    calendar: null,
    notes: [t(locale, 'mail.confirm.expires')],
    calendarLink: {
      hint: t(locale, 'mail.confirm.calendarHint'),
      label: t(locale, 'mail.confirm.calendar'),
      url: MAIL_SLOTS.calendar,
    },
  };
}

function componentMail(input: ComposeInput): MailBody | null {
  const { event, doc, locale } = input;
  const component = doc.components.find((c) => c.id === event.componentId);
  if (!component || !event.oldStatus || !event.newStatus) return null;
  const name = staffText(locale, component, 'name');
  return {
    title: t(locale, 'mail.title.component', {
      component: name,
      status: t(locale, `status.component.${event.newStatus}`),
    }),
    lead: t(locale, 'mail.lead.component', {
      component: name,
      from: t(locale, `status.component.${event.oldStatus}`),
      to: t(locale, `status.component.${event.newStatus}`),
    }),
    facts: [],
    warnings: [],
    message: null,
    action: { label: t(locale, 'mail.view'), url: pageLink(input.publicUrl, '/', locale, input.zone) },
    calendar: null,
  };
}

function bodyFor(input: ComposeInput): MailBody | null {
  const type = input.event.type;
  if (type.startsWith('subscription.')) return subscriptionMail(input);
  if (type.startsWith('incident.')) return incidentMail(input);
  if (type.startsWith('maintenance.')) return maintenanceMail(input);
  return componentMail(input);
}

/** The mail for one event in one language, zone and choice of components; null when its subject is gone. */
export function composeMail(raw: ComposeInput): MailContent | null {
  // Staff-written texts in the reader's language where staff translated them, else the page's default.
  const input = { ...raw, doc: localizeDocument(raw.doc, raw.locale).doc };
  const body = bodyFor(input);
  if (!body) return null;
  const { locale, doc } = input;
  const page = staffText(locale, doc.page, 'name');
  const footer = [t(locale, 'mail.footer', { address: MAIL_SLOTS.address, page })];
  if (input.follows.length > 0 && !input.event.type.startsWith('subscription.'))
    footer.push(t(locale, 'mail.follows', { components: componentNames(doc, input.follows, locale) }));
  return {
    lang: locale,
    subject: `[${page}] ${body.title}`.replace(/[\r\n\t]+/g, ' '),
    notes: [],
    calendarLink: null,
    ...body,
    footer,
    links: [
      { label: t(locale, 'mail.manage'), url: MAIL_SLOTS.manage },
      { label: t(locale, 'mail.unsubscribe'), url: MAIL_SLOTS.unsubscribe },
    ],
  };
}

export { MAIL_SLOTS, type ComposeInput, type MailContent };
