import { describe, expect, it } from 'vitest';
import { createIncident, incidentInputSchema } from '@/lib/status/incidents';
import { subscriber } from '@/lib/store/test-fixtures/notification-records';
import { afterAttempt, DISABLE_AFTER_FAILURES } from '@/lib/notify/retry-policy';
import { harnessPerTest } from '@/lib/notify/test-support/harness-per-test';

const t = harnessPerTest();

const incident = incidentInputSchema.parse({
  name: 'API errors',
  status: 'identified',
  impact: 'major',
  body: 'A *bad* deploy; rolling back.',
  components: [{ id: 'api', status: 'partial_outage' }],
});

describe('webhook delivery', () => {
  it('answers a hanging, failing, redirecting or 50 MB receiver with a bounded retry, and delivers to the rest', async () => {
    const behaviours = {
      '/hang': 'hang',
      '/error': 'error',
      '/redirect': 'redirect',
      '/huge': 'huge',
      '/ok': 'ok',
    } as const;
    t.receiver.behaviour = (path) => behaviours[path as keyof typeof behaviours] ?? 'ok';
    for (const path of Object.keys(behaviours)) await t.h.addWebhook(path);
    await t.h.addEmail('person@example.com');
    await t.h.write((draft, ctx) => createIncident(draft, incident, ctx));
    const started = performance.now();
    await t.h.drain(t.h.dispatcher());
    // The harness's receiver timeout is 1 s (10 s in production): a hanging receiver costs one timeout.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(t.smtp.received.map((m) => m.to)).toEqual(['person@example.com']);
    expect(t.receiver.received.map((r) => r.path).sort()).toEqual([
      '/error',
      '/hang',
      '/huge',
      '/ok',
      '/redirect',
    ]);
    const retrying = await t.h.store.notifications.listDeliveries({ states: ['retrying'], limit: 10 });
    const errors = retrying.map((d) => d.lastError ?? '').sort();
    expect(errors).toEqual([
      'HTTP 302 (redirects are not followed)',
      'HTTP 500: boom',
      expect.stringMatching(/^HTTP 500: x{100}/),
      'no answer within 1 s',
    ]);
    expect(await t.h.store.notifications.countDeliveries()).toMatchObject({
      sent: 2,
      retrying: 4,
      failed: 0,
    });
  });

  it('re-checks the target at delivery and refuses one that now points to a private address', async () => {
    const hook = await t.h.addWebhook('/ok');
    await t.h.store.notifications.modifySubscriber({ id: hook.id }, (s) =>
      s ? { ...s, url: 'http://10.0.0.1/hook' } : null,
    );
    await t.h.write((draft, ctx) => createIncident(draft, incident, ctx));
    await t.h.drain(t.h.dispatcher());
    expect(t.receiver.received).toHaveLength(0);
    const [delivery] = await t.h.store.notifications.listDeliveries({ subscriberId: hook.id, limit: 1 });
    expect(delivery?.lastError).toBe('refused target: points to a private or reserved address (10.0.0.1)');
  });

  it('sends Slack and Teams incoming-webhook messages in the webhook’s language', async () => {
    await t.h.addWebhook('/slack', 'slack');
    await t.h.addWebhook('/teams', 'teams');
    await t.h.write((draft, ctx) => createIncident(draft, incident, ctx));
    await t.h.drain(t.h.dispatcher());
    const slack = JSON.parse(t.receiver.received.find((r) => r.path === '/slack')?.body ?? '{}');
    expect(slack.text).toBe('[SuperOffice CRM Online] Identified: API errors');
    expect(slack.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Identified: API errors', emoji: false },
    });
    expect(slack.blocks[1].text.text).toContain('A bad deploy; rolling back.');
    const teams = JSON.parse(t.receiver.received.find((r) => r.path === '/teams')?.body ?? '{}');
    expect(teams.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(teams.attachments[0].content.body[0].text).toBe('Identified: API errors');
    expect(teams.attachments[0].content.actions[0].url).toContain('/incidents/');
  });

  it('disables a webhook after 50 failed deliveries in a row, or after failing for 3 days', () => {
    const base = subscriber({ type: 'webhook', email: null, url: 'https://t.h.example.com' });
    let s = base;
    const t0 = Date.parse('2026-06-01T00:00:00Z');
    for (let i = 1; i < DISABLE_AFTER_FAILURES; i++)
      s = afterAttempt(s, false, 'HTTP 500', new Date(t0 + i * 60_000));
    expect(s.state).toBe('confirmed');
    s = afterAttempt(s, false, 'HTTP 500', new Date(t0 + 3_600_000));
    expect(s).toMatchObject({
      state: 'disabled',
      health: { disabledReason: '50 deliveries failed in a row' },
    });
    let slow = base;
    slow = afterAttempt(slow, false, 'HTTP 500', new Date(t0));
    slow = afterAttempt(slow, false, 'HTTP 500', new Date(t0 + 3 * 24 * 3_600_000 - 1));
    expect(slow.state).toBe('confirmed');
    slow = afterAttempt(slow, true, null, new Date(t0 + 3 * 24 * 3_600_000));
    expect(slow.health).toMatchObject({ consecutiveFailures: 0, failingSince: null });
    slow = afterAttempt(slow, false, 'HTTP 500', new Date(t0 + 4 * 24 * 3_600_000));
    slow = afterAttempt(slow, false, 'HTTP 500', new Date(t0 + 7 * 24 * 3_600_000));
    expect(slow).toMatchObject({
      state: 'disabled',
      health: { disabledReason: 'deliveries failed for 3 days' },
    });
  });
});
