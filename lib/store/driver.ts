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
}
