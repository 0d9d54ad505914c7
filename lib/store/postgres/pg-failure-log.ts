import type { Pool } from 'pg';
import type { FailureLog } from '@/lib/store/driver';

type WithPool = <T>(work: (pool: Pool) => Promise<T>) => Promise<T>;

const iso = (ms: number) => new Date(ms).toISOString();

/** Sign-in failures in the database, so every instance counts the same ones. */
export class PgFailureLog implements FailureLog {
  constructor(
    private readonly withPool: WithPool,
    /** Called after each write, so the store can schedule the clean-up job. */
    private readonly onAdd: () => void,
  ) {}

  recent(keys: readonly string[], sinceMs: number): Promise<Map<string, number[]>> {
    return this.withPool(async (pool) => {
      const { rows } = await pool.query<{ key: string; ms: string }>(
        `SELECT key, (extract(epoch FROM at) * 1000)::bigint AS ms FROM status_sign_in_failures
          WHERE key = ANY($1) AND at >= $2 ORDER BY at`,
        [keys, iso(sinceMs)],
      );
      const out = new Map<string, number[]>();
      for (const row of rows) out.set(row.key, [...(out.get(row.key) ?? []), Number(row.ms)]);
      return out;
    });
  }

  async add(keys: readonly string[], atMs: number, expiresAtMs: number): Promise<void> {
    await this.withPool((pool) =>
      pool.query(
        'INSERT INTO status_sign_in_failures (key, at, expires_at) SELECT unnest($1::text[]), $2, $3',
        [keys, iso(atMs), iso(expiresAtMs)],
      ),
    );
    this.onAdd();
  }

  async clear(key: string): Promise<void> {
    await this.withPool((pool) => pool.query('DELETE FROM status_sign_in_failures WHERE key = $1', [key]));
  }
}

/** Removes what no throttle will look at again; run as a background job, once across instances. */
export async function pruneFailures(pool: Pool, nowMs: number): Promise<number> {
  const { rowCount } = await pool.query('DELETE FROM status_sign_in_failures WHERE expires_at <= $1', [
    iso(nowMs),
  ]);
  return rowCount ?? 0;
}
