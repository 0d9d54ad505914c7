import { simpleParser, type ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { notificationEventSchema } from '@/lib/store/notification-schema';
import type { StoreDocument } from '@/lib/store/schema';
import { testContext, testDoc } from '@/lib/store/test-fixtures/write-context';
import { createIncident, incidentInputSchema } from '@/lib/status/incidents';
import { cancelMaintenance, createMaintenance, maintenanceInputSchema } from '@/lib/status/maintenances';
import { rescheduleMaintenance } from '@/lib/status/maintenance-reschedule';
import { composeMail, type ComposeInput } from '@/lib/formats/mail/mail-content';
import { buildMime } from '@/lib/formats/mail/mime';
import { mailTemplate, personalizeMail } from '@/lib/formats/mail/personalize';

const links = {
  manage: 'https://status.example.com/subscriptions/manage/m.tok',
  unsubscribe: 'https://status.example.com/subscriptions/unsubscribe/u.tok',
  confirm: 'https://status.example.com/subscriptions/confirm/c.tok',
  calendar: 'https://status.example.com/api/v1/calendar.ics?lang=nb&components=api,login',
};

async function render(
  doc: StoreDocument,
  input: Partial<ComposeInput> & Pick<ComposeInput, 'locale' | 'zone'>,
  which = -1,
): Promise<ParsedMail> {
  const event = doc.pendingEvents?.at(which);
  if (!event) throw new Error('no event');
  const content = composeMail({
    event,
    doc,
    follows: [],
    publicUrl: 'https://status.example.com',
    organizer: 'status@example.com',
    ...input,
  });
  if (!content) throw new Error('no content');
  const mail = personalizeMail(mailTemplate(content, doc.page.name), 'kari@example.no', links);
  const raw = buildMime({
    from: { name: 'SuperOffice Status', address: 'status@example.com' },
    to: 'kari@example.no',
    ...mail,
    unsubscribeUrl: links.unsubscribe,
    messageId: 'test@example.com',
    date: new Date('2026-03-01T12:00:00Z'),
  });
  expect(raw.split('\r\n').every((line) => line.length <= 998)).toBe(true);
  return simpleParser(raw);
}

const headerLine = (mail: ParsedMail, key: string) => mail.headerLines.find((h) => h.key === key)?.line;
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

const incident = incidentInputSchema.parse({
  name: 'Innlogging er treg',
  status: 'investigating',
  impact: 'minor',
  body: 'Vi **undersøker** saken.',
  components: [{ id: 'login', status: 'degraded_performance' }],
});

describe('incident mail', () => {
  it('speaks the reader’s language, writes times in their zone with the offset and carries RFC 8058 headers', async () => {
    const doc = testDoc();
    createIncident(doc, incident, { ...testContext(), now: new Date('2026-03-09T14:05:00Z') });
    const mail = await render(doc, { locale: 'nb', zone: 'America/New_York' });
    expect(mail.subject).toBe('[SuperOffice CRM Online] Undersøkes: Innlogging er treg');
    expect(headerLine(mail, 'list-unsubscribe')).toBe(`List-Unsubscribe: <${links.unsubscribe}>`);
    expect(headerLine(mail, 'list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    // 14:05 UTC is 10:05 in New York, one day after DST began there (UTC-04:00).
    expect(mail.text).toContain('mandag 9. mars 2026, 10:05 (UTC-04:00)');
    expect(mail.text).toContain('Berører: Innlogging (SuperID) – Redusert ytelse');
    expect(mail.text).toContain('Tidene er vist i America/New_York.');
    expect(mail.html).toContain('<html lang="nb"');
    expect(mail.html).toContain('<strong>undersøker</strong>');
    expect(mail.html).toContain(`href="${links.manage}"`);
    expect(mail.text).toContain('kari@example.no');
  });

  it('writes what staff translated in the reader’s language, and the page’s language where they did not', async () => {
    const doc = testDoc();
    const translated = incidentInputSchema.parse({
      name: 'Login is slow',
      status: 'investigating',
      impact: 'minor',
      body: 'We are looking into it.',
      translations: { nb: { name: 'Innlogging er treg', body: 'Vi ser på det.' } },
    });
    createIncident(doc, translated, testContext());
    const nb = await render(doc, { locale: 'nb', zone: 'Europe/Oslo' });
    expect(nb.subject).toBe('[SuperOffice CRM Online] Undersøkes: Innlogging er treg');
    expect(nb.text).toContain('Vi ser på det.');
    const de = await render(doc, { locale: 'de', zone: 'Europe/Berlin' });
    expect(de.subject).toBe('[SuperOffice CRM Online] Wird untersucht: Login is slow');
  });

  it('keeps a line break in a staff-written name out of the headers (no header injection)', async () => {
    const doc = testDoc();
    const evil = { ...incident, name: 'Outage\r\nBcc: victim@example.com\r\nX-Evil: 1' };
    createIncident(doc, evil, testContext());
    const mail = await render(doc, { locale: 'en', zone: 'UTC' });
    expect(mail.bcc).toBeUndefined();
    expect(mail.headers.has('x-evil')).toBe(false);
    expect(mail.subject).toContain('Outage Bcc: victim@example.com X-Evil: 1');
  });
});

describe('maintenance mail', () => {
  const ctx = { ...testContext(), now: new Date('2026-03-01T12:00:00Z') };
  const input = maintenanceInputSchema.parse({
    name: 'Database upgrade',
    scheduledFor: '2026-03-08T06:00:00Z',
    scheduledUntil: '2026-03-08T08:00:00Z',
    components: ['api'],
  });

  it('writes a window across a DST change with each end’s own offset and attaches a calendar request', async () => {
    const doc = testDoc();
    createMaintenance(doc, input, ctx);
    const mail = await render(doc, { locale: 'en', zone: 'America/New_York' });
    expect(mail.text).toContain('When: Sunday, 8 March 2026, 01:00 (UTC-05:00) – 04:00 (UTC-04:00)');
    expect(mail.text).toContain('Duration: 2 hours');
    const ics = mail.attachments.find((a) => a.contentType === 'text/calendar');
    const body = unfold(ics?.content.toString('utf8') ?? '');
    expect(body).toContain('METHOD:REQUEST');
    expect(body).toMatch(/UID:maintenance-id-1@status\.superoffice\.com/);
    expect(body).toContain('SEQUENCE:0');
    expect(body).toContain(
      'ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:kari@example.no',
    );
  });

  it('warns when the window falls in the reader’s working hours, and not when it falls outside them', async () => {
    const doc = testDoc();
    const daytime = {
      ...input,
      scheduledFor: '2026-03-10T09:00:00Z',
      scheduledUntil: '2026-03-10T10:00:00Z',
    };
    createMaintenance(doc, daytime, ctx);
    const oslo = await render(doc, { locale: 'de', zone: 'Europe/Oslo' });
    expect(oslo.text).toContain('Arbeitszeit');
    const tokyo = await render(doc, { locale: 'de', zone: 'Asia/Tokyo' });
    expect(tokyo.text).not.toContain('Arbeitszeit');
    expect(tokyo.text).toContain('18:00 (UTC+09:00)');
  });

  it('moves the same calendar event on reschedule (higher SEQUENCE) and removes it on cancel', async () => {
    const doc = testDoc();
    const m = createMaintenance(doc, input, ctx);
    rescheduleMaintenance(
      doc,
      m.id,
      { scheduledFor: '2026-03-15T06:00:00Z', scheduledUntil: '2026-03-15T08:00:00Z' },
      ctx,
    );
    const moved = await render(doc, { locale: 'sv', zone: 'Europe/Stockholm' });
    expect(moved.subject).toBe('[SuperOffice CRM Online] Ny tid för underhåll: Database upgrade');
    expect(moved.text).toContain('Tidigare: söndag 8 mars 2026');
    const movedIcs = moved.attachments[0]?.content.toString('utf8') ?? '';
    expect(movedIcs).toContain('SEQUENCE:1');
    expect(movedIcs).toContain(`UID:maintenance-${m.id}@status.superoffice.com`);
    cancelMaintenance(doc, m.id, ctx);
    const cancelled = await render(doc, { locale: 'sv', zone: 'Europe/Stockholm' });
    const cancelIcs = cancelled.attachments[0]?.content.toString('utf8') ?? '';
    expect(cancelIcs).toContain('METHOD:CANCEL');
    expect(cancelIcs).toContain('STATUS:CANCELLED');
    expect(cancelIcs).toContain('SEQUENCE:2');
  });
});

describe('a mail sent after later changes', () => {
  it('describes the window and calendar sequence as its event saw them', async () => {
    const doc = testDoc();
    const ctx = { ...testContext(), now: new Date('2026-03-01T12:00:00Z') };
    const m = createMaintenance(
      doc,
      maintenanceInputSchema.parse({
        name: 'Upgrade',
        scheduledFor: '2026-03-08T06:00:00Z',
        scheduledUntil: '2026-03-08T08:00:00Z',
      }),
      ctx,
    );
    rescheduleMaintenance(
      doc,
      m.id,
      { scheduledFor: '2026-03-15T06:00:00Z', scheduledUntil: '2026-03-15T08:00:00Z' },
      ctx,
    );
    cancelMaintenance(doc, m.id, ctx);
    const announced = await render(doc, { locale: 'en', zone: 'UTC' }, 0);
    const ics = unfold(announced.attachments[0]?.content.toString('utf8') ?? '');
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toContain('DTSTART:20260308T060000Z');
    expect(ics).toContain('METHOD:REQUEST');
    expect(announced.text).toContain('Sunday, 8 March 2026, 06:00 (UTC+00:00)');
  });
});

describe('subscription mail', () => {
  it('sends the confirmation link and the personal calendar feed', async () => {
    const doc = testDoc();
    doc.pendingEvents = [
      notificationEventSchema.parse({
        id: 'c1',
        type: 'subscription.confirm',
        at: '2026-03-01T12:00:00.000Z',
        subscriberId: 's1',
      }),
    ];
    const mail = await render(doc, { locale: 'da', zone: 'Europe/Copenhagen' });
    expect(mail.subject).toBe('[SuperOffice CRM Online] Bekræft dit abonnement');
    expect(mail.text).toContain(links.confirm);
    expect(mail.html).toContain(links.calendar.replace('&', '&amp;'));
    expect(headerLine(mail, 'list-unsubscribe')).toBe(`List-Unsubscribe: <${links.unsubscribe}>`);
  });
});
