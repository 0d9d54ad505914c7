import type { Metadata } from 'next';
import { ActionButton } from '@/components/admin/action-button';
import { DeliveryTable } from '@/components/admin/delivery-list';
import { formatInstant } from '@/components/admin/labels';
import { Badge } from '@/components/admin/status-badge';
import {
  componentList,
  subscriberStateLabel,
  subscriberStateTone,
} from '@/components/admin/subscription-labels';
import { WebhookCreateForm } from '@/components/admin/webhook-create-form';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';

export const metadata: Metadata = { title: 'Webhooks' };

/** Webhook subscriptions: add one (its secret shown once), see how each fares, re-enable or remove it. */
export default async function WebhooksPage() {
  await requireStaffPage('/admin/webhooks');
  const store = getStore();
  const [{ doc }, { items }] = await Promise.all([
    store.load(),
    store.notifications.listSubscribers({ type: 'webhook', limit: 200 }),
  ]);
  const zone = doc.page.timeZone;
  const deliveries = await Promise.all(
    items.map((w) => store.notifications.listDeliveries({ subscriberId: w.id, limit: 5 })),
  );
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Webhooks</h1>
      <section aria-labelledby="new-webhook" className="rounded-lg border border-border bg-surface p-5">
        <h2 id="new-webhook" className="mb-3 text-lg font-semibold">
          Add a webhook
        </h2>
        <WebhookCreateForm components={doc.components.map((c) => ({ id: c.id, name: c.name }))} />
      </section>
      <section aria-labelledby="webhook-list" className="space-y-4">
        <h2 id="webhook-list" className="text-lg font-semibold">
          Webhooks ({items.length})
        </h2>
        {items.length === 0 ? <p className="text-muted">No webhooks yet.</p> : null}
        {items.map((w, i) => (
          <article
            key={w.id}
            className="space-y-3 rounded-lg border border-border bg-surface p-4"
            data-webhook={w.id}
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-medium break-all">{w.url}</h3>
              <Badge tone={subscriberStateTone[w.state]}>{subscriberStateLabel[w.state]}</Badge>
            </div>
            <p className="text-sm text-muted">
              {w.format} · {w.lang} · {componentList(doc, w.components)} · added{' '}
              {formatInstant(w.createdAt, zone)} by {w.createdBy || 'unknown'}
            </p>
            {w.health.disabledAt ? (
              <p className="text-sm font-medium text-critical">
                Disabled {formatInstant(w.health.disabledAt, zone)}: {w.health.disabledReason}
              </p>
            ) : null}
            <p className="text-sm">
              {w.health.consecutiveFailures} failed in a row
              {w.health.lastSuccessAt ? ` · last success ${formatInstant(w.health.lastSuccessAt, zone)}` : ''}
              {w.health.lastError ? ` · last error: ${w.health.lastError}` : ''}
            </p>
            <DeliveryTable deliveries={deliveries[i] ?? []} zone={zone} caption="Latest deliveries" />
            <div className="flex flex-wrap gap-2">
              {w.state === 'disabled' ? (
                <ActionButton
                  method="PATCH"
                  path={`/api/v1/subscriptions/${encodeURIComponent(w.id)}`}
                  body={{ enabled: true }}
                  label="Enable again"
                  busyLabel="Enabling…"
                />
              ) : null}
              <ActionButton
                method="DELETE"
                path={`/api/v1/subscriptions/${encodeURIComponent(w.id)}`}
                label="Remove"
                busyLabel="Removing…"
                danger
                confirm={`Remove the webhook to ${w.url ?? ''}?`}
              />
            </div>
          </article>
        ))}
      </section>
    </div>
  );
}
