import { describe, expect, it } from 'vitest';
import { deepFreeze, validateDraft } from '@/lib/store/document-file';
import { storeDocumentSchema } from '@/lib/store/schema';
import { seedDocument } from '@/lib/store/seed';
import { incident } from '@/lib/store/test-fixtures/documents';
import { sameJson, validateChanges } from '@/lib/store/validate-changes';

const base = deepFreeze(storeDocumentSchema.parse(seedDocument()));

describe('validateChanges', () => {
  it('gives what a full parse gives, reusing the unchanged items of the base', () => {
    const draft = structuredClone(base);
    draft.page.name = 'Changed';
    draft.incidents.push(incident({ id: 'new', name: 'New' }));
    const components = draft.components.map((c) => ({ ...c }));
    draft.components = components;
    const checked = validateChanges(draft, base);
    expect(checked).toEqual(storeDocumentSchema.parse(draft));
    expect(checked?.components[0]).toBe(base.components[0]);
    expect(checked?.incidents[0]).not.toBe(draft.incidents[0]);
  });

  it('applies defaults to changed items as a full parse does', () => {
    const draft: Record<string, unknown> = structuredClone(base);
    const { description: _d, ...withoutDescription } = base.components[0] ?? {};
    draft.components = [withoutDescription, ...base.components.slice(1)];
    expect(validateChanges(draft, base)?.components[0]?.description).toBeNull();
  });

  it('gives up on an invalid change, so the full validation describes it', () => {
    const draft = structuredClone(base);
    const rule = draft.rules[0];
    if (rule) rule.zone = 'Mars/Olympus';
    expect(validateChanges(draft, base)).toBeNull();
    expect(() => validateDraft(draft, base)).toThrow(/rules\[0\]\.zone/);
    expect(validateChanges(null, base)).toBeNull();
  });

  it('keeps the base item for an item read back equal in its place, moved, or with its keys in another order', () => {
    const stored = JSON.parse(JSON.stringify(base)) as typeof base;
    const [first, second, ...rest] = stored.components;
    if (!first || !second) throw new Error('the seed has components');
    const reordered = Object.fromEntries(Object.entries(first).reverse()) as typeof first;
    stored.components = [reordered, ...rest, second];
    const checked = validateChanges(stored, base);
    expect(checked?.components[0]).toBe(base.components[0]);
    expect(checked?.components.at(-1)).toBe(base.components[1]);
    expect(checked).toEqual(storeDocumentSchema.parse(stored));
  });
});

describe('sameJson', () => {
  it('is equality of JSON data', () => {
    expect(sameJson({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: undefined }, { a: 1, c: 2 })).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({}, [])).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});
