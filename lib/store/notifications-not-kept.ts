import { DomainError } from '@/lib/core/errors';
import type { NotificationStore } from '@/lib/store/driver';

/**
 * The notification collections of a driver that does not keep them yet: nothing is stored, reads are empty, the
 * dispatcher's lease is never granted (so it stands by quietly), and a sign-up answers 422 saying why.
 */
export function notificationsNotKept(store: string): NotificationStore {
  const refuse = async (): Promise<never> => {
    throw new DomainError(
      'unprocessable',
      `Subscriptions are not available on ${store} yet: this store does not keep subscribers.`,
    );
  };
  return {
    getSubscriber: async () => null,
    findEmailSubscriber: async () => null,
    modifySubscriber: refuse,
    listSubscribers: async () => ({ items: [], total: 0 }),
    countSubscribers: async () => ({
      total: 0,
      byState: { pending: 0, confirmed: 0, disabled: 0 },
      byType: { email: 0, webhook: 0 },
      byComponent: {},
      all: 0,
    }),
    pendingEvents: async () => [],
    hasEvent: async () => false,
    acceptEvent: refuse,
    claimDeliveries: async () => [],
    recordOutcomes: async () => undefined,
    nextDueAt: async () => null,
    listDeliveries: async () => [],
    countDeliveries: async () => ({ queued: 0, sending: 0, retrying: 0, sent: 0, failed: 0, skipped: 0 }),
    purge: async () => undefined,
    acquireLease: async () => false,
    releaseLease: async () => undefined,
    consumeRateLimit: refuse,
  };
}
