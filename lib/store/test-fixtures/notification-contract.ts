import type { StoreDriver } from '@/lib/store/driver';
import { describeSubscriptionStore } from '@/lib/store/test-fixtures/subscription-contract';

/**
 * The notification half of the driver contract (subscribers, outbox, leases, rate limits), on a store of the
 * driver under test opened as often as a test needs: each handle as another process or instance would.
 */
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
}
