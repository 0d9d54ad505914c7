import { closeSync, fstatSync, fsyncSync, openSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import { fsyncDir, isErrno, writeAll } from '@/lib/store/atomic-write';

/**
 * Append-only JSON-lines files: each change is one line, written by one write() and fsynced; readers follow a file
 * by byte offset and apply only complete lines. A line cut short by a crash is closed off by the next writer and
 * then skipped as unreadable, so it can never swallow the line after it.
 */

/** Appends `lines` (each without its newline) and fsyncs; creates the file (0600) when missing. */
export function appendJournal(path: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
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
    writeAll(fd, Buffer.from(`${prefix}${lines.join('\n')}\n`, 'utf8'));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (created) fsyncDir(dirname(path));
}

/** Where a follower stands in a file: the file's identity and the offset after the last complete line read. */
export interface JournalPosition {
  ino: number;
  offset: number;
}

export type JournalRead =
  | { kind: 'missing' }
  /** `reset`: the file was replaced (compacted) or shrank; `lines` then start from its beginning. */
  | { kind: 'lines'; lines: string[]; position: JournalPosition; reset: boolean };

/** The complete lines after `from` (all of them when the file is another one now). */
export function readJournal(path: string, from: JournalPosition | null): JournalRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return { kind: 'missing' };
    throw error;
  }
  try {
    const stats = fstatSync(fd);
    const reset = from === null || from.ino !== stats.ino || from.offset > stats.size;
    const start = reset ? 0 : from.offset;
    if (stats.size === start)
      return { kind: 'lines', lines: [], position: { ino: stats.ino, offset: start }, reset };
    const buffer = Buffer.alloc(stats.size - start);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, start + read);
      if (n === 0) break;
      read += n;
    }
    const end = buffer.lastIndexOf(0x0a, read - 1);
    if (end < 0) return { kind: 'lines', lines: [], position: { ino: stats.ino, offset: start }, reset };
    const lines = buffer.toString('utf8', 0, end).split('\n');
    return { kind: 'lines', lines, position: { ino: stats.ino, offset: start + end + 1 }, reset };
  } finally {
    closeSync(fd);
  }
}

/** JSON.parse that answers undefined instead of throwing (a torn or foreign line). */
export function parseLine(line: string): unknown {
  if (line.trim() === '') return undefined;
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}
