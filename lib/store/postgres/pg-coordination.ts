import type { Pool } from 'pg';
import type { RateLimitDecision } from '@/lib/store/notification-schema';
import { transaction, type Queryable } from '@/lib/store/postgres/pg-sql';

/** Leases and rate-limit counters shared by every instance: one row each, changed in one atomic statement. */

/** Takes the lease when it is free, ran out, or is already `holder`'s; the row lock orders racing takers. */
export async function acquireLease(
  db: Queryable,
  name: string,
  holder: string,
  ttlMs: number,
  now: Date,
): Promise<boolean> {
  const { rows } = await db.query(
    `INSERT INTO status_leases (name, holder, expires_at) VALUES ($1, $2, $3)
     ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
      WHERE status_leases.holder = EXCLUDED.holder OR status_leases.expires_at <= $4
     RETURNING holder`,
    [name, holder, new Date(now.getTime() + ttlMs), now],
  );
  return rows.length > 0;
}

export async function releaseLease(db: Queryable, name: string, holder: string): Promise<void> {
  await db.query('DELETE FROM status_leases WHERE name = $1 AND holder = $2', [name, holder]);
}

/**
 * A sliding window per key: the row keeps the times of the hits still inside it. The rows are created if need
 * be and locked in key order (no deadlock between two requests sharing keys), then counted and written together.
 */
export function consumeRateLimit(
  pool: Pool,
  buckets: readonly { key: string; limit: number }[],
  windowMs: number,
  now: Date,
): Promise<RateLimitDecision> {
  const t = now.getTime();
  const keys = [...new Set(buckets.map((b) => b.key))].sort();
  return transaction(pool, async (client) => {
    await client.query(
      `INSERT INTO status_rate_limits (key, hits, expires_at) SELECT unnest($1::text[]), '{}', $2
       ON CONFLICT (key) DO NOTHING`,
      [keys, now],
    );
    const { rows } = await client.query<{ key: string; hits: string[] }>(
      'SELECT key, hits FROM status_rate_limits WHERE key = ANY($1) ORDER BY key COLLATE "C" FOR UPDATE',
      [keys],
    );
    const hits = new Map(rows.map((r) => [r.key, r.hits.map(Number).filter((h) => t - h < windowMs)]));
    let waitMs = 0;
    for (const { key, limit } of buckets) {
      const times = hits.get(key) ?? [];
      if (times.length >= limit) waitMs = Math.max(waitMs, (times[times.length - limit] ?? t) + windowMs - t);
    }
    const allowed = waitMs <= 0;
    if (allowed) {
      for (const { key, limit } of buckets) hits.set(key, [...(hits.get(key) ?? []), t].slice(-limit));
    }
    const update = [...hits].map(([key, times]) => ({
      key,
      hits: times,
      expires: new Date((times.at(-1) ?? t) + windowMs).toISOString(),
    }));
    await client.query(
      `UPDATE status_rate_limits r SET hits = ARRAY(SELECT jsonb_array_elements_text(u.hits)::bigint),
              expires_at = u.expires
         FROM jsonb_to_recordset($1::jsonb) AS u(key text, hits jsonb, expires timestamptz)
        WHERE r.key = u.key`,
      [JSON.stringify(update)],
    );
    return allowed ? { allowed: true } : { allowed: false, retryAfterMs: waitMs };
  });
}

/** Empties the rate-limit and lease tables (an import: counters and leases do not travel). */
export async function clearCoordination(db: Queryable): Promise<void> {
  await db.query('DELETE FROM status_rate_limits');
  await db.query('DELETE FROM status_leases');
}
