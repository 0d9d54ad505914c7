import type { AuditEntry } from '@/lib/store/driver';
import type { NotificationEvent } from '@/lib/store/notification-schema';
import { queueEventsFromJson } from '@/lib/store/postgres/pg-deliveries';
import { assembleDocument, itemKey, type DocumentParts } from '@/lib/store/postgres/pg-document-parts';
import {
  AUDIT_FROM_JSON,
  CHANGE_CHANNEL,
  type DocumentHead,
  type Queryable,
} from '@/lib/store/postgres/pg-sql';
import type { StoreDocument } from '@/lib/store/schema';

/** A page a process holds, complete: the items a reader does not fetch again are taken from it. */
export interface HeldDocument {
  head: DocumentHead;
  doc: StoreDocument;
}

export interface DocumentRow {
  head: DocumentHead;
  /**
   * The stored page as read, assembled from its row and its items' rows and not yet validated; undefined when
   * it is the page `known` already names (not sent again).
   */
  body: unknown;
  /** Every split list's items are in rows as the page has them: a write may send only what it changes. */
  rows: boolean;
}

/** A stored body as JSON; text that is not JSON is passed on for validation to report. */
function parsedBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * The page row, and the item rows written since `held` (all of them when it is another generation), in one
 * statement so that both come from one snapshot. Nothing but the head when the row is the page `known` names.
 * `lock` takes the row for a write.
 */
export async function readDocumentRow(
  db: Queryable,
  known: DocumentHead | null,
  held: HeldDocument | null,
  lock: boolean,
): Promise<DocumentRow | null> {
  const since = held?.head ?? null;
  const same = 'generation = $1 AND revision = $2';
  const { rows } = await db.query<{
    generation: string;
    revision: string;
    body: string | null;
    items: string | null;
  }>(
    `SELECT generation, revision,
            CASE WHEN ${same} THEN NULL ELSE body::text END AS body,
            CASE WHEN ${same} THEN NULL ELSE (
              SELECT coalesce(json_agg(json_build_array(i.kind, i.id, i.body)), '[]')::text
                FROM status_items i
               WHERE i.revision > CASE WHEN status_document.generation = $3 THEN $4 ELSE -1 END
            ) END AS items
       FROM status_document${lock ? ' FOR UPDATE' : ''}`,
    [known?.generation ?? '', known?.revision ?? -1, since?.generation ?? '', since?.revision ?? -1],
  );
  const row = rows[0];
  if (!row) return null;
  const head = { generation: row.generation, revision: Number(row.revision) };
  if (row.body === null) return { head, body: undefined, rows: true };
  const fetched = new Map<string, unknown>();
  for (const [list, id, item] of JSON.parse(row.items ?? '[]') as [string, string, unknown][]) {
    fetched.set(itemKey(list, id), item);
  }
  const fillIn = held && since?.generation === head.generation ? held.doc : null;
  const assembled = assembleDocument(parsedBody(row.body), fetched, fillIn);
  // An item neither read nor held: read the whole page again rather than trust the held copy.
  if (assembled.missing > 0 && held) return readDocumentRow(db, null, null, lock);
  return { head, body: assembled.value, rows: assembled.rows };
}

/** Removes every item row: the page row that replaces them (an import) holds its lists inline. */
export async function clearItems(db: Queryable): Promise<void> {
  await db.query('DELETE FROM status_items');
}

/** What one transaction of writes stores. */
export interface DocumentWrite {
  revision: number;
  parts: DocumentParts;
  audit: readonly AuditEntry[];
  /** The writes' new notification events, for the outbox. */
  events: readonly NotificationEvent[];
  /** The head other instances are told of. */
  head: DocumentHead;
  /** Remove every item row first: the write sends them all. */
  replaceItems: boolean;
}

/**
 * A write in one statement (one round trip): the page row, the item rows it changed, its audit entries, its
 * events and the notification.
 */
export async function commitWrite(db: Queryable, write: DocumentWrite): Promise<void> {
  const { revision, parts, head } = write;
  if (write.replaceItems) await clearItems(db);
  await db.query(
    `WITH written AS (UPDATE status_document SET revision = $2, body = $3, updated_at = now()),
          stored AS (
            INSERT INTO status_items (kind, id, revision, body)
            SELECT e->>0, e->>1, $2, e->2 FROM json_array_elements($6::json) AS e
            ON CONFLICT (kind, id) DO UPDATE SET revision = excluded.revision, body = excluded.body
          ),
          dropped AS (
            DELETE FROM status_items s USING json_array_elements($7::json) AS r
             WHERE s.kind = r->>0 AND s.id = r->>1
          ),
          audited AS (${AUDIT_FROM_JSON}),
          queued AS (${queueEventsFromJson('$8')})
     SELECT pg_notify($4, $5)`,
    [
      JSON.stringify(write.audit),
      revision,
      JSON.stringify(parts.skeleton),
      CHANGE_CHANNEL,
      `${head.generation}:${head.revision}`,
      JSON.stringify(parts.upserts),
      JSON.stringify(parts.removed),
      JSON.stringify(write.events),
    ],
  );
}
