import type { StoreDocument } from '@/lib/store/schema';

/**
 * The lists that grow with the page's history, stored one row per item (status_items) so that a write sends
 * the items it changed and a reader fetches the items changed since the page it holds, not the whole history.
 * The page row (its skeleton) lists their ids in order. A list whose entries are objects is stored inline, as
 * every page was before the split and as a new or imported page still is until its first write.
 */
export const ITEM_LISTS = ['incidents', 'maintenances'] as const;
export type ItemList = (typeof ITEM_LISTS)[number];

export interface DocumentParts {
  /** The page with the split lists' items replaced by their ids. */
  skeleton: Record<string, unknown>;
  /** Rows to insert or replace: items new or changed since `base`, or all of them without a base. */
  upserts: [ItemList, string, unknown][];
  /** Rows of items `base` had and the page no longer has. */
  removed: [ItemList, string][];
  /** Every split list's items are in rows (false when one stays inline: ids that are not unique). */
  rows: boolean;
}

/**
 * The rows a write changes. `base` is the page the write started from, when every one of its items has its
 * row as it is in `base`: an item that is the very object of `base` (a draft leaves untouched items as they
 * were) is unchanged. Without a base, every item is written.
 */
export function splitDocument(doc: StoreDocument, base: StoreDocument | null): DocumentParts {
  const skeleton: Record<string, unknown> = { ...doc };
  const upserts: [ItemList, string, unknown][] = [];
  const removed: [ItemList, string][] = [];
  let rows = true;
  for (const list of ITEM_LISTS) {
    const items: readonly { id: string }[] = doc[list];
    const ids = items.map((item) => item.id);
    const present = new Set(ids);
    if (present.size !== ids.length) {
      rows = false;
      continue;
    }
    skeleton[list] = ids;
    const before = new Map<string, unknown>(base ? base[list].map((item) => [item.id, item]) : []);
    for (const item of items) if (before.get(item.id) !== item) upserts.push([list, item.id, item]);
    for (const id of before.keys()) if (!present.has(id)) removed.push([list, id]);
  }
  return { skeleton, upserts, removed, rows };
}

/** A row's key in the map `assembleDocument` takes. */
export const itemKey = (list: string, id: string) => `${list}\u0000${id}`;

/**
 * The page from its skeleton: each id is the item read with it from its row, or else the held page's item of
 * that id (rows not read are unchanged since the held page). An id found in neither stays in place for
 * validation to report, and is counted in `missing`.
 */
export function assembleDocument(
  skeleton: unknown,
  fetched: ReadonlyMap<string, unknown>,
  held: StoreDocument | null,
): { value: unknown; missing: number; rows: boolean } {
  if (typeof skeleton !== 'object' || skeleton === null || Array.isArray(skeleton)) {
    return { value: skeleton, missing: 0, rows: false };
  }
  const value: Record<string, unknown> = { ...(skeleton as Record<string, unknown>) };
  let missing = 0;
  let rows = true;
  for (const list of ITEM_LISTS) {
    const entries: unknown = value[list];
    if (!Array.isArray(entries)) continue;
    let heldItems: Map<string, unknown> | null = null;
    value[list] = entries.map((entry: unknown) => {
      if (typeof entry !== 'string') {
        rows = false;
        return entry;
      }
      const read = fetched.get(itemKey(list, entry));
      if (read !== undefined) return read;
      heldItems ??= new Map<string, unknown>(held ? held[list].map((item) => [item.id, item]) : []);
      const kept = heldItems.get(entry);
      if (kept === undefined) missing++;
      return kept ?? entry;
    });
  }
  return { value, missing, rows };
}
