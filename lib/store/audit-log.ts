import { closeSync, fstatSync, fsyncSync, openSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { fsyncDir, isErrno, writeAll } from '@/lib/store/atomic-write';
import type { Actor, AuditEntry, AuditInput } from '@/lib/store/driver';

export const auditEntrySchema = z.object({
  at: z.string(),
  actor: z.string(),
  actorKind: z.enum(['staff', 'token', 'cli', 'system']),
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
    action,
    target,
    before,
    after,
    revision,
  }));
}

/** One JSON line per entry. Serialise before writing anything, so an unserialisable entry fails early. */
export function serializeAudit(entries: AuditEntry[]): string {
  return entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}

/** Append lines and fsync. A line cut short by a crash is closed first so it cannot swallow the next entry. */
export function appendAuditLines(path: string, lines: string): void {
  if (lines === '') return;
  const fd = openSync(path, 'a+', 0o600);
  let created = false;
  try {
    const size = fstatSync(fd).size;
    created = size === 0;
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = '\n';
    }
    writeAll(fd, Buffer.from(prefix + lines, 'utf8'));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (created) fsyncDir(dirname(path));
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
