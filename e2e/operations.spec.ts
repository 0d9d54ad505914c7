import { readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_API_TOKEN } from '../playwright.config';
import { startServer, type ExtraServer } from './support/server';
import { onPostgres } from './support/store';
import { childrenOf, eventually, isAlive, readLoad, rendererPid } from './support/processes';

/** The server survives its renderer: hot paths from memory, the renderer restarted, probes telling the truth. */

const HOT = [
  '/',
  '/embed',
  '/api/v2/summary.json',
  '/api/v2/status.json',
  '/badge.svg',
  '/calendar',
  '/nb/history',
];
let server: ExtraServer;

test.beforeAll(async () => {
  server = await startServer({ portOffset: 61 });
});
test.afterAll(() => server?.stop());

const url = (path: string) => `${server.baseURL}${path}`;

async function warm() {
  for (const path of HOT) expect((await fetch(url(path))).status, path).toBe(200);
}

test('health, readiness and metrics: the probes answer, the metrics need an admin token', async () => {
  const health = await fetch(url('/healthz'));
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  expect((await fetch(url('/readyz'))).status).toBe(200);
  expect((await fetch(url('/metrics'))).status).toBe(401);
  expect((await fetch(url('/metrics'), { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  await warm();
  const metrics = await fetch(url('/metrics'), { headers: { authorization: `Bearer ${E2E_API_TOKEN}` } });
  expect(metrics.status).toBe(200);
  expect(metrics.headers.get('content-type')).toContain('text/plain');
  const text = await metrics.text();
  for (const name of [
    'status_http_requests_total{route_class="page",status="200"}',
    'status_http_request_duration_seconds_bucket',
    'status_cache_answers_total{result="hits"}',
    'status_cache_renders_total',
    'status_renderer_up 1',
    `status_store_write_failures_total{driver="${onPostgres() ? 'postgres' : 'file'}"} 0`,
    'status_outbox_deliveries{state="queued"}',
    'status_outbox_deliveries{state="retrying"}',
    'status_outbox_deliveries{state="failed"}',
    'status_outbox_pending_events',
  ])
    expect(text).toContain(name);
  const post = await fetch(url('/healthz'), { method: 'POST' });
  expect(post.status).toBe(405);
  expect(post.headers.get('allow')).toBe('GET, HEAD');
});

test('kill the renderer under read load: no failed request on the hot paths, the renderer back within 10 s', async () => {
  await warm();
  const load = readLoad(HOT.map(url), 8);
  await new Promise((r) => setTimeout(r, 1_000));
  const pid = rendererPid(server.child.pid ?? 0);
  expect(pid).toBeDefined();
  process.kill(pid ?? 0, 'SIGKILL');
  const killedAt = Date.now();
  // A page never rendered cannot be served from memory: a clear 503 while the renderer is away.
  const uncached = await fetch(url('/api/v1/audit'));
  if (uncached.status === 503) {
    expect(uncached.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await uncached.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
  }
  const back = await eventually(async () => (await fetch(url('/readyz'))).status === 200, 10_000);
  const tally = await load.stop();
  console.log(`renderer back after ${Date.now() - killedAt} ms; ${tally.ok} reads, ${tally.stale} stale`);
  expect(back).toBe(true);
  expect(tally.failed).toEqual([]);
  expect(tally.ok).toBeGreaterThan(100);
  expect(rendererPid(server.child.pid ?? 0)).not.toBe(pid);
});

test('a hung renderer is replaced; meanwhile stale pages answer 200 and readiness says why it is not ready', async () => {
  await warm();
  const pid = rendererPid(server.child.pid ?? 0) ?? 0;
  // Stopping the process is how a hang is caused here: it keeps its sockets but never answers.
  process.kill(pid, 'SIGSTOP');
  try {
    // A renderer is hung after 10 s without answering pings (renderer-supervisor.ts).
    const notReady = await eventually(async () => (await fetch(url('/readyz'))).status === 503, 20_000);
    expect(notReady).toBe(true);
    const ready = (await (await fetch(url('/readyz'))).json()) as { status: string; reason?: string };
    if (ready.status === 'unavailable') expect(ready.reason).toMatch(/render/);
    // A new store version makes every copy out of date: while nothing can render, they are still served, marked stale.
    // On the JSON files a new version is a touch of the file (no renderer is needed to make one); on
    // PostgreSQL the copies are still current and answer as hits.
    const later = new Date(Date.now() + 5_000);
    if (!onPostgres()) utimesSync(join(server.dataDir, 'status.json'), later, later);
    await new Promise((r) => setTimeout(r, 100));
    for (const path of HOT) {
      const res = await fetch(url(path));
      expect(res.status, path).toBe(200);
      if (!onPostgres()) expect(res.headers.get('x-cache'), path).toBe('stale');
    }
    const write = await fetch(url('/api/v1/incidents'), {
      method: 'POST',
      headers: { authorization: `Bearer ${E2E_API_TOKEN}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(write.status).toBe(503);
    expect(write.headers.get('retry-after')).toMatch(/^\d+$/);
  } finally {
    if (isAlive(pid)) process.kill(pid, 'SIGCONT');
  }
  expect(await eventually(async () => (await fetch(url('/readyz'))).status === 200, 15_000)).toBe(true);
  expect(isAlive(pid)).toBe(false);
});

test('the request log is JSON with a request id, route class, status and duration', async () => {
  const logged = await startServer({ portOffset: 62 });
  try {
    await fetch(`${logged.baseURL}/admin/sign-in`, { headers: { 'x-request-id': 'trace-me-123' } });
    await new Promise((r) => setTimeout(r, 300));
  } finally {
    logged.stop();
  }
  const lines = readFileSync(logged.logFile, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const line = lines.find((l) => l.requestId === 'trace-me-123');
  expect(line).toMatchObject({ method: 'GET', path: '/admin/sign-in', routeClass: 'console', status: 200 });
  expect(typeof line?.ms).toBe('number');
});

/** A process's nice value: field 19 of /proc/PID/stat, counted after the parenthesised command name. */
function niceOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

/** The notification dispatcher's processes under a primary: its own children and its workers' children. */
function dispatchers(primary: number): number[] {
  const direct = childrenOf(primary);
  const underWorkers = direct.filter((c) => c.cmd.includes('main.mjs')).flatMap((w) => childrenOf(w.pid));
  return [...direct, ...underWorkers].filter((c) => c.cmd.includes('notifier.mjs')).map((c) => c.pid);
}

test('one notification dispatcher per instance, started by the primary and restarted when it dies', async () => {
  const primary = server.child.pid ?? 0;
  const workers = childrenOf(primary).filter((c) => c.cmd.includes('main.mjs'));
  expect(workers.length).toBeGreaterThanOrEqual(1);
  expect(await eventually(() => dispatchers(primary).length === 1, 10_000)).toBe(true);
  const [first] = dispatchers(primary);
  expect(childrenOf(primary).map((c) => c.pid)).toContain(first);
  // Below the readers, not starved: nice 5 (STATUS_NOTIFY_NICE), the renderer and the front at 0.
  expect(niceOf(first ?? 0)).toBe(5);
  expect(niceOf(primary)).toBe(0);
  process.kill(first ?? 0, 'SIGKILL');
  const replaced = await eventually(() => {
    const now = dispatchers(primary);
    return now.length === 1 && now[0] !== first;
  }, 15_000);
  expect(replaced).toBe(true);
  expect((await fetch(url('/api/v2/status.json'))).status).toBe(200);
});
