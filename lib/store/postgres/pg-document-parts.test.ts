import { describe, expect, it } from 'vitest';
import { assembleDocument, itemKey, splitDocument } from '@/lib/store/postgres/pg-document-parts';
import { fixtureDocument, incident } from '@/lib/store/test-fixtures/documents';

describe('splitting a page into its row and item rows', () => {
  it('sends only the items that are not the very objects of the base, and names the ones that are gone', () => {
    const base = fixtureDocument();
    const [kept, changed] = base.incidents;
    const added = incident({ id: 'inc-new', name: 'New' });
    const doc = {
      ...base,
      incidents: [added, kept!, { ...changed!, name: 'Renamed' }],
      maintenances: base.maintenances.slice(1),
    };
    const parts = splitDocument(doc, base);
    expect(parts.skeleton.incidents).toEqual(['inc-new', kept!.id, changed!.id]);
    expect(parts.skeleton.maintenances).toEqual(doc.maintenances.map((m) => m.id));
    expect(parts.skeleton.page).toBe(doc.page);
    expect(parts.upserts.map(([list, id]) => [list, id])).toEqual([
      ['incidents', 'inc-new'],
      ['incidents', changed!.id],
    ]);
    expect(parts.removed).toEqual([['maintenances', base.maintenances[0]!.id]]);
    expect(parts.rows).toBe(true);
  });

  it('sends every item without a base, and keeps a list with repeated ids inline', () => {
    const doc = fixtureDocument();
    const all = splitDocument(doc, null);
    expect(all.upserts).toHaveLength(doc.incidents.length + doc.maintenances.length);
    expect(all.removed).toEqual([]);
    const twice = { ...doc, incidents: [...doc.incidents, doc.incidents[0]!] };
    const parts = splitDocument(twice, null);
    expect(parts.skeleton.incidents).toBe(twice.incidents);
    expect(parts.upserts.every(([list]) => list === 'maintenances')).toBe(true);
    expect(parts.rows).toBe(false);
  });
});

describe('assembling a page from its rows', () => {
  it('takes read items first, the held page’s items for the rest, and keeps the order of the ids', () => {
    const held = fixtureDocument();
    const [first, second] = held.incidents;
    const fresh = { ...second!, name: 'Read again' };
    const skeleton = { ...splitDocument(held, null).skeleton, incidents: [second!.id, first!.id] };
    const { value, missing, rows } = assembleDocument(
      skeleton,
      new Map([[itemKey('incidents', second!.id), fresh]]),
      held,
    );
    const page = value as typeof held;
    expect(page.incidents[0]).toBe(fresh);
    expect(page.incidents[1]).toBe(first);
    expect(page.maintenances).toEqual(held.maintenances);
    expect([missing, rows]).toEqual([0, true]);
    // The same key order as the page it was split from: exports stay byte-identical.
    expect(Object.keys(page)).toEqual(Object.keys(held));
  });

  it('counts ids found nowhere and leaves them for validation; inline lists pass as they are', () => {
    const held = fixtureDocument();
    const skeleton = { ...held, incidents: ['nowhere', ...held.incidents.map((i) => i.id)] };
    const found = assembleDocument(skeleton, new Map(), held);
    expect(found.missing).toBe(1);
    expect((found.value as { incidents: unknown[] }).incidents[0]).toBe('nowhere');
    expect(found.rows).toBe(false); // maintenances are inline in this skeleton
    expect(assembleDocument('not a page', new Map(), held)).toEqual({
      value: 'not a page',
      missing: 0,
      rows: false,
    });
  });
});
