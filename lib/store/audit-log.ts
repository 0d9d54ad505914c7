import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { z } from 'zod';
import { isErrno } from '@/lib/store/atomic-write';
import type { Actor, AuditEntry, AuditInput } from '@/lib/store/driver';

export const auditEntrySchema = z.object({
  at: z.string(),
  actor: z.string(),
  actorKind: z.enum(['staff', 'token', 'cli', 'system']),
  address: z.string().optional(),
  action: z.string(),
  target: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  revision: z.number().int(),
});

export function toAuditEntries(
  inputs: AuditInput[],
  actor: Actor,
  now: Date,
  revision: number,
): AuditEntry[] {
  const at = now.toISOString();
  return inputs.map(({ action, target, before, after }) => ({
    at,
    actor: actor.name,
    actorKind: actor.kind,
    ...(actor.address ? { address: actor.address } : {}),
    action,
    target,
    before,
    after,
    revision,
  }));
}

/** One JSON line per entry (without its newline). Serialise before writing, so a bad entry fails early. */
export function auditLines(entries: AuditEntry[]): string[] {
  return entries.map((entry) => JSON.stringify(entry));
}

/** The whole file's text for these entries, one line each. */
export function serializeAudit(entries: AuditEntry[]): string {
  return auditLines(entries)
    .map((line) => `${line}\n`)
    .join('');
}

const CHUNK = 64 * 1024;

/** The newest `limit` valid entries, newest first; reads from the end of the file and skips broken lines. */
export function readAuditTail(path: string, limit: number): AuditEntry[] {
  if (!(limit > 0)) return [];
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
  try {
    let position = fstatSync(fd).size;
    let tail = Buffer.alloc(0);
    for (;;) {
      const length = Math.min(Math.max(CHUNK, tail.length), position);
      const chunk = Buffer.alloc(length);
      position -= length;
      readSync(fd, chunk, 0, length, position);
      tail = Buffer.concat([chunk, tail]);
      const lines = tail.toString('utf8').split('\n');
      // The first line may start mid-entry unless we reached the start of the file.
      if (position > 0) lines.shift();
      const entries = parseNewestFirst(lines, limit);
      if (entries.length >= limit || position === 0) return entries;
    }
  } finally {
    closeSync(fd);
  }
}

function parseNewestFirst(lines: string[], limit: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = lines.length - 1; i >= 0 && entries.length < limit; i--) {
    const entry = parseLine(lines[i] ?? '');
    if (entry) entries.push(entry);
  }
  return entries;
}

function parseLine(line: string): AuditEntry | null {
  if (line.trim() === '') return null;
  try {
    const parsed = auditEntrySchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
