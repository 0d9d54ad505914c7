import { randomBytes } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { AuditEntry } from '@/lib/store/driver';

export type Queryable = Pick<PoolClient, 'query'>;

/**
 * Runs `fn` in one transaction on one connection. Any failure rolls back; a connection that cannot even roll
 * back is closed rather than handed to the next caller.
 */
export async function transaction<T>(
  pool: Pool,
  fn: (client: PoolClient) => Promise<T>,
  begin = 'BEGIN',
): Promise<T> {
  const client = await pool.connect();
  // The pool listens for a dropped connection only while a client is idle. Between two statements of this
  // transaction the server may end it (a shutdown, a restart): its next statement fails and rolls back
  // instead of the error going unheard and ending the process.
  const dropped = () => undefined;
  client.on('error', dropped);
  try {
    await client.query(begin);
    const result = await fn(client);
    await client.query('COMMIT');
    client.off('error', dropped);
    client.release();
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
      client.off('error', dropped);
      client.release();
    } catch {
      client.off('error', dropped);
      client.release(true);
    }
    throw error;
  }
}

/** Which document a process has: a different generation or revision in the database means it must read again. */
export interface DocumentHead {
  generation: string;
  revision: number;
}

export function sameHead(a: DocumentHead | null, b: DocumentHead | null): boolean {
  return a !== null && b !== null && a.generation === b.generation && a.revision === b.revision;
}

/** `b` is newer than `a`: another generation (an import replaced the store) or a higher revision. */
export function isNewer(b: DocumentHead, a: DocumentHead | null): boolean {
  return a === null || b.generation !== a.generation || b.revision > a.revision;
}

export async function readHead(db: Queryable): Promise<DocumentHead | null> {
  const { rows } = await db.query<{ generation: string; revision: string }>(
    'SELECT generation, revision FROM status_document',
  );
  const row = rows[0];
  return row ? { generation: row.generation, revision: Number(row.revision) } : null;
}

/** Inserts the audit entries in `$1` (a JSON array) in order. */
export const AUDIT_FROM_JSON = `INSERT INTO status_audit (at, actor, actor_kind, address, action, target, before, after, revision)
     SELECT e->>'at', e->>'actor', e->>'actorKind', e->>'address', e->>'action', e->>'target', e->'before', e->'after',
            (e->>'revision')::bigint
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(e, n) ORDER BY n`;

/** Inserts the audit entries in order, from one JSON parameter. */
export async function insertAudit(db: Queryable, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.query(AUDIT_FROM_JSON, [JSON.stringify(entries)]);
}

interface AuditRow {
  at: string;
  actor: string;
  actor_kind: AuditEntry['actorKind'];
  address: string | null;
  action: string;
  target: string;
  before: string | null;
  after: string | null;
  revision: string;
}

// As text, so that a stored JSON null stays `null` and a missing value stays missing.
const AUDIT_COLUMNS = 'at, actor, actor_kind, address, action, target, before::text, after::text, revision';

function toEntry(row: AuditRow): AuditEntry {
  // The same key order as the file store's entries.
  const entry: AuditEntry = {
    at: row.at,
    actor: row.actor,
    actorKind: row.actor_kind,
    ...(row.address === null ? {} : { address: row.address }),
    action: row.action,
    target: row.target,
    ...(row.before === null ? {} : { before: JSON.parse(row.before) }),
    ...(row.after === null ? {} : { after: JSON.parse(row.after) }),
    revision: Number(row.revision),
  };
  return entry;
}

/** The newest `limit` entries, newest first. */
export async function readAuditNewest(db: Queryable, limit: number): Promise<AuditEntry[]> {
  const { rows } = await db.query<AuditRow>(
    `SELECT ${AUDIT_COLUMNS} FROM status_audit ORDER BY id DESC LIMIT $1`,
    [limit],
  );
  return rows.map(toEntry);
}

/** The whole log, oldest first. */
export async function readAuditAll(db: Queryable): Promise<AuditEntry[]> {
  const { rows } = await db.query<AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM status_audit ORDER BY id`);
  return rows.map(toEntry);
}

/** Every instance listening on this channel hears `generation:revision` when a write commits. */
export const CHANGE_CHANNEL = 'status_store_changed';

export async function notifyChange(db: Queryable, head: DocumentHead): Promise<void> {
  await db.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, `${head.generation}:${head.revision}`]);
}

export function parseNotice(payload: string | undefined): DocumentHead | null {
  const match = /^([^:]+):(\d+)$/.exec(payload ?? '');
  return match?.[1] && match[2] ? { generation: match[1], revision: Number(match[2]) } : null;
}

/** A named secret, made on first use; instances racing to make it all get the one that was stored. */
export async function readOrCreateSecret(db: Queryable, name: string): Promise<string> {
  const { rows } = await db.query<{ value: string }>(
    `WITH made AS (
       INSERT INTO status_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING value
     )
     SELECT value FROM made UNION ALL SELECT value FROM status_secrets WHERE name = $1`,
    [name, randomBytes(48).toString('base64url')],
  );
  const value = rows[0]?.value;
  if (!value) throw new Error(`the secret ${name} could not be read`);
  return value;
}
