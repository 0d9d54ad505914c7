import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '@/lib/store/atomic-write';

/**
 * Mail that would have gone out over SMTP when none is configured: one `.eml` file per message in
 * `<data dir>/outbox/`, so a fresh install shows what subscribers would receive. Returns the file's path.
 */
export function writeMailFile(dataDir: string, name: string, raw: string): string {
  if (!/^[A-Za-z0-9._-]{1,120}\.eml$/.test(name)) throw new RangeError(`Not a mail file name: ${name}`);
  const dir = join(dataDir, 'outbox');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileAtomic(path, raw, { syncDir: false });
  return path;
}
