import { z } from 'zod';
import { auditEntrySchema } from '@/lib/store/audit-log';
import { describeIssues } from '@/lib/store/document-file';
import type { StoreExport } from '@/lib/store/driver';
import { notificationsExportSchema } from '@/lib/store/notification-export';
import { storeDocumentSchema } from '@/lib/store/schema';

/**
 * The whole store as one JSON file: backup, restore, and moving between the file store and PostgreSQL.
 * The audit log is oldest first; secrets (the session signing key) travel too, so sessions survive a move.
 */
const storeExportSchema: z.ZodType<StoreExport> = z.object({
  format: z.literal('superoffice-status-store'),
  formatVersion: z.literal(1),
  document: storeDocumentSchema,
  audit: z.array(auditEntrySchema),
  secrets: z.record(z.string().min(1).max(100), z.string().min(32)),
  notifications: notificationsExportSchema.optional(),
});

export function exportOf(
  document: StoreExport['document'],
  audit: StoreExport['audit'],
  secrets: StoreExport['secrets'],
  notifications: StoreExport['notifications'],
): StoreExport {
  return { format: 'superoffice-status-store', formatVersion: 1, document, audit, secrets, notifications };
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortedKeys(Reflect.get(value, key));
  return out;
}

/** Keys sorted at every level, two-space indent, one final newline: the same store always gives the same bytes. */
export function serializeExport(data: StoreExport): string {
  return `${JSON.stringify(sortedKeys(data), null, 2)}\n`;
}

/** Parses and validates an export file; the message names the first problem and where it is. */
export function parseExport(text: string): StoreExport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = storeExportSchema.safeParse(value);
  if (!parsed.success) throw new Error(`not a store export: ${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}
