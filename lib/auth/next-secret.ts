import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '@/lib/store';

let cached: { dir: string; secret: string } | null = null;

/**
 * The session signing secret: STATUS_SESSION_SECRET, or one generated on first use into `<data dir>/session-secret`
 * (mode 0600, never served). Touches the file system only because lib/store has no secret helper yet. The file is
 * written aside and hard-linked into place, so two processes starting together agree on one complete secret.
 */
export function sessionSecret(): string {
  const fromEnv = process.env.STATUS_SESSION_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const dir = dataDir();
  if (cached?.dir === dir) return cached.secret;
  const file = join(dir, 'session-secret');
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, randomBytes(48).toString('base64url'), { mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temp);
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret; delete it to generate a new one.`);
  cached = { dir, secret };
  return secret;
}
