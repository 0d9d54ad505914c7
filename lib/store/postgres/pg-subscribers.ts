import type { Pool } from 'pg';
import { DomainError } from '@/lib/core/errors';
import {
  subscriberSchema,
  type Subscriber,
  type SubscriberCounts,
  type SubscriberQuery,
} from '@/lib/store/notification-schema';
import { transaction, type Queryable } from '@/lib/store/postgres/pg-sql';

/** Subscribers in status_subscribers: the record as JSON, with the columns queries and fan-out use. */

type Key = { id: string } | { email: string };
type Change = (current: Subscriber | null) => Subscriber | null | undefined;

const UNIQUE_VIOLATION = '23505';

export function toSubscriber(record: unknown): Subscriber {
  return subscriberSchema.parse(record);
}

/** PostgreSQL text never holds U+0000: no row has such a key, and a statement naming one would fail. */
const holdsNul = (text: string | undefined) => text?.includes('\0') === true;

async function selectOne(db: Queryable, key: Key, lock: boolean): Promise<Subscriber | null> {
  if (holdsNul('id' in key ? key.id : key.email)) return null;
  const where = 'id' in key ? 'id = $1' : `type = 'email' AND email = $1`;
  const { rows } = await db.query<{ record: unknown }>(
    `SELECT record FROM status_subscribers WHERE ${where}${lock ? ' FOR UPDATE' : ''}`,
    ['id' in key ? key.id : key.email],
  );
  return rows[0] ? toSubscriber(rows[0].record) : null;
}

export const getSubscriber = (db: Queryable, id: string) => selectOne(db, { id }, false);
export const findEmailSubscriber = (db: Queryable, email: string) => selectOne(db, { email }, false);

/** Inserts or replaces subscribers, many per statement (from one JSON parameter). */
export async function putSubscribers(db: Queryable, subscribers: readonly Subscriber[]): Promise<void> {
  if (subscribers.length === 0) return;
  await db.query(
    `INSERT INTO status_subscribers (id, type, email, url, state, components, created_at, confirmed_at, record)
     SELECT r->>'id', r->>'type', r->>'email', r->>'url', r->>'state',
            ARRAY(SELECT jsonb_array_elements_text(r->'components')),
            (r->>'createdAt')::timestamptz, (r->>'confirmedAt')::timestamptz, r
       FROM jsonb_array_elements($1::jsonb) AS t(r)
     ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, email = EXCLUDED.email, url = EXCLUDED.url,
       state = EXCLUDED.state, components = EXCLUDED.components, created_at = EXCLUDED.created_at,
       confirmed_at = EXCLUDED.confirmed_at, record = EXCLUDED.record`,
    [JSON.stringify(subscribers)],
  );
}

function addressTaken(): DomainError {
  return new DomainError('conflict', 'Another subscription already uses this address.', { field: 'email' });
}

async function modifyOnce(pool: Pool, key: Key, change: Change) {
  return transaction(pool, async (client) => {
    const before = await selectOne(client, key, true);
    const next = change(before ? structuredClone(before) : null);
    if (next === undefined) return { before, after: before };
    if (before && (next === null || next.id !== before.id)) {
      await client.query('DELETE FROM status_subscribers WHERE id = $1', [before.id]);
    }
    if (next === null) return { before, after: null };
    const after = subscriberSchema.parse(next);
    if (after.type === 'email' && after.email !== null) {
      const holder = await selectOne(client, { email: after.email }, false);
      if (holder && holder.id !== after.id) throw addressTaken();
    }
    await putSubscribers(client, [after]);
    return { before, after };
  });
}

/**
 * Read-modify-write of one subscriber under its row lock. Two first sign-ups for one new address race past
 * the lock (there is no row yet): the unique index stops the second, which then runs again and sees the first.
 */
export async function modifySubscriber(pool: Pool, key: Key, change: Change) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await modifyOnce(pool, key, change);
    } catch (error) {
      const unique = error instanceof Error && Reflect.get(error, 'code') === UNIQUE_VIOLATION;
      if (!unique) throw error;
      if (attempt >= 2) throw addressTaken();
    }
  }
}

export async function listSubscribers(
  db: Queryable,
  query: SubscriberQuery,
): Promise<{ items: Subscriber[]; total: number }> {
  if (holdsNul(query.search)) return { items: [], total: 0 };
  const where: string[] = [];
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  if (query.type !== undefined) where.push(`type = ${param(query.type)}`);
  if (query.state !== undefined) where.push(`state = ${param(query.state)}`);
  if (holdsNul(query.componentId)) where.push('cardinality(components) = 0');
  else if (query.componentId !== undefined)
    where.push(`(cardinality(components) = 0 OR ${param(query.componentId)} = ANY (components))`);
  const search = query.search?.trim().toLowerCase();
  if (search)
    where.push(`strpos(lower(coalesce(email, '') || ' ' || coalesce(url, '')), ${param(search)}) > 0`);
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const { rows: counted } = await db.query<{ total: string }>(
    `SELECT count(*) AS total FROM status_subscribers ${filter}`,
    values,
  );
  const limit = param(Math.max(0, Math.floor(query.limit)));
  const offset = param(Math.max(0, Math.floor(query.offset ?? 0)));
  const { rows } = await db.query<{ record: unknown }>(
    `SELECT record FROM status_subscribers ${filter} ORDER BY created_at DESC, id LIMIT ${limit} OFFSET ${offset}`,
    values,
  );
  return { items: rows.map((r) => toSubscriber(r.record)), total: Number(counted[0]?.total ?? 0) };
}

export async function countSubscribers(db: Queryable): Promise<SubscriberCounts> {
  const counts: SubscriberCounts = {
    total: 0,
    byState: { pending: 0, confirmed: 0, disabled: 0 },
    byType: { email: 0, webhook: 0 },
    byComponent: {},
    all: 0,
  };
  const { rows } = await db.query<{ state: Subscriber['state']; type: Subscriber['type']; n: string }>(
    'SELECT state, type, count(*) AS n FROM status_subscribers GROUP BY state, type',
  );
  for (const row of rows) {
    const n = Number(row.n);
    counts.total += n;
    counts.byState[row.state] += n;
    counts.byType[row.type] += n;
  }
  const { rows: byComponent } = await db.query<{ component: string | null; n: string }>(
    `SELECT c AS component, count(*) AS n
       FROM status_subscribers LEFT JOIN LATERAL unnest(components) AS c ON true
      WHERE state = 'confirmed' GROUP BY c`,
  );
  for (const row of byComponent) {
    if (row.component === null) counts.all = Number(row.n);
    else counts.byComponent[row.component] = Number(row.n);
  }
  return counts;
}

/** Every subscriber, by id: for the export. */
export async function allSubscribers(db: Queryable): Promise<Subscriber[]> {
  const { rows } = await db.query<{ record: unknown }>('SELECT record FROM status_subscribers ORDER BY id');
  return rows.map((r) => toSubscriber(r.record));
}
