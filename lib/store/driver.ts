import type {
  ClaimedDelivery,
  Delivery,
  DeliveryCounts,
  DeliveryOutcome,
  DeliveryQuery,
  NotificationEvent,
  RateLimitDecision,
  Subscriber,
  SubscriberCounts,
  SubscriberQuery,
} from '@/lib/store/notification-schema';
import type { NotificationsExport } from '@/lib/store/notification-export';
import type { StoreDocument } from '@/lib/store/schema';

/** Who did something: a signed-in staff member, an API token, the CLI or the system. */
export interface Actor {
  kind: 'staff' | 'token' | 'cli' | 'system';
  id: string;
  /** What the audit log shows: the staff member's email or the token's name. */
  name: string;
  /** The client address the request came from, when it came over HTTP. */
  address?: string;
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
  /** The client address of the request that made the change, when known. */
  address?: string;
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
  /** Subscribers and the accepted outbox; an export without them (an older one) leaves a store's as they are. */
  notifications?: NotificationsExport;
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
 *
 * Notification events: `fn` may append to `draft.pendingEvents`; they commit with the change (same file write,
 * same transaction). On commit the driver stamps each new event's `seq` (increasing in commit order) and leaves
 * out the events the outbox has accepted (`notifications.acceptEvent`), so the list stays short and accepting
 * an event never writes the document (nor changes its revision). PostgreSQL moves them to its events table in
 * the write's transaction instead, so its documents keep none.
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
  /** Everything the store holds (document, audit log, secrets, subscribers and outbox), as one snapshot. */
  exportAll(): Promise<StoreExport>;
  /** Loads an export; refused when the store already holds a document unless `replace` is set. */
  importAll(data: StoreExport, options: ImportOptions): Promise<void>;
  /** Ends connections and timers so a command-line process can exit. */
  close(): Promise<void>;
  /** Subscribers, the notification outbox, the dispatcher's lease and the subscription rate limits. */
  readonly notifications: NotificationStore;
}

/**
 * The notification collections, kept apart from the page document so that ten thousand subscribers never make a
 * page write slower. Every method is atomic on its own; none needs the document lock. Times are passed in.
 * A table-per-collection implementation maps naturally: subscribers (unique email among email subscribers),
 * events, deliveries (primary key id, unique (event_id, subscriber_id)), leases, rate-limit hits.
 */
export interface NotificationStore {
  // Subscribers
  getSubscriber(id: string): Promise<Subscriber | null>;
  /** The email subscriber with this address (as stored: trimmed, domain lower-cased), or null. */
  findEmailSubscriber(email: string): Promise<Subscriber | null>;
  /**
   * Read-modify-write of one subscriber, found by id or by email, atomically (row lock / file lock): `change` gets
   * the current record (null when there is none) and returns the new one, null to delete it, or undefined to leave
   * it. Returns the record before and after. Throws DomainError `conflict` when the result would give an email
   * address to two subscribers. `change` must be synchronous and free of side effects: it may be run again.
   */
  modifySubscriber(
    key: { id: string } | { email: string },
    change: (current: Subscriber | null) => Subscriber | null | undefined,
  ): Promise<{ before: Subscriber | null; after: Subscriber | null }>;
  /** Newest first; `total` counts every match. */
  listSubscribers(query: SubscriberQuery): Promise<{ items: Subscriber[]; total: number }>;
  countSubscribers(): Promise<SubscriberCounts>;

  // Outbox
  /** The document's pending events that the outbox has not accepted yet, in commit (`seq`) order. */
  pendingEvents(): Promise<NotificationEvent[]>;
  /** Whether an event with this id was ever accepted (kept as long as its deliveries are; 30 days at least). */
  hasEvent(id: string): Promise<boolean>;
  /**
   * Records `event` and, in the same transaction, one `queued` delivery due at `now` for every subscriber in its
   * audience at this moment (`isInAudience`); marks the event accepted, so `pendingEvents` no longer returns it
   * and the next document write drops it. Idempotent by event id: accepting it again adds nothing
   * (`duplicate: true`). Events made outside a write (`seq` null: time-driven ones, one-subscriber messages)
   * are accepted the same way.
   */
  acceptEvent(event: NotificationEvent, now: Date): Promise<{ deliveries: number; duplicate: boolean }>;
  /**
   * Claims up to `limit` deliveries that are due at `now` (queued or retrying with nextAttemptAt ≤ now, or sending
   * with a claim that ran out), oldest due first: each becomes `sending`, attempts + 1, nextAttemptAt = now +
   * claimMs. A claimed delivery is not returned to anyone else until its claim runs out (SKIP LOCKED semantics),
   * so a process killed mid-send leaves its deliveries to be retried, and none is lost.
   */
  claimDeliveries(now: Date, limit: number, claimMs: number): Promise<ClaimedDelivery[]>;
  /** Stores the outcomes of attempts (one write for the lot). An outcome for an unknown id is ignored. */
  recordOutcomes(outcomes: readonly DeliveryOutcome[], now: Date): Promise<void>;
  /** The earliest nextAttemptAt among deliveries not yet final, or null when there are none. */
  nextDueAt(): Promise<Date | null>;
  /** Newest first (by updatedAt). Old sent mail may be summarised away; failures and webhooks are kept. */
  listDeliveries(query: DeliveryQuery): Promise<Delivery[]>;
  /** Deliveries by state (sent, failed and skipped over the retention period). */
  countDeliveries(): Promise<DeliveryCounts>;
  /** Forgets finished events (and their deliveries) whose last delivery ended before `before`. */
  purge(before: Date): Promise<void>;

  // Coordination
  /**
   * Takes or renews the lease `name` for `holder` until now + ttlMs; true when `holder` has it. Refused while
   * another holder's lease runs. One dispatcher at a time across processes and instances.
   */
  acquireLease(name: string, holder: string, ttlMs: number, now: Date): Promise<boolean>;
  /** Gives the lease up if `holder` has it. */
  releaseLease(name: string, holder: string): Promise<void>;
  /**
   * Counts one hit against every bucket, atomically, unless one of them already has `limit` hits within
   * `windowMs` before `now`: then nothing is counted and the answer says when the oldest counted hit expires.
   * Keys are opaque (callers hash addresses); state is shared by every process and instance.
   */
  consumeRateLimit(
    buckets: readonly { key: string; limit: number }[],
    windowMs: number,
    now: Date,
  ): Promise<RateLimitDecision>;
}

export type { Delivery, NotificationEvent, Subscriber };
