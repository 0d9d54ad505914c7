import { z } from 'zod';

/** How the PostgreSQL store connects; every value but the URL has a default that suits a small cluster. */
export interface PgSettings {
  url: string;
  /** Connections per process (each instance runs two processes: the front server and the renderer). */
  poolMax: number;
  /** How long to wait for a connection before a write answers 503. */
  connectTimeoutMs: number;
  /** How often the revision is checked besides LISTEN/NOTIFY, so a missed notification costs at most this. */
  pollMs: number;
  /** How long a write waits for another instance's write to finish before it answers 503. */
  lockTimeoutMs: number;
}

const int = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const text = v?.trim();
      if (!text) return fallback;
      const n = Number(text);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `expected a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

const envSchema = z.object({
  STATUS_DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined)
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), 'expected postgres://user@host:port/db'),
  STATUS_DATABASE_POOL_MAX: int(10, 2, 100),
  STATUS_DATABASE_CONNECT_TIMEOUT_MS: int(3_000, 100, 60_000),
  STATUS_DATABASE_POLL_MS: int(500, 50, 60_000),
  STATUS_DATABASE_LOCK_TIMEOUT_MS: int(10_000, 100, 120_000),
});

/** The PostgreSQL settings from the environment, or null when STATUS_DATABASE_URL is not set (the file store). */
export function pgSettingsFromEnv(env: Record<string, string | undefined>): PgSettings | null {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${String(issue?.path[0] ?? 'STATUS_DATABASE_*')}: ${issue?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  if (!e.STATUS_DATABASE_URL) return null;
  return {
    url: e.STATUS_DATABASE_URL,
    poolMax: e.STATUS_DATABASE_POOL_MAX,
    connectTimeoutMs: e.STATUS_DATABASE_CONNECT_TIMEOUT_MS,
    pollMs: e.STATUS_DATABASE_POLL_MS,
    lockTimeoutMs: e.STATUS_DATABASE_LOCK_TIMEOUT_MS,
  };
}

/** `host:port/database` for messages and logs: never the user name or password. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgresql://${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'postgresql (unparsable STATUS_DATABASE_URL)';
  }
}
