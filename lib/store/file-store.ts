import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { auditLines, readAuditTail, toAuditEntries } from '@/lib/store/audit-log';
import { errorText, sweepTempFiles, writeFileAtomic } from '@/lib/store/atomic-write';
import {
  assertRevision,
  readDocumentFile,
  serializeDocument,
  statKey,
  type DocumentRead,
} from '@/lib/store/document-file';
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
import { exportFiles, importFiles } from '@/lib/store/file-transfer';
import { acquireLock, type FileLock } from '@/lib/store/lock';
import { MemoryFailureLog } from '@/lib/store/memory-failure-log';
import { FileNotificationStore } from '@/lib/store/file-notifications';
import { commitPendingEvents } from '@/lib/store/pending-events';
import { applyChange, pendingOf } from '@/lib/store/apply-change';
import { appendJournal } from '@/lib/store/journal';
import { isProcessAlive } from '@/lib/store/pid';
import { ReadCache } from '@/lib/store/read-cache';
import { storeDocumentSchema, type StoreDocument } from '@/lib/store/schema';
import { readOrCreateSecret } from '@/lib/store/secret-file';
import { seedDocument } from '@/lib/store/seed';
import { storeStep, unavailable } from '@/lib/store/store-errors';

export interface FileStoreOptions {
  /** Wall-clock milliseconds, for lock ages and the store's own audit entries. */
  clock?: () => number;
  lockTimeoutMs?: number;
  lockStaleMs?: number;
}

const FILE = 'status.json';
const SYSTEM: Actor = { kind: 'system', id: 'store', name: 'system' };

/** The embedded driver: one JSON document in `dir`, cached by file identity, written atomically under a file lock. */
class FileStore implements StoreDriver {
  readonly dir: string;
  readonly file: string;
  readonly backupFile: string;
  readonly lockFile: string;
  readonly auditFile: string;
  readonly notifications: FileNotificationStore;
  private readonly clock: () => number;
  private readonly lockTimeoutMs: number;
  private readonly lockStaleMs: number;
  private readonly reads: ReadCache;
  private queue: Promise<unknown> = Promise.resolve();
  private swept = false;
  private readonly secrets = new Map<string, string>();
  private readonly jobs = new Map<string, number>();
  /** One machine's store: sign-in failures are counted in each process. */
  readonly signInFailures = new MemoryFailureLog();

  constructor(dir: string, options: FileStoreOptions = {}) {
    this.dir = resolve(dir);
    this.file = join(this.dir, FILE);
    this.backupFile = `${this.file}.bak`;
    this.lockFile = `${this.file}.lock`;
    this.auditFile = join(this.dir, 'audit.log');
    this.reads = new ReadCache(this.file, this.backupFile);
    this.clock = options.clock ?? Date.now;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 10_000;
    this.lockStaleMs = options.lockStaleMs ?? 10_000;
    this.notifications = new FileNotificationStore(this.dir, {
      clock: this.clock,
      lockTimeoutMs: this.lockTimeoutMs,
      lockStaleMs: this.lockStaleMs,
      loadDocument: async () => (await this.load()).doc,
    });
  }

  async load(): Promise<StoreSnapshot> {
    const cached = this.reads.get(statKey(this.file));
    if (cached) return cached;
    const read = readDocumentFile(this.file);
    if (read.kind !== 'missing') return this.reads.remember(read);
    try {
      return await this.exclusive(() => this.createIfMissing());
    } catch (error) {
      return this.reads.reject(null, `the file is missing and could not be created: ${errorText(error)}`);
    }
  }

  update<T>(fn: (draft: StoreDocument) => T, options: UpdateOptions<T>): Promise<UpdateResult<T>> {
    return this.exclusive(async () => {
      const lock = await this.lock();
      try {
        return this.updateLocked(fn, options, lock);
      } finally {
        lock.release();
      }
    });
  }

  async audit(entries: AuditInput[], actor: Actor, now: Date, revision: number): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    appendJournal(this.auditFile, auditLines(toAuditEntries(entries, actor, now, revision)));
  }

  async readAudit(limit: number): Promise<AuditEntry[]> {
    return readAuditTail(this.auditFile, limit);
  }

  version(): string {
    return statKey(this.file) ?? 'missing';
  }

  async sync(): Promise<string> {
    return this.version();
  }

  async health(): Promise<StoreHealth> {
    const { problem } = await this.load();
    return problem ? { ok: false, reason: `${problem.file}: ${problem.problem}` } : { ok: true };
  }

  async secret(name: string): Promise<string> {
    let value = this.secrets.get(name);
    if (value === undefined) {
      value = storeStep(join(this.dir, name), 'reading the secret', () => readOrCreateSecret(this.dir, name));
      this.secrets.set(name, value);
    }
    return value;
  }

  /** In this process only: each process of a file store has its own failure log and nothing else to share. */
  async runJob(name: string, everyMs: number, now: Date, job: () => Promise<void>): Promise<boolean> {
    const last = this.jobs.get(name);
    if (last !== undefined && (last < 0 || now.getTime() - last < everyMs)) return false;
    this.jobs.set(name, -1);
    try {
      await job();
    } finally {
      this.jobs.set(name, now.getTime());
    }
    return true;
  }

  exportAll(): Promise<StoreExport> {
    return this.exclusive(async () => {
      const lock = await this.lock();
      try {
        // The cursor before the outbox: an event accepted in between is exported twice, harmlessly, never lost.
        const files = exportFiles(this, this.notifications.acceptedSeq());
        return { ...files, notifications: await this.notifications.exportData() };
      } finally {
        lock.release();
      }
    });
  }

  importAll(data: StoreExport, options: ImportOptions): Promise<void> {
    return this.exclusive(async () => {
      const lock = await this.lock();
      try {
        storeStep(this.file, 'importing', () => importFiles(this, data, options));
        await this.notifications.importData(data.notifications);
        this.secrets.clear();
      } finally {
        lock.release();
      }
    });
  }

  async close(): Promise<void> {
    await this.queue;
  }

  private updateLocked<T>(
    fn: (draft: StoreDocument) => T,
    options: UpdateOptions<T>,
    lock: FileLock,
  ): UpdateResult<T> {
    const current = storeStep(this.file, 'reading', () => this.readUnderLock(lock));
    assertRevision(current.doc.revision, options.expectedRevision);
    const { next, result } = applyChange(current.doc, fn, (draft) => {
      draft.revision = current.doc.revision + 1;
      draft.updatedAt = options.now.toISOString();
      draft.pendingEvents = commitPendingEvents(
        pendingOf(draft),
        draft.revision,
        this.notifications.acceptedSeq(),
      );
    });
    const inputs = options.audit?.(result, next) ?? [];
    const lines = auditLines(toAuditEntries([inputs].flat(), options.actor, options.now, next.revision));
    if (!lock.held()) {
      throw unavailable({ file: this.lockFile, problem: 'the lock was taken over by another process' });
    }
    // One folder fsync, after the main rename, makes both renames durable.
    storeStep(this.backupFile, 'writing', () =>
      writeFileAtomic(this.backupFile, current.raw, { syncDir: false }),
    );
    storeStep(this.file, 'writing', () => writeFileAtomic(this.file, serializeDocument(next)));
    this.appendAuditAfterCommit(lines);
    return { doc: this.reads.accept(statKey(this.file), next).doc, result };
  }

  /** The document as it is on disk now; the in-memory copy may be stale by another process's write. */
  private readUnderLock(lock: FileLock): Extract<DocumentRead, { kind: 'ok' }> {
    if (lock.brokeStale || !this.swept) {
      // Only lock holders write temporary files, so any whose writer is gone was left by a crash.
      sweepTempFiles(this.dir, [FILE, `${FILE}.bak`], (pid) => pid === process.pid || !isProcessAlive(pid));
      this.swept = true;
    }
    const read = readDocumentFile(this.file);
    const found = read.kind === 'missing' ? this.writeSeed() : read;
    if (found.kind === 'bad') throw unavailable(this.reads.reject(found.key, found.problem).problem);
    return found;
  }

  private async createIfMissing(): Promise<StoreSnapshot> {
    const lock = await this.lock();
    try {
      const read = readDocumentFile(this.file);
      return this.reads.remember(read.kind === 'missing' ? this.writeSeed() : read);
    } finally {
      lock.release();
    }
  }

  /** Call with the lock held and the file missing. */
  private writeSeed(): Extract<DocumentRead, { kind: 'ok' }> {
    if (existsSync(this.backupFile)) {
      console.warn(
        `[store] ${this.file} is missing although ${this.backupFile} exists; starting again from the seed.`,
      );
    }
    const seed = storeDocumentSchema.parse(seedDocument());
    const raw = Buffer.from(serializeDocument(seed), 'utf8');
    writeFileAtomic(this.file, raw);
    const now = new Date(this.clock());
    this.appendAuditAfterCommit(
      auditLines(toAuditEntries([{ action: 'store.create', target: this.file }], SYSTEM, now, seed.revision)),
    );
    return { kind: 'ok', key: statKey(this.file) ?? 'missing', raw, doc: seed };
  }

  private appendAuditAfterCommit(lines: string[]): void {
    try {
      appendJournal(this.auditFile, lines);
    } catch (error) {
      // The document is already committed; failing now would invite a retry that applies the change twice.
      console.error(
        `[store] could not append to ${this.auditFile}: ${errorText(error)}. Lost entries:\n${lines.join('\n')}`,
      );
    }
  }

  private lock(): Promise<FileLock> {
    storeStep(this.dir, 'creating the data folder', () => mkdirSync(this.dir, { recursive: true }));
    return acquireLock(this.lockFile, {
      timeoutMs: this.lockTimeoutMs,
      staleMs: this.lockStaleMs,
      clock: this.clock,
    });
  }

  /** Writers in this process queue here, so only writers in other processes wait on the lock file. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

export function createFileStore(dir: string, options?: FileStoreOptions): FileStore {
  return new FileStore(dir, options);
}
