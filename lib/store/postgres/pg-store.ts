import pg from 'pg';
import { toAuditEntries } from '@/lib/store/audit-log';
import { checkDocument, deepFreeze } from '@/lib/store/document-file';
import type {
  Actor,
  AuditEntry,
  AuditInput,
  ImportOptions,
  StoreDriver,
  StoreExport,
  StoreHealth,
  StoreSnapshot,
  UpdateOptions,
  UpdateResult,
} from '@/lib/store/driver';
import { migrate } from '@/lib/store/postgres/migrations';
import {
  databaseBusy,
  databaseUnavailable,
  documentDamaged,
  errorLine,
  isLockTimeout,
  isUnreachable,
  isUnstorableText,
  unstorableText,
} from '@/lib/store/postgres/pg-errors';
import { PgFailureLog, pruneFailures } from '@/lib/store/postgres/pg-failure-log';
import { runJobOnce } from '@/lib/store/postgres/pg-jobs';
import { describeDatabase, type PgSettings } from '@/lib/store/postgres/pg-settings';
import {
  insertAudit,
  isNewer,
  readAuditNewest,
  readHead,
  readOrCreateSecret,
  sameHead,
  transaction,
  type DocumentHead,
  type Queryable,
} from '@/lib/store/postgres/pg-sql';
import {
  commitWrite,
  readDocumentRow,
  type DocumentRow,
  type HeldDocument,
} from '@/lib/store/postgres/pg-document';
import { splitDocument } from '@/lib/store/postgres/pg-document-parts';
import { exportDatabase, importDatabase, newGeneration } from '@/lib/store/postgres/pg-transfer';
import { RevisionWatch } from '@/lib/store/postgres/pg-watch';
import { PgHealth } from '@/lib/store/postgres/pg-health';
import { PgNotificationStore } from '@/lib/store/postgres/pg-notifications';
import { WriteBatches } from '@/lib/store/write-batches';
import {
  applyBatch,
  MAX_BATCH,
  type PageWrite,
  type QueuedPageWrite,
} from '@/lib/store/postgres/pg-page-writes';
import { storeDocumentSchema, type StoreDocument } from '@/lib/store/schema';
import { seedDocument } from '@/lib/store/seed';

export interface PgStoreOptions {
  /** Wall-clock milliseconds, for the store's own audit entries and background jobs. */
  clock?: () => number;
}

const SYSTEM: Actor = { kind: 'system', id: 'store', name: 'system' };
const PRUNE_EVERY_MS = 60_000;
/** How long a read waits for this process's write in flight, whose page it will then hold. */
const LOAD_WAITS_FOR_WRITE_MS = 100;
/**
 * The shared driver: the document as one row whose revision a trigger only lets move forward, with its
 * incidents and maintenances one row each (pg-document-parts.ts), written in one transaction with its audit
 * entries and a NOTIFY. Each process keeps the last good document; reads check the revision (one small query)
 * and fetch the page row and the items changed since the held copy only when it changed.
 */
export class PgStore implements StoreDriver {
  readonly database: string;
  readonly signInFailures: PgFailureLog;
  /** Subscribers, the outbox, leases and rate limits, in their own tables. */
  readonly notifications: PgNotificationStore;
  private readonly pool: pg.Pool;
  private readonly clock: () => number;
  private readonly health_: PgHealth;
  /** The last good page, and whether its incidents and maintenances all have their rows as it has them. */
  private good: (HeldDocument & { rows: boolean }) | null = null;
  private bad: { head: DocumentHead; problem: string } | null = null;
  /** The newest head heard of (reads, writes, notifications): what version() reports. */
  private known: DocumentHead | null = null;
  private migrated: Promise<void> | null = null;
  private loading: Promise<StoreSnapshot> | null = null;
  private watch: RevisionWatch | null = null;
  private readonly writes = new WriteBatches<PageWrite<unknown>, UpdateResult<unknown>>(
    (batch) => this.guard(() => this.writeBatch(batch)),
    MAX_BATCH,
  );
  private pruner: NodeJS.Timeout | null = null;
  private readonly secrets = new Map<string, string>();

  constructor(
    private readonly settings: PgSettings,
    options: PgStoreOptions = {},
  ) {
    this.database = describeDatabase(settings.url);
    this.clock = options.clock ?? Date.now;
    this.pool = new pg.Pool({
      connectionString: settings.url,
      max: settings.poolMax,
      connectionTimeoutMillis: settings.connectTimeoutMs,
      idleTimeoutMillis: 10_000,
      keepAlive: true,
      application_name: 'superoffice-status',
      allowExitOnIdle: true,
    });
    this.health_ = new PgHealth(this.database, () => this.pool.query('SELECT 1'));
    // An idle connection the server closed (a restart, a failover): the next query would fail too.
    this.pool.on('error', (error) => this.health_.failed(error));
    const withPool = <T>(work: (pool: pg.Pool) => Promise<T>) =>
      this.guard(async () => {
        await this.ready();
        return work(this.pool);
      });
    this.signInFailures = new PgFailureLog(withPool, () => this.schedulePrune());
    this.notifications = new PgNotificationStore(withPool);
  }

  /** The page: the held copy when the database has no newer one; reads at the same moment share one query. */
  load(): Promise<StoreSnapshot> {
    this.loading ??= this.loadNow().finally(() => (this.loading = null));
    return this.loading;
  }

  private async loadNow(): Promise<StoreSnapshot> {
    if (this.health_.down) return this.fallback();
    try {
      await this.ready();
      // A write of this process being committed: its page is ours in a moment, without fetching it. Not
      // longer than a moment: a write waiting for another instance's lock must not hold up the reads.
      await this.writes.batchDone(LOAD_WAITS_FOR_WRITE_MS);
      const row =
        (await readDocumentRow(this.pool, this.bodyHead, this.good, false)) ?? (await this.createSeed());
      return this.remember(row);
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      this.health_.failed(error);
      return this.fallback();
    }
  }

  update<T>(fn: (draft: StoreDocument) => T, options: UpdateOptions<T>): Promise<UpdateResult<T>> {
    const write: PageWrite<T> = { fn, options };
    return this.writes.add(write as PageWrite<unknown>) as Promise<UpdateResult<T>>;
  }

  audit(entries: AuditInput[], actor: Actor, now: Date, revision: number): Promise<void> {
    return this.guard(() => insertAudit(this.pool, toAuditEntries(entries, actor, now, revision)));
  }

  readAudit(limit: number): Promise<AuditEntry[]> {
    if (!(limit > 0)) return Promise.resolve([]);
    return this.guard(() => readAuditNewest(this.pool, Math.floor(limit)));
  }

  version(): string {
    if (!this.watch) this.startWatch();
    return this.known ? `pg:${this.known.generation}:${this.known.revision}` : 'pg:none';
  }

  async sync(): Promise<string> {
    if (this.health_.down) return this.version();
    try {
      const head = await readHead(this.pool);
      if (head) this.saw(head);
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      this.health_.failed(error);
    }
    return this.version();
  }

  async health(): Promise<StoreHealth> {
    if (this.health_.down) return { ok: false, reason: this.health_.reason() };
    const { problem } = await this.load().catch((error: unknown) => ({
      problem: { file: this.database, problem: errorLine(error) },
    }));
    if (this.health_.down) return { ok: false, reason: this.health_.reason() };
    return problem ? { ok: false, reason: `${problem.file}: ${problem.problem}` } : { ok: true };
  }

  secret(name: string): Promise<string> {
    const cached = this.secrets.get(name);
    if (cached !== undefined) return Promise.resolve(cached);
    return this.guard(async () => {
      await this.ready();
      const value = await readOrCreateSecret(this.pool, name);
      this.secrets.set(name, value);
      return value;
    });
  }

  runJob(name: string, everyMs: number, now: Date, job: () => Promise<void>): Promise<boolean> {
    return this.guard(async () => {
      await this.ready();
      return runJobOnce(this.pool, name, everyMs, now, job);
    });
  }

  exportAll(): Promise<StoreExport> {
    return this.guard(async () => {
      await this.ready();
      return exportDatabase(this.pool);
    });
  }

  importAll(data: StoreExport, options: ImportOptions): Promise<void> {
    return this.guard(async () => {
      await this.ready();
      await importDatabase(this.pool, data, options);
      this.secrets.clear();
      await this.sync();
    });
  }

  async close(): Promise<void> {
    if (this.pruner) clearInterval(this.pruner);
    this.health_.stop();
    await this.watch?.stop();
    await this.writes.idle();
    await this.pool.end();
  }

  /** Migrations once per process, retried after a failure (the database may come up later). */
  private ready(): Promise<void> {
    this.migrated ??= migrate(this.pool).catch((error: unknown) => {
      this.migrated = null;
      throw error;
    });
    return this.migrated;
  }

  /** Runs database work; an unreachable database becomes a 503 that says so, and starts the recovery checks. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    if (this.health_.down) throw databaseUnavailable(this.database, this.health_.problem());
    try {
      return await work();
    } catch (error) {
      if (isLockTimeout(error)) throw databaseBusy(this.database, this.settings.lockTimeoutMs);
      if (isUnstorableText(error)) throw unstorableText();
      if (!isUnreachable(error)) throw error;
      this.health_.failed(error);
      throw databaseUnavailable(this.database, errorLine(error));
    }
  }

  /**
   * The writes that queued in this process, in one transaction: each is applied to the page its predecessor
   * left, with its own revision, time, audit entries and events, exactly as if it ran alone; one that is
   * refused (a conflict, an invalid change) is answered at once and leaves the others be. The row is locked,
   * read and written once for all of them, and a failed commit fails them all: nothing is half-applied.
   */
  private async writeBatch(batch: QueuedPageWrite[]): Promise<void> {
    await this.ready();
    const begin = `BEGIN; SET LOCAL lock_timeout = ${Math.floor(this.settings.lockTimeoutMs)}`;
    const outcome = await transaction(
      this.pool,
      async (client) => {
        let row =
          (await readDocumentRow(client, this.bodyHead, this.good, true)) ?? (await this.createSeed(client));
        // The held copy moved on while the row was being locked: read the body of the locked row itself.
        if (row.body === undefined && !sameHead(row.head, this.bodyHead)) {
          row = (await readDocumentRow(client, null, this.good, true)) ?? row;
        }
        const base = this.currentOf(row);
        const { doc, applied, events, audit } = applyBatch(base, batch);
        if (applied.length === 0) return null;
        const head = { generation: row.head.generation, revision: doc.revision };
        // Only the items the batch changed are sent, when every item of its base has its row.
        const rowsKept = this.good?.rows ?? false;
        const parts = splitDocument(doc, rowsKept ? base : null);
        // The writes' new events go to status_events in this transaction; the page row keeps none.
        await commitWrite(client, {
          revision: doc.revision,
          parts,
          audit,
          events,
          head,
          replaceItems: !rowsKept,
        });
        return { head, doc, applied, rows: parts.rows };
      },
      begin,
    );
    if (!outcome) return;
    this.good = { head: outcome.head, doc: outcome.doc, rows: outcome.rows };
    this.bad = null;
    this.saw(outcome.head);
    for (const { write, answer } of outcome.applied) write.resolve(answer);
  }

  /** The document a write starts from; a damaged one is never written over. */
  private currentOf(row: DocumentRow): StoreDocument {
    const snapshot = this.remember(row);
    if (snapshot.problem) throw documentDamaged(this.database, snapshot.problem.problem);
    return snapshot.doc;
  }

  /**
   * Validates a newly read body. A row without a body is the one this process already holds (or older than a
   * copy it got meanwhile); a row older than the held copy never replaces it.
   */
  private remember(row: DocumentRow): StoreSnapshot {
    this.saw(row.head);
    const held = this.bad?.head ?? this.good?.head ?? null;
    if (this.bad && sameHead(this.bad.head, row.head)) return this.damaged(this.bad.problem);
    if (this.good && (row.body === undefined || (held && !isNewer(row.head, held)))) {
      return this.bad ? this.damaged(this.bad.problem) : { doc: this.good.doc, problem: null };
    }
    const checked = checkDocument(row.body, this.good?.doc);
    let problem = checked.ok ? null : checked.problem;
    if (checked.ok && checked.doc.revision !== row.head.revision) {
      problem = `the document says revision ${checked.doc.revision} but its row says ${row.head.revision}`;
    }
    if (checked.ok && problem === null) {
      this.good = { head: row.head, doc: deepFreeze(checked.doc), rows: row.rows };
      if (this.bad) console.info(`[store] ${this.database}: the stored page is valid again.`);
      this.bad = null;
      return { doc: this.good.doc, problem: null };
    }
    const text = problem ?? 'invalid';
    if (this.bad?.problem !== text) {
      console.error(
        `[store] ${this.database}: the stored page cannot be used: ${text}. Serving the last good copy; writes are refused.`,
      );
    }
    this.bad = { head: row.head, problem: text };
    return this.damaged(text);
  }

  /** The head whose body this process holds: the database sends the body only when its row differs. */
  private get bodyHead(): DocumentHead | null {
    return this.bad?.head ?? this.good?.head ?? null;
  }

  private damaged(problem: string): StoreSnapshot {
    if (!this.good) throw documentDamaged(this.database, problem);
    return { doc: this.good.doc, problem: { file: this.database, problem } };
  }

  /** While the database cannot be reached: the last good copy, or a 503 when this process never read one. */
  private fallback(): StoreSnapshot {
    if (!this.good) throw databaseUnavailable(this.database, this.health_.problem());
    return {
      doc: this.good.doc,
      problem: { file: this.database, problem: `the database does not answer (${this.health_.problem()})` },
    };
  }

  /** The first use of an empty database: the seed at revision 1 and its audit entry, in one transaction. */
  private async createSeed(client?: Queryable): Promise<DocumentRow> {
    const seed = storeDocumentSchema.parse(seedDocument());
    const head = { generation: newGeneration(), revision: seed.revision };
    const insert = async (db: Queryable) => {
      const { rowCount } = await db.query(
        'INSERT INTO status_document (generation, revision, body) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
        [head.generation, head.revision, JSON.stringify(seed)],
      );
      if (rowCount === 1) {
        const entry = { action: 'store.create', target: this.database };
        await insertAudit(db, toAuditEntries([entry], SYSTEM, new Date(this.clock()), seed.revision));
      }
      return readDocumentRow(db, null, null, client !== undefined);
    };
    const row = client ? await insert(client) : await transaction(this.pool, insert);
    if (!row) throw new Error('the store row vanished while it was created');
    return row;
  }

  /** Keeps the newest head heard of; version() reports it. */
  private saw(head: DocumentHead): void {
    if (isNewer(head, this.known)) this.known = head;
  }

  private startWatch(): void {
    this.watch = new RevisionWatch({
      url: this.settings.url,
      pollMs: this.settings.pollMs,
      connectTimeoutMs: this.settings.connectTimeoutMs,
      readHead: () => (this.health_.down ? Promise.resolve(null) : readHead(this.pool)),
      onHead: (head) => this.saw(head),
      log: (message) => console.info(`[store] ${this.database}: ${message}`),
    });
    this.watch.start();
  }

  private schedulePrune(): void {
    if (this.pruner) return;
    const prune = () =>
      this.runJob('prune-sign-in-failures', PRUNE_EVERY_MS, new Date(this.clock()), async () => {
        await pruneFailures(this.pool, this.clock());
      }).catch(() => undefined);
    this.pruner = setInterval(prune, PRUNE_EVERY_MS);
    this.pruner.unref();
  }
}
