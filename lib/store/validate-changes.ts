import { z } from 'zod';
import { storeDocumentSchema, type StoreDocument } from '@/lib/store/schema';

/** The JSON text of a validated (frozen) item, computed once per object. */
const texts = new WeakMap<object, string>();

function textOf(value: object): string {
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    if (Object.isFrozen(value)) texts.set(value, text);
  }
  return text;
}

/** The array schema of a key, also when older stores may lack the key (optional, or a default). */
function arrayOf(schema: z.ZodType): z.ZodArray<z.ZodType> | null {
  if (schema instanceof z.ZodArray) return schema as z.ZodArray<z.ZodType>;
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional)
    return arrayOf(schema.unwrap() as z.ZodType);
  return null;
}

/** Equal as JSON data: the same values, whatever the order of the keys (cheaper than comparing texts). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !sameJson(Reflect.get(a, key), Reflect.get(b, key))) return false;
  }
  return true;
}

/** The items of a validated array by their JSON text. */
function textsOf(items: readonly unknown[]): Map<string, unknown> {
  const known = new Map<string, unknown>();
  for (const item of items) if (typeof item === 'object' && item !== null) known.set(textOf(item), item);
  return known;
}

/**
 * Validates a document that differs from a validated `base` in a few items (a write, or another instance's
 * write read back): an item whose JSON equals an item of `base` is that item, and only the others are parsed,
 * so a write costs the change rather than the whole page. Null when anything fails: the caller then validates
 * the whole document to describe the problem.
 */
export function validateChanges(value: unknown, base: StoreDocument): StoreDocument | null {
  // Rules over the whole document would be skipped by parsing items alone.
  if (typeof value !== 'object' || value === null || (storeDocumentSchema._zod.def.checks?.length ?? 0) > 0) {
    return null;
  }
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(storeDocumentSchema.shape)) {
    const next: unknown = Reflect.get(value, key);
    const before: unknown = Reflect.get(base, key);
    const array = arrayOf(schema);
    if (array && Array.isArray(next) && Array.isArray(before)) {
      const kept = new Set<unknown>(before);
      let known: Map<string, unknown> | null = null;
      const items: unknown[] = [];
      for (const [index, item] of next.entries()) {
        // The very object of `base` (a write's draft leaves what it did not touch as it was): valid already.
        if (kept.has(item)) {
          items.push(item);
          continue;
        }
        // Read back from storage: most items are where they were, and equal.
        const there: unknown = before[index];
        if (there !== undefined && sameJson(item, there)) {
          items.push(there);
          continue;
        }
        known ??= textsOf(before);
        const same = typeof item === 'object' && item !== null ? known.get(JSON.stringify(item)) : undefined;
        if (same !== undefined) {
          items.push(same);
          continue;
        }
        const parsed = array.element.safeParse(item);
        if (!parsed.success) return null;
        items.push(parsed.data);
      }
      out[key] = items;
    } else {
      const parsed = schema.safeParse(next);
      if (!parsed.success) return null;
      out[key] = parsed.data;
    }
  }
  return out as StoreDocument;
}
