import type { StoreDriver } from '@/lib/store/driver';

/** How one store write went: committed, refused by the rules (conflict, invalid), or failed (disk, database). */
export interface StoreWriteEvent {
  seconds: number;
  outcome: 'ok' | 'rejected' | 'failed';
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

/** The driver with every `update` timed and reported to the observers. */
export function observedStore(driver: StoreDriver): StoreDriver {
  const update: StoreDriver['update'] = async (fn, options) => {
    const started = performance.now();
    const report = (outcome: StoreWriteEvent['outcome']) => {
      const event = { seconds: (performance.now() - started) / 1000, outcome };
      for (const observer of observers()) observer(event);
    };
    try {
      const result = await driver.update(fn, options);
      report('ok');
      return result;
    } catch (error) {
      report(outcomeOf(error));
      throw error;
    }
  };
  // Every other member (including those a driver adds) is the driver's own, bound to it.
  return new Proxy(driver, {
    get(target, name) {
      if (name === 'update') return update;
      const value: unknown = Reflect.get(target, name, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
