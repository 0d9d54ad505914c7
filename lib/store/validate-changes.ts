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
    if (schema instanceof z.ZodArray && Array.isArray(next) && Array.isArray(before)) {
      const known = new Map<string, unknown>();
      for (const item of before) if (typeof item === 'object' && item !== null) known.set(textOf(item), item);
      const items: unknown[] = [];
      for (const item of next) {
        const same = typeof item === 'object' && item !== null ? known.get(JSON.stringify(item)) : undefined;
        if (same !== undefined) {
          items.push(same);
          continue;
        }
        const parsed = schema.element.safeParse(item);
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
