import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFileStore } from '@/lib/store/file-store';
import { seedDocument } from '@/lib/store/seed';
import { storeDocumentSchema } from '@/lib/store/schema';
import { rescheduleMaintenance } from '@/lib/status/maintenance-reschedule';
import { cancelMaintenance, createMaintenance, maintenanceInputSchema } from '@/lib/status/maintenances';
import { Harness } from '@/lib/notify/test-support/harness';
import { startSmtpSink, type SmtpSink } from '@/lib/notify/test-support/smtp-sink';
import { dueTimeEvents } from '@/lib/notify/time-events';

const HOUR = 3_600_000;
const T = new Date('2026-06-01T12:00:00.000Z');
const at = (hours: number) => new Date(T.getTime() + hours * HOUR).toISOString();

let smtp: SmtpSink;
let h: Harness;
beforeAll(async () => {
  smtp = await startSmtpSink();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(async () => {
  smtp.received.length = 0;
  h = new Harness(smtp, null, T);
  await h.addEmail('ops@example.com');
});
afterEach(async () => {
  await h.cleanup();
});

async function subjects(): Promise<string[]> {
  const parsed = await Promise.all(smtp.received.map((m) => m.parse()));
  smtp.received.length = 0;
  return parsed.map((m) => (m.subject ?? '').replace('[SuperOffice CRM Online] ', ''));
}

const announce = (hours: number, emergency?: string) =>
  maintenanceInputSchema.parse({
    name: 'Network upgrade',
    scheduledFor: at(hours),
    scheduledUntil: at(hours + 2),
    ...(emergency ? { emergency: { reason: emergency } } : {}),
  });

describe('time-driven maintenance events', () => {
  it('reminds one hour before, then says started and completed, each once across restarts', async () => {
    await h.write((draft, ctx) => createMaintenance(draft, announce(48), ctx));
    await h.drain(h.dispatcher());
    expect(await subjects()).toEqual(['Scheduled maintenance: Network upgrade']);
    h.now = new Date(at(47 - 1 / 60));
    await h.drain(h.dispatcher());
    expect(await subjects()).toEqual([]);
    h.now = new Date(at(47));
    await h.drain(h.dispatcher());
    expect(await subjects()).toEqual(['Maintenance starts in one hour: Network upgrade']);
    // A restart, and a second process on the same store, see the reminder as sent.
    h.now = new Date(at(47.5));
    await h.drain(h.dispatcher({ store: createFileStore(h.dir) }));
    expect(await subjects()).toEqual([]);
    h.now = new Date(at(48));
    await h.drain(h.dispatcher());
    h.now = new Date(at(49));
    await h.drain(h.dispatcher({ store: createFileStore(h.dir) }));
    expect(await subjects()).toEqual(['Maintenance in progress: Network upgrade']);
    h.now = new Date(at(50));
    await h.drain(h.dispatcher());
    h.now = new Date(at(51));
    await h.drain(h.dispatcher());
    expect(await subjects()).toEqual(['Maintenance completed: Network upgrade']);
  });

  it('sends no reminder for an emergency announced less than an hour ahead, and none for a cancelled one', async () => {
    const soon = await h.write((draft, ctx) => createMaintenance(draft, announce(0.5, 'Security fix'), ctx));
    const later = await h.write((draft, ctx) => createMaintenance(draft, announce(30), ctx));
    await h.drain(h.dispatcher());
    h.now = new Date(at(0.75));
    await h.write((draft, ctx) => cancelMaintenance(draft, later.id, ctx));
    await h.drain(h.dispatcher());
    h.now = new Date(at(29.5));
    await h.drain(h.dispatcher());
    const all = await subjects();
    expect(all.filter((s) => s.includes('one hour'))).toEqual([]);
    expect(all).toContain('Maintenance in progress: Network upgrade');
    expect(all).toContain('Maintenance cancelled: Network upgrade');
    expect(soon.emergency).toEqual({ reason: 'Security fix' });
  });

  it('reminds for the new time after a reschedule, not the old one', async () => {
    const m = await h.write((draft, ctx) => createMaintenance(draft, announce(48), ctx));
    await h.write((draft, ctx) =>
      rescheduleMaintenance(draft, m.id, { scheduledFor: at(72), scheduledUntil: at(74) }, ctx),
    );
    await h.drain(h.dispatcher());
    expect(await subjects()).toEqual([
      'Scheduled maintenance: Network upgrade',
      'Maintenance rescheduled: Network upgrade',
    ]);
    h.now = new Date(at(47.5));
    await h.drain(h.dispatcher());
    expect(await subjects()).toEqual([]);
    h.now = new Date(at(71.5));
    await h.drain(h.dispatcher());
    expect(await subjects()).toEqual(['Maintenance starts in one hour: Network upgrade']);
  });
});

describe('recurring policy windows', () => {
  it('cause no event at any moment of a month: only announced maintenances notify', () => {
    const doc = storeDocumentSchema.parse(seedDocument());
    for (let t = Date.parse('2026-06-01T00:00:00Z'); t < Date.parse('2026-07-01T00:00:00Z'); t += 5 * 60_000)
      expect(dueTimeEvents(doc, new Date(t))).toEqual([]);
  });

  it('send nothing through the dispatcher during a policy window', async () => {
    // Friday 2026-06-12 00:00–06:00 Oslo is a system maintenance and Microsoft patching window of the seed.
    h.now = new Date('2026-06-11T21:30:00Z');
    await h.drain(h.dispatcher());
    h.now = new Date('2026-06-11T23:00:00Z');
    await h.drain(h.dispatcher());
    expect(await subjects()).toEqual([]);
    expect(await h.store.notifications.countDeliveries()).toMatchObject({ queued: 0, sent: 0 });
  });
});
