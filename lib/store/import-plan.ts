import { DomainError } from '@/lib/core/errors';
import { toAuditEntries } from '@/lib/store/audit-log';
import type { ImportOptions, StoreExport } from '@/lib/store/driver';

/**
 * What an import writes. Into an empty store: the export as it is, so export → import → export gives the same
 * bytes. Over an existing document (only with `replace`): the revision moves past the current one, so caches
 * and If-Match never mistake the restored page for an older one, and the audit log records the replacement.
 */
export function planImport(
  data: StoreExport,
  currentRevision: number | null,
  options: ImportOptions,
): StoreExport {
  if (currentRevision === null) return data;
  if (!options.replace) {
    throw new DomainError(
      'conflict',
      `The store already holds a page (revision ${currentRevision}); nothing was imported. Import with --replace to overwrite it.`,
      { currentRevision },
    );
  }
  const revision = Math.max(data.document.revision, currentRevision + 1);
  const entry = {
    action: 'store.import',
    target: 'store',
    before: { revision: currentRevision },
    after: { revision, importedRevision: data.document.revision },
  };
  return {
    ...data,
    document: { ...data.document, revision },
    audit: [...data.audit, ...toAuditEntries([entry], options.actor, options.now, revision)],
  };
}
