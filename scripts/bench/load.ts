/**
 * The load generator of the benchmark: wrk (Debian's package, installed when missing and we are root), else
 * autocannon from npm. Both report requests/s, p50, p99 and errors in the same shape.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);
let tool: LoadTool | null = null;

export type LoadTool = 'wrk' | 'autocannon';

export interface LoadOptions {
  connections: number;
  seconds: number;
  encoding: string;
}

export interface LoadResult {
  rps: number;
  p50: number | null;
  p99: number | null;
  errors: number;
}

export function ensureLoadTool(): LoadTool {
  if (tool) return tool;
  if (existsSync('/usr/bin/wrk')) return (tool = 'wrk');
  if (process.getuid?.() === 0) {
    console.error('Installing wrk (Debian package) for the load…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const ok = (args: string[]) =>
      spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
    if (ok(['install', '-y', 'wrk']) || (ok(['update']) && ok(['install', '-y', 'wrk']))) {
      if (existsSync('/usr/bin/wrk')) return (tool = 'wrk');
    }
  }
  return (tool = 'autocannon');
}

function toMs(value: string): number | null {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60_000;
}

async function wrk(url: string, { connections, seconds, encoding }: LoadOptions): Promise<LoadResult> {
  const args = [
    '-t2',
    `-c${connections}`,
    `-d${seconds}s`,
    '--latency',
    '-H',
    `Accept-Encoding: ${encoding}`,
    url,
  ];
  const { stdout } = await run('wrk', args, { maxBuffer: 1 << 20 });
  const pct = (p: number) => {
    const m = new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm').exec(stdout);
    return m?.[1] ? toMs(m[1]) : null;
  };
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
  const socketErrors = socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? 0),
    p50: pct(50),
    p99: pct(99),
    errors: non2xx + socketErrors,
  };
}

async function autocannon(url: string, { connections, seconds, encoding }: LoadOptions): Promise<LoadResult> {
  const { default: ac } = await import('autocannon');
  const result = await ac({ url, connections, duration: seconds, headers: { 'accept-encoding': encoding } });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Load on one URL for `seconds`, with the tool this machine has. */
export function loadRun(url: string, options: LoadOptions): Promise<LoadResult> {
  return ensureLoadTool() === 'wrk' ? wrk(url, options) : autocannon(url, options);
}
