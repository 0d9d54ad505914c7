import type { PublicEventType } from '@/lib/core/vocab';
import { t } from '@/lib/i18n/messages';
import { formatDuration } from '@/lib/i18n/relative';
import { maintenanceInvite } from '@/lib/formats/mail/maintenance-calendar';
import { mailWindow, overlapsWorkingDay } from '@/lib/formats/mail/mail-times';
import {
  componentNames,
  MAIL_SLOTS,
  pageLink,
  type ComposeInput,
  type MailBody,
} from '@/lib/formats/mail/mail-parts';
import { staffText } from '@/lib/formats/mail/staff-text';

type MaintenanceEvent = Extract<PublicEventType, `maintenance.${string}`>;
const keys = {
  'maintenance.announced': 'maintenanceAnnounced',
  'maintenance.rescheduled': 'maintenanceRescheduled',
  'maintenance.cancelled': 'maintenanceCancelled',
  'maintenance.reminder': 'maintenanceReminder',
  'maintenance.started': 'maintenanceStarted',
  'maintenance.completed': 'maintenanceCompleted',
} as const satisfies Record<MaintenanceEvent, string>;

function isMaintenanceEvent(type: string): type is MaintenanceEvent {
  return type in keys;
}

/** Every maintenance mail: the window in the reader's zone, what it touches, and a calendar event to keep. */
export function maintenanceMail(input: ComposeInput): MailBody | null {
  const { event, doc, locale, zone } = input;
  const live = doc.maintenances.find((x) => x.id === event.maintenanceId);
  if (!live || !isMaintenanceEvent(event.type)) return null;
  // The window and sequence the event saw: a mail sent after a later change must not describe that change.
  const m = { ...live, ...event.window, sequence: event.sequence ?? live.sequence };
  const key = keys[event.type];
  const name = staffText(locale, m, 'name');
  const window = mailWindow(m.scheduledFor, m.scheduledUntil, zone, locale);
  const facts = [
    t(locale, 'mail.window', window),
    t(locale, 'mail.duration', {
      duration: formatDuration(Date.parse(m.scheduledUntil) - Date.parse(m.scheduledFor), locale),
    }),
  ];
  if (event.previous)
    facts.push(
      t(
        locale,
        'mail.previousWindow',
        mailWindow(event.previous.scheduledFor, event.previous.scheduledUntil, zone, locale),
      ),
    );
  facts.push(t(locale, 'mail.affected', { components: componentNames(doc, m.componentIds, locale) }));
  facts.push(t(locale, 'mail.timesIn', { zone }));
  const ahead =
    key === 'maintenanceAnnounced' || key === 'maintenanceRescheduled' || key === 'maintenanceReminder';
  const warnings = [
    ...(m.emergency
      ? [t(locale, 'mail.emergency', { reason: staffText(locale, m.emergency, 'reason') })]
      : []),
    ...(ahead && overlapsWorkingDay(m.scheduledFor, m.scheduledUntil, zone)
      ? [t(locale, 'mail.workingHours')]
      : []),
  ];
  const url = pageLink(input.publicUrl, `/incidents/${m.id}`, locale, zone);
  const method = event.type === 'maintenance.cancelled' ? 'CANCEL' : 'REQUEST';
  const page = staffText(locale, doc.page, 'name');
  const body = staffText(locale, m, 'body');
  return {
    title: t(locale, `mail.title.${key}`, { name }),
    lead: t(locale, `mail.lead.${key}`),
    facts,
    warnings,
    message: body.trim() === '' ? null : body,
    action: { label: t(locale, 'mail.view'), url },
    notes: [t(locale, 'mail.calendarAttached')],
    calendar: {
      method,
      lines: maintenanceInvite({
        method,
        maintenance: m,
        summary: name,
        description: [body, url].filter((part) => part.trim() !== '').join('\n\n'),
        url,
        host: new URL(doc.page.url).hostname,
        organizer: { name: page, address: input.organizer },
        attendee: MAIL_SLOTS.address,
        stamp: new Date(event.at),
      }),
    },
  };
}
