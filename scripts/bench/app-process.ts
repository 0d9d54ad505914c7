/** The production server as the benchmark runs it: built if needed, started on a fresh store, measured by /proc. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = join(import.meta.dirname, '..', '..');
const benchEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const distDir = process.env.NEXT_DIST_DIR || '.next';

export function log(...args: unknown[]): void {
  console.error(...args);
}

export function ensureBuild(): void {
  if (existsSync(join(root, distDir, 'BUILD_ID')) && existsSync(join(root, distDir, 'front', 'main.mjs')))
    return;
  log('No production build; building…');
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    env: benchEnv,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(1);
}

export async function waitFor(url: string, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

export interface AppProcess {
  child: ChildProcess;
  base: string;
  dataDir: string;
  stop: () => void;
}

/** Starts `npm start`'s server on `port` over a new data folder and waits until it answers. */
export async function startApp(port: number, env: Record<string, string> = {}): Promise<AppProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...benchEnv, PORT: String(port), STATUS_HOST: '127.0.0.1', STATUS_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/v2/status.json`);
  return { child, base, dataDir, stop: () => child.kill('SIGTERM') };
}

function ownRss(pid: number | string): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and its children (the server and Next, its renderer). */
export function rssOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  let children: string[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    /* no children listed */
  }
  return [pid, ...children].reduce<number>((sum, p) => sum + ownRss(p), 0);
}

export const fmt = (n: number | null | undefined, digits = 0): string =>
  n === null || n === undefined
    ? '—'
    : Number(n).toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
