import { incidentStatuses, isOneOf } from '@/lib/core/vocab';
import { t } from '@/lib/i18n/messages';
import { mailDateTime } from '@/lib/formats/mail/mail-times';
import { componentNames, pageLink, type ComposeInput, type MailBody } from '@/lib/formats/mail/mail-parts';
import { staffText } from '@/lib/formats/mail/staff-text';

/** incident.created, .updated, .resolved: the update the event names, with the incident's status and components. */
export function incidentMail(input: ComposeInput): MailBody | null {
  const { event, doc, locale, zone } = input;
  const incident = doc.incidents.find((i) => i.id === event.incidentId);
  const update = incident?.updates.find((u) => u.id === event.updateId) ?? incident?.updates.at(-1);
  if (!incident || !update) return null;
  const status = isOneOf(incidentStatuses, update.status) ? update.status : incident.status;
  const statusLabel = t(locale, `status.incident.${status}`);
  const changed = update.affectedComponents
    .filter((c) => c.newStatus !== 'operational' || c.oldStatus !== c.newStatus)
    .map((c) => {
      const component = doc.components.find((x) => x.id === c.id);
      const name = component ? staffText(locale, component, 'name') : c.name;
      return `${name} – ${t(locale, `status.component.${c.newStatus}`)}`;
    });
  const affected =
    changed.length > 0 ? changed.join(', ') : componentNames(doc, incident.componentIds, locale);
  return {
    title: t(locale, 'mail.title.incident', {
      status: statusLabel,
      name: staffText(locale, incident, 'name'),
    }),
    lead: null,
    facts: [
      t(locale, 'mail.posted', { time: mailDateTime(update.displayAt, zone, locale) }),
      t(locale, 'mail.affected', { components: affected }),
      t(locale, 'mail.timesIn', { zone }),
    ],
    warnings: [],
    message: staffText(locale, update, 'body'),
    action: {
      label: t(locale, 'mail.view'),
      url: pageLink(input.publicUrl, `/incidents/${incident.id}`, locale, zone),
    },
    calendar: null,
  };
}
