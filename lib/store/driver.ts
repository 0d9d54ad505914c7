import type { StoreDocument } from '@/lib/store/schema';

/** Who did something: a signed-in staff member, an API token, the CLI or the system. */
export interface Actor {
  kind: 'staff' | 'token' | 'cli' | 'system';
  id: string;
  /** What the audit log shows: the staff member's email or the token's name. */
  name: string;
}

export interface AuditInput {
  action: string;
  target: string;
  /** Short summaries, not whole documents. */
  before?: unknown;
  after?: unknown;
}

export interface AuditEntry extends AuditInput {
  at: string;
  actor: string;
  actorKind: Actor['kind'];
  revision: number;
}

/** Why the store cannot be written: the file it refused and what is wrong with it. */
export interface StoreProblem {
  file: string;
  problem: string;
}

export interface StoreSnapshot {
  doc: StoreDocument;
  /** Set when the file on disk is unreadable: reads use the last good copy, writes answer 503. */
  problem: StoreProblem | null;
}

export interface UpdateOptions<T> {
  now: Date;
  actor: Actor;
  /** The revision the writer last saw (If-Match); a different current revision is a conflict. */
  expectedRevision?: number;
  /** The audit entry for this write, built from the function's result; omitted means no entry. */
  audit?: (result: T, doc: StoreDocument) => AuditInput | AuditInput[] | null;
}

export interface UpdateResult<T> {
  doc: StoreDocument;
  result: T;
}

/** Whether the store can be read and written now; `reason` says why not, for readiness checks and operators. */
export type StoreHealth = { ok: true } | { ok: false; reason: string };

/**
 * Short-lived timestamps per key (sign-in failures). The file store keeps them in the process; PostgreSQL keeps
 * them in the database, so every instance counts the same failures.
 */
export interface FailureLog {
  /** Epoch ms of each key's entries at or after `sinceMs`, oldest first; keys without entries are absent. */
  recent(keys: readonly string[], sinceMs: number): Promise<Map<string, number[]>>;
  /** Records one entry per key at `atMs`; it may be forgotten after `expiresAtMs`. */
  add(keys: readonly string[], atMs: number, expiresAtMs: number): Promise<void>;
  clear(key: string): Promise<void>;
}

/** The whole store as one file (see lib/store/store-export.ts); the audit log is oldest first. */
export interface StoreExport {
  format: 'superoffice-status-store';
  formatVersion: 1;
  document: StoreDocument;
  audit: AuditEntry[];
  /** Named secrets such as the session signing key, so sessions survive a move. */
  secrets: Record<string, string>;
}

export interface ImportOptions {
  /** Overwrite a store that already holds a document; otherwise such an import is refused. */
  replace: boolean;
  now: Date;
  actor: Actor;
}

/**
 * The one interface the app uses to read and write its data, so a database driver can replace the file.
 * `update` runs `fn` on a private copy of the current document under an exclusive lock; when it returns,
 * the copy is validated, its revision incremented and it replaces the stored one atomically.
 */
export interface StoreDriver {
  load(): Promise<StoreSnapshot>;
  update<T>(fn: (draft: StoreDocument) => T, options: UpdateOptions<T>): Promise<UpdateResult<T>>;
  audit(entries: AuditInput[], actor: Actor, now: Date, revision: number): Promise<void>;
  readAudit(limit: number): Promise<AuditEntry[]>;
  /** A cheap token that changes whenever the stored document changes (for caches in any process). */
  version(): string;
  /** Looks at the store now and returns the version; `version()` may lag a write by another process briefly. */
  sync(): Promise<string>;
  /** Readable and writable now, or why not (the database is down, the file is damaged). */
  health(): Promise<StoreHealth>;
  /** A named secret (the session signing key), made on first use and the same for every process of the store. */
  secret(name: string): Promise<string>;
  readonly signInFailures: FailureLog;
  /**
   * Runs a background job unless another process of this store is running it or it ran less than `everyMs`
   * ago, so a job scheduled on every instance runs once per period. Resolves whether it ran.
   */
  runJob(name: string, everyMs: number, now: Date, job: () => Promise<void>): Promise<boolean>;
  /** Everything the store holds (document, audit log, secrets), read as one consistent snapshot. */
  exportAll(): Promise<StoreExport>;
  /** Loads an export; refused when the store already holds a document unless `replace` is set. */
  importAll(data: StoreExport, options: ImportOptions): Promise<void>;
  /** Ends connections and timers so a command-line process can exit. */
  close(): Promise<void>;
}
