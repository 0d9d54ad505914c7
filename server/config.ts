import { availableParallelism } from 'node:os';

/** The front process's settings, from the environment (read once per process). */
export interface ServerConfig {
  port: number;
  host: string;
  /** Front workers on the one port: `STATUS_WORKERS`, else one per core. */
  workers: number;
  /** `STATUS_TRUSTED_PROXIES`: addresses or CIDRs whose X-Forwarded-For is believed. */
  trustedProxies: string;
  /** `STATUS_SNAPSHOT_DIR`: where the static copy of the public surface is kept up to date, if anywhere. */
  snapshotDir: string | null;
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.STATUS_HOST ?? '0.0.0.0',
    workers: Math.min(64, positiveInt(env.STATUS_WORKERS, availableParallelism())),
    trustedProxies: env.STATUS_TRUSTED_PROXIES ?? '',
    snapshotDir: env.STATUS_SNAPSHOT_DIR?.trim() || null,
  };
}

/** The address this machine reaches its own listener on. */
export function loopbackFor(host: string): string {
  return host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;
}
