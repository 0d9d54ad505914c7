import { current, isDraft, produce, type Draft } from 'immer';
import { deepFreeze, validateDraft } from '@/lib/store/document-file';
import type { StoreDocument } from '@/lib/store/schema';

export interface AppliedChange<T> {
  /** The validated, frozen document after the change. */
  next: StoreDocument;
  /** What the change returned, with no draft left inside it. */
  result: T;
}

/**
 * One write's change to a validated document. `change` edits a draft of `base` in place; the parts it leaves
 * alone stay the very objects of `base`, so a write costs what it changes, not the size of the page: nothing
 * else is copied, and validation parses only the items that differ. `seal` sets the store's own fields
 * (revision, time, events) on the same draft. Nothing is kept when either throws.
 */
export function applyChange<T>(
  base: StoreDocument,
  change: (draft: StoreDocument) => T,
  seal: (draft: StoreDocument) => void,
): AppliedChange<T> {
  let result: T | undefined;
  const changed = produce(base, (draft: StoreDocument) => {
    const value = change(draft);
    if (value instanceof Promise) {
      // Its later steps would touch a draft that is gone; their failure is not this write's answer.
      value.catch(() => undefined);
      throw new TypeError('store.update() needs a synchronous function');
    }
    result = plain(value);
    seal(draft);
  });
  return { next: deepFreeze(validateDraft(changed, base)), result: result as T };
}

/** Replaces drafts inside a change's result (arrays and plain objects) with copies of what they hold now. */
function plain<T>(value: T): T {
  if (isDraft(value)) return current(value as Draft<T>) as T;
  if (Array.isArray(value)) return value.map(plain) as T;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = plain(item);
    return out as T;
  }
  return value;
}

/** The draft's pending events as plain objects, for the driver that commits them. */
export function pendingOf(draft: StoreDocument): StoreDocument['pendingEvents'] {
  return isDraft(draft.pendingEvents) ? current(draft.pendingEvents) : draft.pendingEvents;
}
