import { describe, expect, it } from 'vitest';
import { createFileStore } from '@/lib/store/file-store';
import { deliveryId } from '@/lib/store/notification-schema';
import { setComponentStatus } from '@/lib/status/components';
import { addIncidentUpdate, createIncident, incidentInputSchema } from '@/lib/status/incidents';
import { harnessPerTest } from '@/lib/notify/test-support/harness-per-test';

const t = harnessPerTest();

const loginIncident = incidentInputSchema.parse({
  name: 'Login is slow',
  status: 'investigating',
  impact: 'minor',
  body: 'We are looking into it.',
  components: [{ id: 'login', status: 'degraded_performance' }],
});

describe('Dispatcher', () => {
  it('mails the subscribers an incident touches, in their language and zone, and signs the webhook', async () => {
    const kari = await t.h.addEmail('kari@example.no', {
      components: ['login'],
      lang: 'nb',
      timeZone: 'America/New_York',
    });
    await t.h.addEmail('all@example.com');
    await t.h.addEmail('api-only@example.com', { components: ['api'] });
    const hook = await t.h.addWebhook('/hook');
    const incident = await t.h.write((draft, ctx) => createIncident(draft, loginIncident, ctx));
    await t.h.drain(t.h.dispatcher());

    expect(t.smtp.received.map((m) => m.to).sort()).toEqual(['all@example.com', 'kari@example.no']);
    const mail = await t.smtp.received.find((m) => m.to === 'kari@example.no')!.parse();
    expect(mail.subject).toBe('[SuperOffice CRM Online] Undersøkes: Login is slow');
    expect(mail.text).toContain('(UTC-04:00)');
    expect(mail.headerLines.find((l) => l.key === 'list-unsubscribe')?.line).toMatch(
      /^List-Unsubscribe: <https:\/\/status\.example\.com\/subscriptions\/unsubscribe\/[^>]+>$/,
    );
    expect(mail.text).toContain('https://status.example.com/subscriptions/manage/');
    expect(kari.state).toBe('confirmed');

    expect(t.receiver.received).toHaveLength(1);
    const [call] = t.receiver.received;
    expect(call?.signatureValid).toBe(true);
    expect(call?.headers['x-status-event']).toBe('incident.created');
    const event = (await t.h.store.load()).doc.pendingEvents?.[0];
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
    await t.h.addEmail('api@example.com', { components: ['api'] });
    const incident = await t.h.write((draft, ctx) =>
      createIncident(draft, { ...loginIncident, components: [] }, ctx),
    );
    await t.h.write((draft, ctx) =>
      addIncidentUpdate(draft, incident.id, { status: 'monitoring', body: 'Quiet.', notify: false }, ctx),
    );
    await t.h.write((draft, ctx) => setComponentStatus(draft, 'login', { status: 'major_outage' }, ctx));
    await t.h.write((draft, ctx) => setComponentStatus(draft, 'api', { status: 'partial_outage' }, ctx));
    await t.h.drain(t.h.dispatcher());
    const subjects = await Promise.all(t.smtp.received.map(async (m) => (await m.parse()).subject));
    expect(subjects.sort()).toEqual([
      '[SuperOffice CRM Online] API and web services: Partial outage',
      '[SuperOffice CRM Online] Investigating: Login is slow',
    ]);
  });

  it('retries a temporary SMTP refusal with backoff and then delivers it once', async () => {
    await t.h.addEmail('later@example.com');
    await t.h.addEmail('now@example.com');
    let refusals = 0;
    t.smtp.refuse = (to) =>
      to === 'later@example.com' && refusals++ < 1 ? { code: 451, message: 'try again later' } : null;
    await t.h.write((draft, ctx) => createIncident(draft, loginIncident, ctx));
    const dispatcher = t.h.dispatcher();
    await t.h.drain(dispatcher);
    expect(t.smtp.received.map((m) => m.to)).toEqual(['now@example.com']);
    const [retrying] = await t.h.store.notifications.listDeliveries({ states: ['retrying'], limit: 5 });
    expect(retrying).toMatchObject({ attempts: 1, lastStatus: 451 });
    expect(Date.parse(retrying?.nextAttemptAt ?? '') - t.h.now.getTime()).toBe(60_000);
    t.h.advance(59_000);
    await t.h.drain(dispatcher);
    expect(t.smtp.received).toHaveLength(1);
    t.h.advance(1_000);
    await t.h.drain(dispatcher);
    expect(t.smtp.received.map((m) => m.to).sort()).toEqual(['later@example.com', 'now@example.com']);
    t.h.advance(3_600_000);
    await t.h.drain(dispatcher);
    expect(t.smtp.received).toHaveLength(2);
  });

  it('gives up at once on a permanent refusal (550) and still delivers to everyone else', async () => {
    await t.h.addEmail('gone@example.com');
    await t.h.addEmail('fine@example.com');
    t.smtp.refuse = (to) => (to === 'gone@example.com' ? { code: 550, message: 'no such mailbox' } : null);
    await t.h.write((draft, ctx) => createIncident(draft, loginIncident, ctx));
    await t.h.drain(t.h.dispatcher());
    expect(t.smtp.received.map((m) => m.to)).toEqual(['fine@example.com']);
    expect(await t.h.store.notifications.listDeliveries({ states: ['failed'], limit: 5 })).toMatchObject([
      { lastStatus: 550, attempts: 1 },
    ]);
  });

  it('lets one of two dispatchers work at a time, and delivers each (subscriber, event) once', async () => {
    for (let i = 0; i < 30; i++) await t.h.addEmail(`user${i}@example.com`);
    await t.h.write((draft, ctx) => createIncident(draft, loginIncident, ctx));
    const a = t.h.dispatcher({ batchSize: 5 });
    const b = t.h.dispatcher({ store: createFileStore(t.h.dir), batchSize: 5 });
    for (let round = 0; round < 20; round++) await Promise.all([a.tick(), b.tick()]);
    expect(t.smtp.received).toHaveLength(30);
    expect(new Set(t.smtp.received.map((m) => m.to)).size).toBe(30);
    expect(await b.tick()).toBe('standby');
  });
});
