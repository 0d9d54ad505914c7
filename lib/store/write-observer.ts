import type { NotificationStore, StoreDriver } from '@/lib/store/driver';

/** Which store kind a write went to, as the metrics name it. */
export type StoreKind = 'file' | 'postgres';

/**
 * How one store write went: committed, refused by the rules (conflict, invalid), or failed (disk, database).
 * `operation`: a page write (`update`), a subscriber's change, or a separate audit append.
 */
export interface StoreWriteEvent {
  seconds: number;
  outcome: 'ok' | 'rejected' | 'failed';
  driver: StoreKind;
  operation: 'update' | 'subscriber' | 'audit';
}

type Observer = (event: StoreWriteEvent) => void;

// On globalThis, so the separate module graphs Next builds report to the observer the server registered.
const observersKey = Symbol.for('superoffice-status.store-write-observers');

function observers(): Set<Observer> {
  const existing: unknown = Reflect.get(globalThis, observersKey);
  if (existing instanceof Set) return existing as Set<Observer>;
  const created = new Set<Observer>();
  Reflect.set(globalThis, observersKey, created);
  return created;
}

/** Calls `observer` after every store write in this process (for metrics); returns the way to stop. */
export function observeStoreWrites(observer: Observer): () => void {
  observers().add(observer);
  return () => observers().delete(observer);
}

function outcomeOf(error: unknown): StoreWriteEvent['outcome'] {
  const code: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' && code !== 'store_unavailable' && code !== 'internal_error'
    ? 'rejected'
    : 'failed';
}

/** `fn` timed, its outcome reported to the observers, its result or error passed on. */
function timed<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  driver: StoreKind,
  operation: StoreWriteEvent['operation'],
): (...args: A) => Promise<R> {
  return async (...args) => {
    const started = performance.now();
    const report = (outcome: StoreWriteEvent['outcome']) => {
      const event = { seconds: (performance.now() - started) / 1000, outcome, driver, operation };
      for (const observer of observers()) observer(event);
    };
    try {
      const result = await fn(...args);
      report('ok');
      return result;
    } catch (error) {
      report(outcomeOf(error));
      throw error;
    }
  };
}

/** Every other member (including those a driver adds) is the target's own, bound to it. */
function withOverrides<T extends object>(target: T, overrides: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(target, {
    get(object, name) {
      if (Object.hasOwn(overrides, name)) return overrides[name as keyof T];
      const value: unknown = Reflect.get(object, name, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}

/** The driver with every page write, subscriber change and audit append timed and reported to the observers. */
export function observedStore(driver: StoreDriver, kind: StoreKind): StoreDriver {
  const notifications = driver.notifications;
  const observedNotifications = withOverrides<NotificationStore>(notifications, {
    modifySubscriber: timed(notifications.modifySubscriber.bind(notifications), kind, 'subscriber'),
  });
  return withOverrides<StoreDriver>(driver, {
    update: timed(driver.update.bind(driver), kind, 'update'),
    audit: timed(driver.audit.bind(driver), kind, 'audit'),
    notifications: observedNotifications,
  });
}
