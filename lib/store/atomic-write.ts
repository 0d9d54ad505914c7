import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A temporary name next to `target`, so the final rename never crosses a file system. */
export function tempPathFor(target: string): string {
  return `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

/** Remove the temporary files `tempPathFor` made for `baseNames` in `dir` whose writer's pid `isLeftover`. */
export function sweepTempFiles(dir: string, baseNames: string[], isLeftover: (pid: number) => boolean): void {
  const patterns = baseNames.map(
    (name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.[0-9a-f]+\\.tmp$`),
  );
  for (const name of readdirSync(dir)) {
    const pid = patterns.map((pattern) => pattern.exec(name)?.[1]).find((match) => match !== undefined);
    if (pid !== undefined && isLeftover(Number(pid))) removeQuietly(join(dir, name));
  }
}

export function writeAll(fd: number, data: Buffer): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}

/** Flush a directory entry (a rename) to disk; some platforms cannot open a directory, which is harmless there. */
export function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!isErrno(error, 'EINVAL', 'EPERM', 'EISDIR', 'EBADF')) throw error;
  } finally {
    closeSync(fd);
  }
}

/**
 * Replace `target` with `data` so that a reader or a crash sees either the old or the new bytes, never a mix:
 * write a temporary file in the same folder, fsync it, rename it over the target, fsync the folder.
 * Owner-only (0600): the store holds password and token hashes.
 */
export function writeFileAtomic(
  target: string,
  data: string | Buffer,
  options: { syncDir?: boolean } = {},
): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = tempPathFor(target);
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeAll(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
  if (options.syncDir !== false) fsyncDir(dirname(target));
}

export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or never created.
  }
}

export function isErrno(error: unknown, ...codes: string[]): boolean {
  return (
    error instanceof Error && 'code' in error && typeof error.code === 'string' && codes.includes(error.code)
  );
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
