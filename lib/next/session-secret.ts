import { dataDir } from '@/lib/store';
import { readOrCreateSecret } from '@/lib/store/secret-file';

let cached: { dir: string; secret: string } | null = null;

/** The session signing secret: STATUS_SESSION_SECRET, or one generated on first use into `<data dir>/session-secret`. */
export function sessionSecret(): string {
  const fromEnv = process.env.STATUS_SESSION_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const dir = dataDir();
  if (cached?.dir !== dir) cached = { dir, secret: readOrCreateSecret(dir, 'session-secret') };
  return cached.secret;
}
