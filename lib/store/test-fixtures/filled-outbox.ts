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

/**
 * Gives a store one of everything an export carries about notifications: email and webhook subscribers (one
 * pending), a finished event, an event with a delivery sent and one waiting to be retried, and an event a write
 * queued that the outbox has not accepted yet.
 */
export async function fillOutbox(driver: StoreDriver): Promise<void> {
  const n = driver.notifications;
  const ada = await add(driver, subscriber({ id: 'sub-ada', email: 'ada@example.com', components: ['api'] }));
  const bo = await add(driver, subscriber({ id: 'sub-bo', email: 'bo@example.no', lang: 'nb' }));
  await add(
    driver,
    subscriber({ id: 'sub-cy', email: 'cy@example.com', state: 'pending', confirmedAt: null }),
  );
  const hook = await add(
    driver,
    subscriber({ id: 'sub-hook', type: 'webhook', email: null, url: 'https://hooks.example.com/status' }),
  );
  const finished = event({ id: 'evt-finished', componentIds: ['api'] });
  await n.acceptEvent(finished, T);
  await n.claimDeliveries(T, 10, 60_000);
  await n.recordOutcomes(
    [
      { id: deliveryId(finished.id, ada.id), state: 'sent', status: 250 },
      { id: deliveryId(finished.id, bo.id), state: 'failed', status: 550, error: '550 no such mailbox' },
      { id: deliveryId(finished.id, hook.id), state: 'sent', status: 204 },
    ],
    at(1_000),
  );
  const open = event({ id: 'evt-open', type: 'incident.updated', at: at(2_000).toISOString() });
  await n.acceptEvent(open, at(2_000));
  await n.claimDeliveries(at(2_000), 10, 60_000);
  await n.recordOutcomes(
    [
      { id: deliveryId(open.id, ada.id), state: 'sent', status: 250 },
      { id: deliveryId(open.id, bo.id), state: 'retrying', nextAttemptAt: at(300_000), error: 'timeout' },
    ],
    at(3_000),
  );
  await writeWithEvents(driver, [event({ id: 'evt-pending', type: 'incident.resolved' })]);
}
