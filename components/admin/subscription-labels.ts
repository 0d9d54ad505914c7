import type { DeliveryState, SubscriberState } from '@/lib/core/vocab';
import type { StoreDocument } from '@/lib/store/schema';
import type { StatusTone } from '@/components/status/status-icon';

/** Console words for subscriptions and deliveries. */
export const subscriberStateLabel: Record<SubscriberState, string> = {
  pending: 'Waiting for confirmation',
  confirmed: 'Active',
  disabled: 'Disabled',
};
export const subscriberStateTone: Record<SubscriberState, StatusTone> = {
  pending: 'reserved',
  confirmed: 'ok',
  disabled: 'critical',
};
export const deliveryStateLabel: Record<DeliveryState, string> = {
  queued: 'Queued',
  sending: 'Sending',
  retrying: 'Retrying',
  sent: 'Sent',
  failed: 'Failed',
  skipped: 'Skipped',
};
export const deliveryStateTone: Record<DeliveryState, StatusTone> = {
  queued: 'reserved',
  sending: 'maint',
  retrying: 'minor',
  sent: 'ok',
  failed: 'critical',
  skipped: 'reserved',
};

export function componentList(doc: StoreDocument, ids: readonly string[]): string {
  if (ids.length === 0) return 'All services';
  return ids.map((id) => doc.components.find((c) => c.id === id)?.name ?? id).join(', ');
}
