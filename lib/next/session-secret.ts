import { getStore } from '@/lib/store';

/**
 * The session signing secret: STATUS_SESSION_SECRET, or one the store makes on first use and keeps
 * (`<data dir>/session-secret`, or a row in PostgreSQL shared by every instance).
 */
export async function sessionSecret(): Promise<string> {
  const fromEnv = process.env.STATUS_SESSION_SECRET?.trim();
  if (fromEnv) return fromEnv;
  return getStore().secret('session-secret');
}
