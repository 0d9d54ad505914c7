import type { StoreDriver } from '@/lib/store/driver';
import { notificationEventSchema, type Subscriber } from '@/lib/store/notification-schema';
import type { StoreDocument } from '@/lib/store/schema';

/** Records and writes the notification store tests build on. */
export const T = new Date('2026-06-01T12:00:00.000Z');
export const at = (ms: number) => new Date(T.getTime() + ms);
const system = { kind: 'system', id: 'test', name: 'test' } as const;

let counter = 0;
export function subscriber(overrides: Partial<Subscriber> = {}): Subscriber {
  counter += 1;
  return {
    id: `sub-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    type: 'email',
    email: `person${counter}@example.com`,
    url: null,
    format: 'statuspage',
    components: [],
    lang: 'en',
    timeZone: 'Europe/Oslo',
    state: 'confirmed',
    nonce: 'nonce-0123456789',
    confirmNonce: null,
    createdAt: T.toISOString(),
    updatedAt: T.toISOString(),
    confirmedAt: new Date(T.getTime() - 60_000).toISOString(),
    createdBy: '',
    health: {
      consecutiveFailures: 0,
      failingSince: null,
      lastAttemptAt: null,
      lastSuccessAt: null,
      lastError: null,
      disabledAt: null,
      disabledReason: null,
    },
    ...overrides,
  };
}

export function event(overrides: Record<string, unknown> = {}) {
  return notificationEventSchema.parse({
    id: `evt-${Math.random().toString(36).slice(2, 10)}`,
    type: 'incident.created',
    at: T.toISOString(),
    incidentId: 'inc-1',
    ...overrides,
  });
}

export async function add(driver: StoreDriver, record: Subscriber): Promise<Subscriber> {
  const { after } = await driver.notifications.modifySubscriber({ id: record.id }, () => record);
  if (!after) throw new Error('not added');
  return after;
}

/** A write to the page document that queues `events` with it, as the domain's verbs do. */
export async function writeWithEvents(driver: StoreDriver, events: ReturnType<typeof event>[]) {
  return driver.update(
    (draft: StoreDocument) => {
      draft.page.description = `${draft.page.description}.`;
      draft.pendingEvents = [...(draft.pendingEvents ?? []), ...events];
    },
    { now: T, actor: system },
  );
}
