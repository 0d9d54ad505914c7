import type { Pool } from 'pg';
import { NOTIFICATION_TABLES } from '@/lib/store/postgres/pg-notification-tables';
import { transaction } from '@/lib/store/postgres/pg-sql';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/**
 * The database schema as numbered steps, applied in order at start-up and recorded in status_migrations.
 * Never edit a released step: add the next number.
 */
export const migrations: readonly Migration[] = [
  {
    id: 1,
    name: 'store document, audit log and secrets',
    sql: `
      CREATE TABLE status_document (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        -- Changes when an import replaces the store, so caches never mistake one store's revision for another's.
        generation text NOT NULL,
        revision bigint NOT NULL CHECK (revision >= 0),
        -- json keeps the text as written, so a reader can tell unchanged items from changed ones cheaply.
        body json NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE FUNCTION status_document_forward() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.revision <= OLD.revision THEN
          RAISE EXCEPTION 'the store revision only moves forward (from % to %)', OLD.revision, NEW.revision
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER status_document_forward BEFORE UPDATE ON status_document
        FOR EACH ROW EXECUTE FUNCTION status_document_forward();
      CREATE TABLE status_audit (
        id bigserial PRIMARY KEY,
        at text NOT NULL,
        actor text NOT NULL,
        actor_kind text NOT NULL,
        action text NOT NULL,
        target text NOT NULL,
        before jsonb,
        after jsonb,
        revision bigint NOT NULL
      );
      CREATE TABLE status_secrets (
        name text PRIMARY KEY,
        value text NOT NULL CHECK (length(value) >= 32),
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    id: 2,
    name: 'sign-in failures and background jobs',
    sql: `
      CREATE TABLE status_sign_in_failures (
        key text NOT NULL,
        at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX status_sign_in_failures_key ON status_sign_in_failures (key, at);
      CREATE INDEX status_sign_in_failures_expiry ON status_sign_in_failures (expires_at);
      CREATE TABLE status_jobs (
        name text PRIMARY KEY,
        last_run_at timestamptz
      );
    `,
  },
  {
    id: 3,
    name: 'subscribers, notification outbox, leases and rate limits',
    sql: NOTIFICATION_TABLES,
  },
  {
    id: 4,
    name: 'the client address of an audited change',
    sql: `ALTER TABLE status_audit ADD COLUMN address text;`,
  },
  {
    id: 5,
    name: 'incidents and maintenances one row each',
    sql: `
      -- The page row lists their ids; a row's revision is that of the write that last changed it, so a reader
      -- fetches what changed since the page it holds. Pages stored before keep their lists inline until the
      -- next write moves them here.
      CREATE TABLE status_items (
        kind text NOT NULL,
        id text NOT NULL,
        revision bigint NOT NULL,
        body json NOT NULL,
        PRIMARY KEY (kind, id)
      );
      CREATE INDEX status_items_revision ON status_items (revision);
    `,
  },
];

/** Any fixed number, the same in every instance: holders of this advisory lock migrate one at a time. */
const MIGRATION_LOCK = 7_305_113_001;

/** Applies the missing steps in one transaction under an advisory lock, so instances starting together agree. */
export function migrate(pool: Pool): Promise<void> {
  return transaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS status_migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ id: number | null }>('SELECT max(id) AS id FROM status_migrations');
    const applied = rows[0]?.id ?? 0;
    const latest = migrations.at(-1)?.id ?? 0;
    if (applied > latest) {
      throw new Error(
        `The database was migrated by a newer version of the status page (step ${applied}; this version knows ${latest}). Run the newer version.`,
      );
    }
    for (const step of migrations.filter((m) => m.id > applied)) {
      await client.query(step.sql);
      await client.query('INSERT INTO status_migrations (id, name) VALUES ($1, $2)', [step.id, step.name]);
    }
  });
}
