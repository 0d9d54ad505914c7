import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFileStore } from '@/lib/store/file-store';
import { deliveryId } from '@/lib/store/notification-schema';
import { setComponentStatus } from '@/lib/status/components';
import { addIncidentUpdate, createIncident, incidentInputSchema } from '@/lib/status/incidents';
import { Harness } from '@/lib/notify/test-support/harness';
import { startSmtpSink, type SmtpSink } from '@/lib/notify/test-support/smtp-sink';
import { startWebhookReceiver, type WebhookReceiver } from '@/lib/notify/test-support/webhook-receiver';

let smtp: SmtpSink;
let receiver: WebhookReceiver;
let h: Harness;
beforeAll(async () => {
  smtp = await startSmtpSink();
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await smtp.close();
  await receiver.close();
});
beforeEach(() => {
  smtp.received.length = 0;
  smtp.refuse = () => null;
  receiver.received.length = 0;
  receiver.behaviour = () => 'ok';
  h = new Harness(smtp, receiver);
});
afterEach(async () => {
  await h.cleanup();
});

const loginIncident = incidentInputSchema.parse({
  name: 'Login is slow',
  status: 'investigating',
  impact: 'minor',
  body: 'We are looking into it.',
  components: [{ id: 'login', status: 'degraded_performance' }],
});

describe('Dispatcher', () => {
  it('mails the subscribers an incident touches, in their language and zone, and signs the webhook', async () => {
    const kari = await h.addEmail('kari@example.no', {
      components: ['login'],
      lang: 'nb',
      timeZone: 'America/New_York',
    });
    await h.addEmail('all@example.com');
    await h.addEmail('api-only@example.com', { components: ['api'] });
    const hook = await h.addWebhook('/hook');
    const incident = await h.write((draft, ctx) => createIncident(draft, loginIncident, ctx));
    await h.drain(h.dispatcher());

    expect(smtp.received.map((m) => m.to).sort()).toEqual(['all@example.com', 'kari@example.no']);
    const mail = await smtp.received.find((m) => m.to === 'kari@example.no')!.parse();
    expect(mail.subject).toBe('[SuperOffice CRM Online] Undersøkes: Login is slow');
    expect(mail.text).toContain('(UTC-04:00)');
    expect(mail.headerLines.find((l) => l.key === 'list-unsubscribe')?.line).toMatch(
      /^List-Unsubscribe: <https:\/\/status\.example\.com\/subscriptions\/unsubscribe\/[^>]+>$/,
    );
    expect(mail.text).toContain('https://status.example.com/subscriptions/manage/');
    expect(kari.state).toBe('confirmed');

    expect(receiver.received).toHaveLength(1);
    const [call] = receiver.received;
    expect(call?.signatureValid).toBe(true);
    expect(call?.headers['x-status-event']).toBe('incident.created');
    const event = (await h.store.load()).doc.pendingEvents?.[0];
    expect(call?.headers['x-status-delivery']).toBe(deliveryId(event?.id ?? '', hook.id));
    const body = JSON.parse(call?.body ?? '{}');
    expect(body).toMatchObject({
      meta: { unsubscribe: expect.stringContaining('/subscriptions/unsubscribe/') },
      page: { id: 'superoffice-crm', status_indicator: 'minor' },
      incident: {
        id: incident.id,
        name: 'Login is slow',
        status: 'investigating',
        incident_updates: [{ body: 'We are looking into it.' }],
      },
    });
  });

  it('sends nothing for an update posted with notify off, and component changes to component subscribers', async () => {
    await h.addEmail('api@example.com', { components: ['api'] });
    const incident = await h.write((draft, ctx) =>
      createIncident(draft, { ...loginIncident, components: [] }, ctx),
    );
    await h.write((draft, ctx) =>
      addIncidentUpdate(draft, incident.id, { status: 'monitoring', body: 'Quiet.', notify: false }, ctx),
    );
    await h.write((draft, ctx) => setComponentStatus(draft, 'login', { status: 'major_outage' }, ctx));
    await h.write((draft, ctx) => setComponentStatus(draft, 'api', { status: 'partial_outage' }, ctx));
    await h.drain(h.dispatcher());
    const subjects = await Promise.all(smtp.received.map(async (m) => (await m.parse()).subject));
    expect(subjects.sort()).toEqual([
      '[SuperOffice CRM Online] API and web services: Partial outage',
      '[SuperOffice CRM Online] Investigating: Login is slow',
    ]);
  });

  it('retries a temporary SMTP refusal with backoff and then delivers it once', async () => {
    await h.addEmail('later@example.com');
    await h.addEmail('now@example.com');
    let refusals = 0;
    smtp.refuse = (to) =>
      to === 'later@example.com' && refusals++ < 1 ? { code: 451, message: 'try again later' } : null;
    await h.write((draft, ctx) => createIncident(draft, loginIncident, ctx));
    const dispatcher = h.dispatcher();
    await h.drain(dispatcher);
    expect(smtp.received.map((m) => m.to)).toEqual(['now@example.com']);
    const [retrying] = await h.store.notifications.listDeliveries({ states: ['retrying'], limit: 5 });
    expect(retrying).toMatchObject({ attempts: 1, lastStatus: 451 });
    expect(Date.parse(retrying?.nextAttemptAt ?? '') - h.now.getTime()).toBe(60_000);
    h.advance(59_000);
    await h.drain(dispatcher);
    expect(smtp.received).toHaveLength(1);
    h.advance(1_000);
    await h.drain(dispatcher);
    expect(smtp.received.map((m) => m.to).sort()).toEqual(['later@example.com', 'now@example.com']);
    h.advance(3_600_000);
    await h.drain(dispatcher);
    expect(smtp.received).toHaveLength(2);
  });

  it('gives up at once on a permanent refusal (550) and still delivers to everyone else', async () => {
    await h.addEmail('gone@example.com');
    await h.addEmail('fine@example.com');
    smtp.refuse = (to) => (to === 'gone@example.com' ? { code: 550, message: 'no such mailbox' } : null);
    await h.write((draft, ctx) => createIncident(draft, loginIncident, ctx));
    await h.drain(h.dispatcher());
    expect(smtp.received.map((m) => m.to)).toEqual(['fine@example.com']);
    expect(await h.store.notifications.listDeliveries({ states: ['failed'], limit: 5 })).toMatchObject([
      { lastStatus: 550, attempts: 1 },
    ]);
  });

  it('lets one of two dispatchers work at a time, and delivers each (subscriber, event) once', async () => {
    for (let i = 0; i < 30; i++) await h.addEmail(`user${i}@example.com`);
    await h.write((draft, ctx) => createIncident(draft, loginIncident, ctx));
    const a = h.dispatcher({ batchSize: 5 });
    const b = h.dispatcher({ store: createFileStore(h.dir), batchSize: 5 });
    for (let round = 0; round < 20; round++) await Promise.all([a.tick(), b.tick()]);
    expect(smtp.received).toHaveLength(30);
    expect(new Set(smtp.received.map((m) => m.to)).size).toBe(30);
    expect(await b.tick()).toBe('standby');
  });
});
