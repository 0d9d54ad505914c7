import { describe, expect, it } from 'vitest';
import type { StoreDriver } from '@/lib/store/driver';
import { deliveryId } from '@/lib/store/notification-schema';
import {
  add,
  at,
  event,
  subscriber,
  T,
  writeWithEvents,
} from '@/lib/store/test-fixtures/notification-records';

/** The outbox part of the driver contract (see subscription-contract.ts). */
export function outboxContract(ctx: { driver: StoreDriver; another?: () => Promise<StoreDriver> }): void {
  describe('outbox', () => {
    it('queues a write’s events with it, in commit order, until the outbox accepts them', async () => {
      const n = ctx.driver.notifications;
      const first = event({ id: 'e-1' });
      const second = event({ id: 'e-2', type: 'incident.updated' });
      await writeWithEvents(ctx.driver, [first]);
      const { doc } = await writeWithEvents(ctx.driver, [second]);
      const pending = await n.pendingEvents();
      expect(pending.map((e) => e.id)).toEqual(['e-1', 'e-2']);
      expect(pending[0]?.seq).toBeLessThan(pending[1]?.seq ?? 0);
      await n.acceptEvent(pending[0]!, T);
      expect((await n.pendingEvents()).map((e) => e.id)).toEqual(['e-2']);
      // Accepting never writes the page document: its revision stays, so If-Match keeps working.
      expect((await ctx.driver.load()).doc.revision).toBe(doc.revision);
      await n.acceptEvent(pending[1]!, T);
      const after = await writeWithEvents(ctx.driver, []);
      expect(after.doc.pendingEvents ?? []).toEqual([]);
    });

    it('fans an event out to its audience only: confirmed in time, following a touched component', async () => {
      const n = ctx.driver.notifications;
      const all = await add(ctx.driver, subscriber());
      const api = await add(ctx.driver, subscriber({ components: ['api'] }));
      await add(ctx.driver, subscriber({ components: ['login'] }));
      await add(ctx.driver, subscriber({ state: 'pending', confirmedAt: null }));
      await add(ctx.driver, subscriber({ confirmedAt: at(1_000).toISOString() }));
      const hook = await add(
        ctx.driver,
        subscriber({ type: 'webhook', email: null, url: 'https://h.example.com' }),
      );
      const touched = event({ componentIds: ['api', 'web-client'] });
      expect(await n.acceptEvent(touched, T)).toEqual({ deliveries: 3, duplicate: false });
      const claimed = await n.claimDeliveries(T, 100, 60_000);
      expect(claimed.map((c) => c.subscriber?.id).sort()).toEqual([all.id, api.id, hook.id].sort());
      expect(claimed.find((c) => c.subscriber?.id === hook.id)?.delivery.channel).toBe('webhook');
      expect(claimed[0]?.event).toEqual(touched);
      const everyone = event({ componentIds: [] });
      expect((await n.acceptEvent(everyone, T)).deliveries).toBe(4);
    });

    it('sends a one-subscriber message to that subscriber even before confirmation', async () => {
      const pending = await add(ctx.driver, subscriber({ state: 'pending', confirmedAt: null }));
      await add(ctx.driver, subscriber());
      const message = event({ type: 'subscription.confirm', subscriberId: pending.id, incidentId: null });
      expect((await ctx.driver.notifications.acceptEvent(message, T)).deliveries).toBe(1);
    });

    it('accepts an event once: again is a duplicate that adds nothing', async () => {
      const n = ctx.driver.notifications;
      await add(ctx.driver, subscriber());
      const e = event({ id: 'maintenance.reminder:m1:2026-06-02T00:00:00.000Z' });
      expect(await n.hasEvent(e.id)).toBe(false);
      expect(await n.acceptEvent(e, T)).toEqual({ deliveries: 1, duplicate: false });
      await add(ctx.driver, subscriber());
      expect(await n.acceptEvent(e, T)).toEqual({ deliveries: 0, duplicate: true });
      expect(await n.hasEvent(e.id)).toBe(true);
      expect(await n.claimDeliveries(T, 100, 60_000)).toHaveLength(1);
    });

    it('claims due deliveries for one sender at a time until the claim runs out', async () => {
      const n = ctx.driver.notifications;
      const s = await add(ctx.driver, subscriber());
      const e = event();
      await n.acceptEvent(e, T);
      expect(await n.nextDueAt()).toEqual(T);
      const [first] = await n.claimDeliveries(T, 10, 60_000);
      expect(first?.delivery).toMatchObject({ id: deliveryId(e.id, s.id), state: 'sending', attempts: 1 });
      expect(await n.claimDeliveries(at(59_000), 10, 60_000)).toEqual([]);
      expect(await n.nextDueAt()).toEqual(at(60_000));
      // The sender died without reporting: the claim runs out and the delivery is tried again.
      const [again] = await n.claimDeliveries(at(60_000), 10, 60_000);
      expect(again?.delivery).toMatchObject({ id: first?.delivery.id, attempts: 2 });
    });

    it('never hands one delivery to two racing claimers', async () => {
      const n = ctx.driver.notifications;
      for (let i = 0; i < 20; i++) await add(ctx.driver, subscriber());
      await n.acceptEvent(event(), T);
      const other = ctx.another ? await ctx.another() : ctx.driver;
      const batches = await Promise.all([
        n.claimDeliveries(T, 8, 60_000),
        other.notifications.claimDeliveries(T, 8, 60_000),
        n.claimDeliveries(T, 8, 60_000),
      ]);
      const ids = batches.flat().map((c) => c.delivery.id);
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
    });

    it('records outcomes: sent and failed are final, retrying waits until its time', async () => {
      const n = ctx.driver.notifications;
      const [a, b, c] = [
        await add(ctx.driver, subscriber()),
        await add(ctx.driver, subscriber()),
        await add(ctx.driver, subscriber()),
      ];
      const e = event();
      await n.acceptEvent(e, T);
      await n.claimDeliveries(T, 10, 60_000);
      const id = (s: { id: string }) => deliveryId(e.id, s.id);
      await n.recordOutcomes(
        [
          { id: id(a), state: 'sent', status: 250 },
          { id: id(b), state: 'retrying', nextAttemptAt: at(300_000), error: 'timeout', status: null },
          { id: id(c), state: 'failed', error: '550 no such mailbox', status: 550 },
          { id: 'unknown', state: 'sent' },
        ],
        at(1_000),
      );
      expect(await n.countDeliveries()).toMatchObject({
        sent: 1,
        retrying: 1,
        failed: 1,
        queued: 0,
        sending: 0,
      });
      expect(await n.nextDueAt()).toEqual(at(300_000));
      expect(await n.claimDeliveries(at(299_999), 10, 60_000)).toEqual([]);
      const [retry] = await n.claimDeliveries(at(300_000), 10, 60_000);
      expect(retry?.delivery).toMatchObject({ id: id(b), attempts: 2, lastError: 'timeout' });
      const ofB = await n.listDeliveries({ subscriberId: b.id, limit: 10 });
      expect(ofB).toMatchObject([{ id: id(b), state: 'sending', attempts: 2 }]);
      await n.recordOutcomes([{ id: id(b), state: 'sent', status: 250, error: null }], at(301_000));
      expect(await n.nextDueAt()).toBeNull();
      const failures = await n.listDeliveries({ states: ['failed'], limit: 10 });
      expect(failures).toMatchObject([{ id: id(c), lastStatus: 550, lastError: '550 no such mailbox' }]);
    });

    it('hands over a delivery whose subscriber was removed, so the sender can skip it', async () => {
      const n = ctx.driver.notifications;
      const s = await add(ctx.driver, subscriber());
      await n.acceptEvent(event(), T);
      await n.modifySubscriber({ id: s.id }, () => null);
      const [claimed] = await n.claimDeliveries(T, 10, 60_000);
      expect(claimed?.subscriber).toBeNull();
    });

    it('keeps webhook deliveries listed after their event is finished, and purges old finished events', async () => {
      const n = ctx.driver.notifications;
      const hook = await add(
        ctx.driver,
        subscriber({ type: 'webhook', email: null, url: 'https://h.example.com' }),
      );
      const e = event();
      await n.acceptEvent(e, T);
      await n.claimDeliveries(T, 10, 60_000);
      await n.recordOutcomes([{ id: deliveryId(e.id, hook.id), state: 'sent', status: 204 }], T);
      expect(await n.listDeliveries({ subscriberId: hook.id, limit: 5 })).toHaveLength(1);
      await n.purge(at(-1));
      expect(await n.hasEvent(e.id)).toBe(true);
      await n.purge(at(1));
      expect(await n.listDeliveries({ subscriberId: hook.id, limit: 5 })).toEqual([]);
      expect(await n.countDeliveries()).toMatchObject({ sent: 0 });
    });
  });
}
