import { afterEach, describe, expect, it } from 'vitest';
import { PgStore } from '@/lib/store/postgres/pg-store';
import { putSubscribers } from '@/lib/store/postgres/pg-subscribers';
import { event, subscriber, T, writeWithEvents } from '@/lib/store/test-fixtures/notification-records';
import { freshDatabase, sql, testSettings } from '@/lib/store/test-fixtures/postgres';

const stores: PgStore[] = [];
const drops: (() => Promise<void>)[] = [];

async function openFresh() {
  const db = await freshDatabase();
  drops.push(db.drop);
  const store = new PgStore(testSettings(db.url));
  stores.push(store);
  await store.load();
  return { url: db.url, store };
}

afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await Promise.all(drops.splice(0).map((drop) => drop()));
});

describe('PostgreSQL notification tables', () => {
  it('rolls a write and its queued events back together when the transaction fails at commit', async () => {
    const { url, store } = await openFresh();
    // An operator's trigger stands in for any failure after the events were inserted (disk full, a kill).
    await sql(
      url,
      `CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
       CREATE TRIGGER refuse BEFORE UPDATE ON status_document FOR EACH ROW EXECUTE FUNCTION refuse();`,
    );
    await expect(writeWithEvents(store, [event({ id: 'lost' })])).rejects.toThrow('refused');
    expect(await sql(url, 'SELECT id FROM status_events')).toEqual([]);
    expect(await store.notifications.pendingEvents()).toEqual([]);
    await sql(url, 'DROP TRIGGER refuse ON status_document');
    await writeWithEvents(store, [event({ id: 'kept' })]);
    expect(await sql(url, 'SELECT id FROM status_events')).toEqual([{ id: 'kept' }]);
  });

  it('keeps subscribers and events out of the page row, and fans 5,000 subscribers out in one statement', async () => {
    const { url, store } = await openFresh();
    const size = async () =>
      Number((await sql<{ n: string }>(url, 'SELECT length(body::text) AS n FROM status_document'))[0]?.n);
    await writeWithEvents(store, []);
    const before = await size();
    const many = Array.from({ length: 5_000 }, (_, i) =>
      subscriber({ id: `bulk-${i}`, email: `bulk${i}@example.com` }),
    );
    const client = new (await import('pg')).default.Client({ connectionString: url });
    await client.connect();
    await putSubscribers(client, many);
    await client.end();
    await writeWithEvents(store, [event({ id: 'big' })]);
    // The write adds one character to the description, nothing of the subscribers or the event.
    expect(await size()).toBe(before + 1);
    const [pending] = await store.notifications.pendingEvents();
    expect(await store.notifications.acceptEvent(pending!, T)).toEqual({
      deliveries: 5_000,
      duplicate: false,
    });
    expect((await store.notifications.countSubscribers()).total).toBe(5_000);
    expect(await store.notifications.findEmailSubscriber('bulk4999@example.com')).toMatchObject({
      id: 'bulk-4999',
    });
  });

  it('answers two racing first sign-ups for one address with one subscriber', async () => {
    const { url, store } = await openFresh();
    const other = new PgStore(testSettings(url));
    stores.push(other);
    const signUp = (s: PgStore) =>
      s.notifications.modifySubscriber({ email: 'new@example.com' }, (current) =>
        current ? undefined : subscriber({ email: 'new@example.com', state: 'pending', confirmedAt: null }),
      );
    const results = await Promise.all([signUp(store), signUp(other), signUp(store), signUp(other)]);
    expect(new Set(results.map((r) => r.after?.id)).size).toBe(1);
    expect(await sql(url, 'SELECT id FROM status_subscribers')).toHaveLength(1);
  });
});
