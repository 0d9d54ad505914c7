import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { checkDocument } from '@/lib/store/document-file';
import type { ImportOptions, StoreExport } from '@/lib/store/driver';
import { planImport } from '@/lib/store/import-plan';
import {
  insertAudit,
  notifyChange,
  readAuditAll,
  transaction,
  type Queryable,
} from '@/lib/store/postgres/pg-sql';
import { clearItems, readDocumentRow } from '@/lib/store/postgres/pg-document';
import { exportNotifications, importNotifications } from '@/lib/store/postgres/pg-notification-transfer';
import { exportOf } from '@/lib/store/store-export';

export const newGeneration = () => randomBytes(8).toString('hex');

async function readSecrets(db: Queryable): Promise<Record<string, string>> {
  const { rows } = await db.query<{ name: string; value: string }>(
    'SELECT name, value FROM status_secrets ORDER BY name',
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.value]));
}

/** One snapshot of the document, the audit log, the secrets, subscribers and outbox, while writers carry on. */
export function exportDatabase(pool: Pool): Promise<StoreExport> {
  return transaction(
    pool,
    async (client) => {
      const row = await readDocumentRow(client, null, null, false);
      if (!row) throw new Error('There is no store to export: the database holds no page yet.');
      const checked = checkDocument(row.body);
      if (!checked.ok) throw new Error(`The stored page cannot be exported: ${checked.problem}`);
      const { notifications, pending } = await exportNotifications(client);
      const document = pending.length > 0 ? { ...checked.doc, pendingEvents: pending } : checked.doc;
      return exportOf(document, await readAuditAll(client), await readSecrets(client), notifications);
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}

/** Replaces document, audit log, secrets, subscribers and outbox in one transaction; a new generation tells every instance. */
export function importDatabase(pool: Pool, data: StoreExport, options: ImportOptions): Promise<string> {
  return transaction(pool, async (client) => {
    await client.query('LOCK TABLE status_document IN EXCLUSIVE MODE');
    const { rows } = await client.query<{ revision: string }>('SELECT revision FROM status_document');
    const current = rows[0] ? Number(rows[0].revision) : null;
    const plan = planImport(data, current, options);
    const generation = newGeneration();
    // Pending events go to status_events; the page row keeps none (an empty list when the export had one).
    const { pendingEvents, ...rest } = plan.document;
    const body = JSON.stringify(pendingEvents ? { ...rest, pendingEvents: [] } : rest);
    if (current === null) {
      await client.query('INSERT INTO status_document (generation, revision, body) VALUES ($1, $2, $3)', [
        generation,
        plan.document.revision,
        body,
      ]);
    } else {
      await client.query(
        'UPDATE status_document SET generation = $1, revision = $2, body = $3, updated_at = now()',
        [generation, plan.document.revision, body],
      );
    }
    // The page row holds its lists inline; the next write gives its items their rows again.
    await clearItems(client);
    await client.query('DELETE FROM status_audit');
    await insertAudit(client, plan.audit);
    for (const [name, value] of Object.entries(plan.secrets)) {
      await client.query(
        'INSERT INTO status_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = $2',
        [name, value],
      );
    }
    await importNotifications(client, plan.notifications, pendingEvents ?? [], options.now);
    await notifyChange(client, { generation, revision: plan.document.revision });
    return generation;
  });
}
