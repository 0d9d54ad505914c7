import { describe, expect, it } from 'vitest';
import { PgStore } from '@/lib/store/postgres/pg-store';
import type { StoreDocument } from '@/lib/store/schema';
import { incident, maintenance } from '@/lib/store/test-fixtures/documents';
import { pgStoresPerTest, sql, staffWrite } from '@/lib/store/test-fixtures/postgres';

/** The page row lists the ids of its incidents and maintenances; each item has a row of its own. */

const write = staffWrite;
const { database, open } = pgStoresPerTest((settings) => new PgStore(settings));

const window = (i: number) => ({
  id: `mnt-${i}`,
  name: `Window ${i}`,
  scheduledFor: `2026-04-0${1 + (i % 9)}T20:00:00.000Z`,
  scheduledUntil: `2026-04-0${1 + (i % 9)}T22:00:00.000Z`,
});

async function fill(store: PgStore, incidents: number, maintenances: number) {
  await store.update((d) => {
    for (let i = 0; i < incidents; i++) d.incidents.push(incident({ id: `inc-${i}`, name: `Incident ${i}` }));
    for (let i = 0; i < maintenances; i++) d.maintenances.push(maintenance(window(i)));
  }, write);
}

/** The rows the last write stored: the items it changed. */
async function writtenLast(url: string) {
  return sql<{ kind: string; id: string }>(
    url,
    `SELECT kind, id FROM status_items WHERE revision = (SELECT revision FROM status_document) ORDER BY kind, id`,
  );
}

const text = (doc: StoreDocument) => JSON.stringify(doc);

describe('incidents and maintenances in rows of their own', () => {
  it('a write stores the items it changed and removes the ones it deleted, not the whole history', async () => {
    const url = await database();
    const store = open(url);
    await fill(store, 40, 3);
    expect(await sql(url, 'SELECT count(*)::int AS n FROM status_items')).toEqual([{ n: 43 }]);
    await store.update((d) => void (d.incidents[7]!.name = 'Renamed'), write);
    expect(await writtenLast(url)).toEqual([{ kind: 'incidents', id: 'inc-7' }]);
    await store.update((d) => void d.maintenances.splice(1, 1), write);
    expect(await writtenLast(url)).toEqual([]);
    expect(await sql(url, "SELECT id FROM status_items WHERE kind = 'maintenances' ORDER BY id")).toEqual([
      { id: 'mnt-0' },
      { id: 'mnt-2' },
    ]);
    await store.update((d) => void (d.page.name = 'Only the page'), write);
    expect(await writtenLast(url)).toEqual([]);
    const [row] = await sql<{ first: string; kind: string }>(
      url,
      "SELECT body->'incidents'->>0 AS first, json_typeof(body->'incidents'->0) AS kind FROM status_document",
    );
    expect(row).toEqual({ first: 'inc-0', kind: 'string' });
  });

  it('another instance reads back the very page the writer holds as items change, go, come back and move', async () => {
    const url = await database();
    const writer = open(url);
    const reader = open(url);
    await fill(writer, 12, 4);
    expect(text((await reader.load()).doc)).toBe(text((await writer.load()).doc));
    const steps: ((d: StoreDocument) => void)[] = [
      (d) => void (d.incidents[3]!.status = 'resolved'),
      (d) => void d.incidents.splice(5, 2),
      (d) => void d.incidents.unshift(incident({ id: 'inc-5', name: 'Back again' })),
      (d) => void d.maintenances.reverse(),
      (d) => void (d.maintenances[0]!.name = 'Moved and renamed'),
    ];
    for (const step of steps) {
      await writer.update(step, write);
      await reader.sync();
      expect(text((await reader.load()).doc)).toBe(text((await writer.load()).doc));
    }
    // And the other way round: the reader writes on the page it assembled.
    await reader.update((d) => void (d.incidents[0]!.name = 'From the reader'), write);
    await writer.sync();
    expect(text((await writer.load()).doc)).toBe(text((await reader.load()).doc));
    expect(await writtenLast(url)).toEqual([{ kind: 'incidents', id: 'inc-5' }]);
  });

  it('a page stored with its lists inline loads as it is, and its next write gives every item its row', async () => {
    const url = await database();
    const store = open(url);
    await fill(store, 5, 2);
    const inline = { ...(await store.load()).doc, revision: 3 };
    await sql(url, "UPDATE status_document SET revision = 3, body = $1, generation = 'older'", [
      JSON.stringify(inline),
    ]);
    await sql(url, 'DELETE FROM status_items');
    const later = open(url);
    expect(text((await later.load()).doc)).toBe(JSON.stringify(inline));
    await later.update((d) => void (d.page.name = 'First write after'), write);
    expect(await writtenLast(url)).toHaveLength(7);
    const fresh = open(url);
    expect((await fresh.load()).doc.incidents.map((i) => i.id)).toEqual(inline.incidents.map((i) => i.id));
  });

  it('a reader that finds an id it neither fetched nor holds reads the whole page again instead', async () => {
    const url = await database();
    const writer = open(url);
    const reader = open(url);
    await fill(writer, 3, 0);
    await reader.load();
    // An item whose row is older than the reader's copy, yet not in it: only a full read finds it.
    await sql(
      url,
      `INSERT INTO status_items (kind, id, revision, body)
         SELECT kind, 'inc-old', 1, json_build_object('id', 'inc-old') :: jsonb || (body::jsonb - 'id') :: jsonb
           FROM status_items WHERE id = 'inc-0'`,
    );
    await sql(
      url,
      `UPDATE status_document SET revision = revision + 1,
              body = jsonb_set(jsonb_set(body::jsonb, '{incidents}', (body::jsonb->'incidents') || '["inc-old"]'),
                               '{revision}', to_jsonb(revision + 1))::json`,
    );
    await reader.sync();
    const { doc, problem } = await reader.load();
    expect(problem).toBeNull();
    expect(doc.incidents.map((i) => i.id)).toEqual(['inc-0', 'inc-1', 'inc-2', 'inc-old']);
  });

  it('a page that names an item without a row is reported damaged, not served with a hole', async () => {
    const url = await database();
    await fill(open(url), 3, 0);
    await sql(url, "DELETE FROM status_items WHERE id = 'inc-1'");
    const error: unknown = await open(url)
      .load()
      .catch((e: unknown) => e);
    expect(String(error)).toMatch(/incidents\[1\]/);
  });
});
