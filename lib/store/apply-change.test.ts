import { describe, expect, it } from 'vitest';
import { isDomainError } from '@/lib/core/errors';
import { applyChange } from '@/lib/store/apply-change';
import { deepFreeze } from '@/lib/store/document-file';
import { storeDocumentSchema, type StoreDocument } from '@/lib/store/schema';
import { seedDocument } from '@/lib/store/seed';

const base: StoreDocument = deepFreeze(storeDocumentSchema.parse(seedDocument()));
const seal = (draft: StoreDocument) => void (draft.revision = base.revision + 1);

describe('applyChange', () => {
  it('keeps every part the change left alone as the very object of the page before', () => {
    const [first, second] = base.components;
    const { next } = applyChange(base, (d) => void (d.components[0]!.name = 'Renamed'), seal);
    expect(next.components[0]?.name).toBe('Renamed');
    expect(next.components[0]).not.toBe(first);
    expect(next.components[1]).toBe(second);
    expect(next.templates.length).toBeGreaterThan(0);
    expect(next.templates.every((t, i) => t === base.templates[i])).toBe(true);
    expect(next.revision).toBe(base.revision + 1);
    expect(Object.isFrozen(next.components[0])).toBe(true);
    // The page before is untouched.
    expect(base.components[0]?.name).toBe(first?.name);
  });

  it('returns what the change returned as plain data that outlives the change, drafts inside included', () => {
    const { result } = applyChange(
      base,
      (d) => {
        const component = d.components[0]!;
        component.name = 'Seen';
        return { component, list: [component], count: 1 };
      },
      seal,
    );
    expect(result.component.name).toBe('Seen');
    expect(result.list[0]?.name).toBe('Seen');
    expect(JSON.parse(JSON.stringify(result))).toMatchObject({ count: 1, component: { name: 'Seen' } });
  });

  it('keeps nothing of a change that throws, or of one that leaves the page invalid', () => {
    expect(() =>
      applyChange(
        base,
        (d) => {
          d.components[0]!.name = 'Half';
          throw new Error('stopped halfway');
        },
        seal,
      ),
    ).toThrow('stopped halfway');
    const invalid: unknown = (() => {
      try {
        applyChange(base, (d) => void Reflect.set(d.components[0]!, 'status', 'on-fire'), seal);
      } catch (error) {
        return error;
      }
    })();
    expect(isDomainError(invalid) && invalid.code).toBe('invalid_request');
    expect(base.components[0]?.name).not.toBe('Half');
  });

  it('refuses an asynchronous change without an unhandled failure of its later steps', async () => {
    expect(() =>
      applyChange(
        base,
        async (d) => {
          await Promise.resolve();
          d.components[0]!.name = 'Too late';
        },
        seal,
      ),
    ).toThrow('synchronous');
    await new Promise((r) => setTimeout(r, 10));
  });
});
