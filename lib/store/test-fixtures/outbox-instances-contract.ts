import { describe, expect, it } from 'vitest';
import type { StoreDriver } from '@/lib/store/driver';
import { deliveryId } from '@/lib/store/notification-schema';
import { add, event, subscriber, T, writeWithEvents } from '@/lib/store/test-fixtures/notification-records';

/** Dispatching from two handles at once (two processes or instances), and writes that fail (see outbox-contract.ts). */
export function outboxInstancesContract(ctx: {
  driver: StoreDriver;
  another?: () => Promise<StoreDriver>;
}): void {
  describe('outbox across instances and failed writes', () => {
    it('queues nothing when the write that made the events fails or is refused', async () => {
      const n = ctx.driver.notifications;
      const { doc } = await writeWithEvents(ctx.driver, []);
      await expect(
        ctx.driver.update(
          (draft) => {
            draft.pendingEvents = [...(draft.pendingEvents ?? []), event({ id: 'thrown' })];
            throw new Error('the change failed');
          },
          { now: T, actor: { kind: 'system', id: 't', name: 't' } },
        ),
      ).rejects.toThrow('the change failed');
      await expect(
        ctx.driver.update(
          (draft) => {
            draft.pendingEvents = [...(draft.pendingEvents ?? []), event({ id: 'stale' })];
          },
          { now: T, actor: { kind: 'system', id: 't', name: 't' }, expectedRevision: doc.revision - 1 },
        ),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect(await n.pendingEvents()).toEqual([]);
      expect(await n.hasEvent('thrown')).toBe(false);
    });

    it('lets one of two handles accept an event: the other sees a duplicate, one delivery per subscriber', async () => {
      for (let i = 0; i < 30; i++) await add(ctx.driver, subscriber());
      const other = ctx.another ? await ctx.another() : ctx.driver;
      const e = event();
      const results = await Promise.all([
        ctx.driver.notifications.acceptEvent(e, T),
        other.notifications.acceptEvent(e, T),
      ]);
      expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
      expect(results.reduce((sum, r) => sum + r.deliveries, 0)).toBe(30);
      expect(await ctx.driver.notifications.countDeliveries()).toMatchObject({ queued: 30 });
    });

    it('sends each delivery once when two handles run the outbox at the same time', async () => {
      const people = [];
      for (let i = 0; i < 60; i++) people.push(await add(ctx.driver, subscriber()));
      const e = event();
      await writeWithEvents(ctx.driver, [e]);
      const other = ctx.another ? await ctx.another() : ctx.driver;
      const sent: string[] = [];
      const run = async (store: StoreDriver) => {
        for (const pending of await store.notifications.pendingEvents())
          await store.notifications.acceptEvent(pending, T);
        for (;;) {
          const claimed = await store.notifications.claimDeliveries(T, 7, 60_000);
          if (claimed.length === 0) return;
          sent.push(...claimed.map((c) => c.delivery.id));
          const outcomes = claimed.map((c) => ({ id: c.delivery.id, state: 'sent' as const, status: 250 }));
          await store.notifications.recordOutcomes(outcomes, T);
        }
      };
      await Promise.all([run(ctx.driver), run(other), run(ctx.driver), run(other)]);
      expect(sent.sort()).toEqual(people.map((p) => deliveryId(e.id, p.id)).sort());
      expect(await ctx.driver.notifications.countDeliveries()).toEqual({
        queued: 0,
        sending: 0,
        retrying: 0,
        sent: 60,
        failed: 0,
        skipped: 0,
      });
      expect(await other.notifications.nextDueAt()).toBeNull();
    });
  });
}
