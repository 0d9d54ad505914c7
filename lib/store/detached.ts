import { current, isDraft, type Draft } from 'immer';

/**
 * A deep, mutable copy of a value a write verb read from its draft, safe to return from the write: a draft
 * lives only while its write runs, so what leaves the write must be a plain copy of what the draft holds now.
 */
export function detached<T>(value: T): T {
  return structuredClone(isDraft(value) ? (current(value as Draft<T>) as T) : value);
}
