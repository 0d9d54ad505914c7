import type { Metadata } from 'next';
import { DeliveryTable } from '@/components/admin/delivery-list';
import { deliveryStateLabel } from '@/components/admin/subscription-labels';
import { deliveryStates } from '@/lib/core/vocab';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';

export const metadata: Metadata = { title: 'Outbox' };

/** Where notifications stand: queued, being sent, waiting to retry, sent, failed. */
export default async function OutboxPage() {
  await requireStaffPage('/admin/outbox');
  const store = getStore();
  const [{ doc }, counts, waiting, failed, finished] = await Promise.all([
    store.load(),
    store.notifications.countDeliveries(),
    store.notifications.listDeliveries({ states: ['queued', 'sending', 'retrying'], limit: 50 }),
    store.notifications.listDeliveries({ states: ['failed'], limit: 50 }),
    store.notifications.listDeliveries({ states: ['sent', 'skipped'], limit: 20 }),
  ]);
  const ids = new Set([...waiting, ...failed, ...finished].map((d) => d.subscriberId));
  const subscribers = await Promise.all([...ids].map((id) => store.notifications.getSubscriber(id)));
  const recipients = new Map(
    subscribers.flatMap((s) => (s ? [[s.id, s.email ?? s.url ?? s.id] as const] : [])),
  );
  const zone = doc.page.timeZone;
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Outbox</h1>
        <p className="text-muted">
          Every notification is queued with the change that caused it and sent by the dispatcher; failures are
          retried with growing pauses (1 min to 4 h, eight tries). Finished deliveries are kept for 30 days.
        </p>
      </header>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-6" data-testid="outbox-counts">
        {deliveryStates.map((state) => (
          <div key={state} className="rounded-lg border border-border bg-surface p-3">
            <dt className="text-sm text-muted">{deliveryStateLabel[state]}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-state={state}>
              {counts[state]}
            </dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="waiting" className="space-y-2">
        <h2 id="waiting" className="text-lg font-semibold">
          Queued, sending and retrying
        </h2>
        <DeliveryTable
          deliveries={waiting}
          recipients={recipients}
          zone={zone}
          caption="Queued, sending and retrying"
        />
      </section>
      <section aria-labelledby="failed" className="space-y-2">
        <h2 id="failed" className="text-lg font-semibold">
          Failed
        </h2>
        <DeliveryTable deliveries={failed} recipients={recipients} zone={zone} caption="Failed" />
      </section>
      <section aria-labelledby="recent" className="space-y-2">
        <h2 id="recent" className="text-lg font-semibold">
          Recently finished
        </h2>
        <DeliveryTable
          deliveries={finished}
          recipients={recipients}
          zone={zone}
          caption="Recently finished"
        />
      </section>
    </div>
  );
}
