import { expect, it } from 'vitest';
import type { StoreDriver } from '@/lib/store/driver';
import { serializeExport } from '@/lib/store/store-export';
import { fillOutbox } from '@/lib/store/test-fixtures/filled-outbox';
import { at } from '@/lib/store/test-fixtures/notification-records';
import { describeSubscriptionStore } from '@/lib/store/test-fixtures/subscription-contract';

/**
 * The notification half of the driver contract (subscribers, outbox, leases, rate limits), on a store of the
 * driver under test opened as often as a test needs: each handle as another process or instance would.
 */
const actor = { kind: 'cli', id: 'test', name: 'test' } as const;

export function notificationContract(
  name: string,
  makeHarness: () => Promise<{ open(): StoreDriver; cleanup(): Promise<void> }>,
): void {
  describeSubscriptionStore(name, async () => {
    const harness = await makeHarness();
    const opened: StoreDriver[] = [];
    const open = () => {
      const driver = harness.open();
      opened.push(driver);
      return driver;
    };
    return {
      driver: open(),
      another: async () => open(),
      cleanup: async () => {
        await Promise.all(opened.splice(0).map((d) => d.close()));
        await harness.cleanup();
      },
    };
  });

  it(`${name}: exports subscribers and the outbox, imports them into an empty store and exports the same bytes`, async () => {
    const [from, to] = [await makeHarness(), await makeHarness()];
    const [source, target] = [from.open(), to.open()];
    try {
      await fillOutbox(source);
      const first = serializeExport(await source.exportAll());
      expect(JSON.parse(first).notifications.subscribers).toHaveLength(4);
      await target.importAll(JSON.parse(first), { replace: false, now: at(4_000), actor });
      expect(serializeExport(await target.exportAll())).toBe(first);
      const n = target.notifications;
      expect(await n.findEmailSubscriber('bo@example.no')).toMatchObject({ id: 'sub-bo', lang: 'nb' });
      expect((await n.pendingEvents()).map((e) => e.id)).toEqual(['evt-pending']);
      expect(await n.hasEvent('evt-finished')).toBe(true);
      expect(await n.countDeliveries()).toMatchObject({ sent: 3, failed: 1, retrying: 1 });
      // The webhook's claim in the source runs out first, then the mail's retry falls due.
      expect(await n.nextDueAt()).toEqual(at(62_000));
      const claimed = await n.claimDeliveries(at(300_000), 10, 60_000);
      expect(claimed).toHaveLength(2);
      const retry = claimed.find((c) => c.delivery.subscriberId === 'sub-bo');
      expect(retry?.delivery).toMatchObject({ subscriberId: 'sub-bo', attempts: 2, lastError: 'timeout' });
    } finally {
      await Promise.all([source.close(), target.close()]);
      await Promise.all([from.cleanup(), to.cleanup()]);
    }
  });
}
