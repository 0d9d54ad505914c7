import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A secret kept in the data folder (mode 0600, never served), generated on first use. It is written aside and
 * hard-linked into place, so two processes starting together agree on one complete secret.
 */
export function readOrCreateSecret(dir: string, name: string): string {
  const file = join(dir, name);
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, randomBytes(48).toString('base64url'), { mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (error) {
    if (!(error instanceof Error) || !('code' in error) || error.code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temp);
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret; delete it to generate a new one.`);
  return secret;
}
