import { closeSync, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import type { z } from 'zod';
import { DomainError } from '@/lib/core/errors';
import { errorText, isErrno } from '@/lib/store/atomic-write';
import { storeDocumentSchema, type StoreDocument } from '@/lib/store/schema';
import { validateChanges } from '@/lib/store/validate-changes';

export type DocumentRead =
  | { kind: 'missing' }
  | { kind: 'ok'; key: string; raw: Buffer; doc: StoreDocument }
  | { kind: 'bad'; key: string | null; problem: string };

/** The file's identity: a rename gives a new inode, an edit in place a new size or mtime. */
function fileKey(stats: Stats): string {
  return `${stats.ino}-${stats.size}-${stats.mtimeMs}`;
}

/** `fileKey` of `path`, or null when it does not exist; other failures give a key no cache matches. */
export function statKey(path: string): string | null {
  try {
    return fileKey(statSync(path));
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    return `unreadable:${errorText(error)}`;
  }
}

/** Read, parse and validate the document; the key comes from the same open file, so it matches the bytes. */
export function readDocumentFile(path: string): DocumentRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return { kind: 'missing' };
    return { kind: 'bad', key: statKey(path), problem: `cannot open the file: ${oneLine(errorText(error))}` };
  }
  try {
    const key = fileKey(fstatSync(fd));
    const raw = readFileSync(fd);
    const parsed = parseDocument(raw);
    return parsed.ok
      ? { kind: 'ok', key, raw, doc: parsed.doc }
      : { kind: 'bad', key, problem: parsed.problem };
  } catch (error) {
    return { kind: 'bad', key: null, problem: `cannot read the file: ${oneLine(errorText(error))}` };
  } finally {
    closeSync(fd);
  }
}

function parseDocument(raw: Buffer): { ok: true; doc: StoreDocument } | { ok: false; problem: string } {
  if (raw.length === 0) return { ok: false, problem: 'the file is empty (0 bytes)' };
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    return { ok: false, problem: `not valid JSON: ${oneLine(errorText(error))}` };
  }
  return checkDocument(value);
}

/** Validates a document read from any driver's storage; with `base`, as validateDraft does. */
export function checkDocument(
  value: unknown,
  base?: StoreDocument,
): { ok: true; doc: StoreDocument } | { ok: false; problem: string } {
  const changed = base ? validateChanges(value, base) : null;
  if (changed) return { ok: true, doc: changed };
  const parsed = storeDocumentSchema.safeParse(value);
  if (parsed.success) return { ok: true, doc: parsed.data };
  return { ok: false, problem: `does not match the store schema: ${describeIssues(parsed.error.issues)}` };
}

export function serializeDocument(doc: StoreDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The first issue with its path, e.g. `components[3].status: Invalid option … (and 2 more issues)`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const [first] = issues;
  if (!first) return 'invalid';
  const more =
    issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
  return `${formatPath(first.path)}: ${oneLine(first.message)}${more}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    text += typeof part === 'number' ? `[${part}]` : `${text === '' ? '' : '.'}${String(part)}`;
  }
  return text === '' ? '(document)' : text;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}

/** Freeze the shared cached copy so a caller that mutates it fails loudly instead of corrupting every reader. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** If-Match: a writer that saw another revision must reload first. */
export function assertRevision(current: number, expected: number | undefined): void {
  if (expected === undefined || expected === current) return;
  throw new DomainError(
    'conflict',
    `The page changed since you loaded it: it is at revision ${current}, you sent ${expected}. Reload and try again.`,
    { currentRevision: current, expectedRevision: expected },
  );
}

/**
 * The whole document must stay valid after a change; nothing is written otherwise. With `base` (the validated
 * document the draft was made from), only the items that changed are parsed again.
 */
export function validateDraft(draft: StoreDocument, base?: StoreDocument): StoreDocument {
  const changed = base ? validateChanges(draft, base) : null;
  if (changed) return changed;
  const parsed = storeDocumentSchema.safeParse(draft);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  throw new DomainError(
    'invalid_request',
    `The change was refused: ${describeIssues(parsed.error.issues)}.`,
    {
      issues,
    },
  );
}
