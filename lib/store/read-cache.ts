import { deepFreeze, readDocumentFile, type DocumentRead } from '@/lib/store/document-file';
import type { StoreProblem, StoreSnapshot } from '@/lib/store/driver';
import { storeDocumentSchema, type StoreDocument } from '@/lib/store/schema';
import { seedDocument } from '@/lib/store/seed';

type Found = Exclude<DocumentRead, { kind: 'missing' }>;

/**
 * What reads see: the parsed document keyed by the file's identity, and, while the file is bad,
 * the newest good copy available (in memory, else the backup, else the seed) with the problem.
 */
export class ReadCache {
  private entry: { key: string; snapshot: StoreSnapshot } | null = null;
  private lastGood: StoreDocument | null = null;
  private loggedProblem: string | null = null;

  constructor(
    private readonly file: string,
    private readonly backupFile: string,
  ) {}

  /** The cached snapshot when `key` is still the file's identity. */
  get(key: string | null): StoreSnapshot | null {
    return key !== null && this.entry?.key === key ? this.entry.snapshot : null;
  }

  remember(found: Found): StoreSnapshot {
    return found.kind === 'ok' ? this.accept(found.key, found.doc) : this.reject(found.key, found.problem);
  }

  accept(key: string | null, doc: StoreDocument): StoreSnapshot {
    const snapshot: StoreSnapshot = { doc: deepFreeze(doc), problem: null };
    this.lastGood = snapshot.doc;
    this.entry = key === null ? null : { key, snapshot };
    if (this.loggedProblem !== null) console.info(`[store] ${this.file} is readable again.`);
    this.loggedProblem = null;
    return snapshot;
  }

  /** Never touches the bad file; logs each distinct problem once. */
  reject(key: string | null, text: string): StoreSnapshot & { problem: StoreProblem } {
    const problem = { file: this.file, problem: text };
    if (this.loggedProblem !== text) {
      console.error(
        `[store] ${this.file} cannot be used: ${text}. Serving the last good copy; writes are refused.`,
      );
      this.loggedProblem = text;
    }
    const snapshot = { doc: this.fallback(), problem };
    this.entry = key === null ? null : { key, snapshot };
    return snapshot;
  }

  private fallback(): StoreDocument {
    const backup = readDocumentFile(this.backupFile);
    const fromBackup = backup.kind === 'ok' ? backup.doc : null;
    const newest =
      fromBackup && (!this.lastGood || fromBackup.revision > this.lastGood.revision)
        ? fromBackup
        : this.lastGood;
    return deepFreeze(newest ?? storeDocumentSchema.parse(seedDocument()));
  }
}
