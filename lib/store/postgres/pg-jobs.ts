import type { Pool } from 'pg';
import { transaction } from '@/lib/store/postgres/pg-sql';

/**
 * A job runs where it can take its row in status_jobs (FOR UPDATE SKIP LOCKED: a busy row means another
 * instance is running it) and only when it last ran `everyMs` ago or more. The row stays locked while the
 * job runs and the time is recorded in the same transaction, so a failed job is tried again next period.
 */
export async function runJobOnce(
  pool: Pool,
  name: string,
  everyMs: number,
  now: Date,
  job: () => Promise<void>,
): Promise<boolean> {
  await pool.query('INSERT INTO status_jobs (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
  return transaction(pool, async (client) => {
    const { rows } = await client.query<{ due: boolean }>(
      `SELECT last_run_at IS NULL OR last_run_at <= $2::timestamptz - make_interval(secs => $3 / 1000.0) AS due
         FROM status_jobs WHERE name = $1 FOR UPDATE SKIP LOCKED`,
      [name, now.toISOString(), everyMs],
    );
    if (!rows[0]?.due) return false;
    await job();
    await client.query('UPDATE status_jobs SET last_run_at = $2 WHERE name = $1', [name, now.toISOString()]);
    return true;
  });
}
