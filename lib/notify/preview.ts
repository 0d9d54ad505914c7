import { z } from 'zod';
import { DomainError } from '@/lib/core/errors';
import { defaultLocale } from '@/lib/core/locales';
import { composeMail } from '@/lib/formats/mail/mail-content';
import { mailTemplate, personalizeMail } from '@/lib/formats/mail/personalize';
import type { StoreDocument } from '@/lib/store/schema';
import type { WriteContext } from '@/lib/store/write-context';
import {
  addIncidentUpdate,
  createIncident,
  incidentInputSchema,
  incidentUpdateInputSchema,
} from '@/lib/status/incidents';
import { createMaintenance, maintenanceInputSchema } from '@/lib/status/maintenances';
import type { NotifyConfig } from '@/lib/notify/config';
import { langField, zoneField } from '@/lib/notify/subscription-input';

/** What staff see before they post: the mail subscribers would get, for any language and zone. */
const reader = { lang: langField.optional(), timeZone: zoneField.optional() };
export const mailPreviewInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('incident'), incident: incidentInputSchema, ...reader }),
  z.strictObject({
    kind: z.literal('update'),
    incidentId: z.string().min(1).max(100),
    update: incidentUpdateInputSchema,
    ...reader,
  }),
  z.strictObject({ kind: z.literal('maintenance'), maintenance: maintenanceInputSchema, ...reader }),
]);
export type MailPreviewInput = z.infer<typeof mailPreviewInputSchema>;

const EXAMPLE = {
  address: 'subscriber@example.com',
  links: (url: string) => ({
    manage: `${url}/subscriptions/manage/example`,
    unsubscribe: `${url}/subscriptions/unsubscribe/example`,
    confirm: null,
    calendar: `${url}/api/v1/calendar.ics`,
  }),
};

/** Runs the write on a copy of the document (nothing is stored) and renders the mail its event would send. */
export function previewMail(
  doc: StoreDocument,
  input: MailPreviewInput,
  ctx: WriteContext,
  config: NotifyConfig,
) {
  const draft = structuredClone(doc);
  draft.pendingEvents = [];
  if (input.kind === 'incident') createIncident(draft, { ...input.incident, notify: true }, ctx);
  else if (input.kind === 'update')
    addIncidentUpdate(draft, input.incidentId, { ...input.update, notify: true }, ctx);
  else createMaintenance(draft, input.maintenance, ctx);
  const event = draft.pendingEvents.at(-1);
  const locale = input.lang ?? defaultLocale;
  const content = event
    ? composeMail({
        event,
        doc: draft,
        locale,
        zone: input.timeZone ?? doc.page.timeZone,
        follows: [],
        publicUrl: config.publicUrl,
        organizer: config.mailFrom.address,
      })
    : null;
  if (!content) throw new DomainError('unprocessable', 'This change would not send a notification.');
  const mail = personalizeMail(
    mailTemplate(content, doc.page.name),
    EXAMPLE.address,
    EXAMPLE.links(config.publicUrl),
  );
  return {
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    calendar: mail.calendar?.method ?? null,
    lang: locale,
  };
}
