import { existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readAuditTail, serializeAudit } from '@/lib/store/audit-log';
import { writeFileAtomic } from '@/lib/store/atomic-write';
import { readDocumentFile, serializeDocument } from '@/lib/store/document-file';
import type { ImportOptions, StoreExport } from '@/lib/store/driver';
import { planImport } from '@/lib/store/import-plan';
import { exportOf } from '@/lib/store/store-export';
import { unavailable } from '@/lib/store/store-errors';

export interface StorePaths {
  dir: string;
  file: string;
  backupFile: string;
  auditFile: string;
}

/** Secrets are files named `*-secret` in the data folder (the session signing key). */
function secretNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('-secret') && statSync(join(dir, name)).isFile())
    .sort();
}

/** Call with the store lock held. Pending events the outbox accepted (seq ≤ `acceptedSeq`) are left out. */
export function exportFiles(paths: StorePaths, acceptedSeq: number): StoreExport {
  const read = readDocumentFile(paths.file);
  if (read.kind === 'missing')
    throw unavailable({ file: paths.file, problem: 'there is no store to export' });
  if (read.kind === 'bad') throw unavailable({ file: paths.file, problem: read.problem });
  const audit = readAuditTail(paths.auditFile, Number.MAX_SAFE_INTEGER).reverse();
  const secrets: Record<string, string> = {};
  for (const name of secretNames(paths.dir))
    secrets[name] = readFileSync(join(paths.dir, name), 'utf8').trim();
  const pending = read.doc.pendingEvents?.filter((e) => e.seq === null || e.seq > acceptedSeq);
  const document = pending ? { ...read.doc, pendingEvents: pending } : read.doc;
  return exportOf(document, audit, secrets, undefined);
}

/**
 * Call with the store lock held. Replacing keeps the previous document as the backup, or, when it was damaged,
 * aside as `status.json.replaced`, so a mistaken import can be undone by hand.
 */
export function importFiles(paths: StorePaths, data: StoreExport, options: ImportOptions): void {
  const read = readDocumentFile(paths.file);
  const currentRevision = read.kind === 'ok' ? read.doc.revision : read.kind === 'bad' ? 0 : null;
  const plan = planImport(data, currentRevision, options);
  if (read.kind === 'ok') writeFileAtomic(paths.backupFile, read.raw, { syncDir: false });
  if (read.kind === 'bad') renameSync(paths.file, `${paths.file}.replaced`);
  for (const [name, value] of Object.entries(plan.secrets)) writeFileAtomic(join(paths.dir, name), value);
  writeFileAtomic(paths.auditFile, serializeAudit(plan.audit));
  writeFileAtomic(paths.file, serializeDocument(plan.document));
}
