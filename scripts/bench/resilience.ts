/**
 * What the server keeps doing when its renderer dies (each hot path under load, the renderer killed one
 * second in, against the same load undisturbed), and what one front worker per core buys over one worker.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fmt, log, startApp, waitFor } from './app-process';
import { hotPaths } from './hot-reads';
import { loadRun, type LoadResult } from './load';

export interface ResilienceOptions {
  port: number;
  seconds: number;
  warmup: number;
  connections: number;
  encoding: string;
}

function rendererPid(primary: number | undefined): number | undefined {
  if (primary === undefined) return undefined;
  const children = readFileSync(`/proc/${primary}/task/${primary}/children`, 'utf8').trim().split(/\s+/);
  return children
    .map(Number)
    .find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('renderer.mjs'));
}

async function readyAgain(base: string): Promise<number> {
  const started = Date.now();
  await waitFor(`${base}/readyz`, 30_000);
  return Date.now() - started;
}

export async function benchRendererKill(options: ResilienceOptions) {
  const app = await startApp(options.port);
  const load = (path: string, seconds: number) =>
    loadRun(`${app.base}${path}`, { connections: options.connections, seconds, encoding: options.encoding });
  const rows: { path: string; steady: LoadResult; killed: LoadResult; backMs: number }[] = [];
  try {
    for (const path of hotPaths(new Date())) {
      log(
        `renderer-kill: ${path}, ${options.seconds} s steady, then ${options.seconds} s with the renderer killed…`,
      );
      await load(path, options.warmup);
      const steady = await load(path, options.seconds);
      const running = load(path, options.seconds);
      await sleep(1_000);
      const pid = rendererPid(app.child.pid);
      if (pid) process.kill(pid, 'SIGKILL');
      // From the kill until /readyz answers 200 again, measured while the load runs.
      await sleep(200);
      const back = readyAgain(app.base).then((ms) => ms + 200);
      const killed = await running;
      rows.push({ path, steady, killed, backMs: await back });
    }
  } finally {
    app.stop();
  }
  console.log(
    `\nRenderer killed one second into a ${options.seconds} s run, ${options.connections} connections`,
  );
  console.log('| path | steady req/s | killed req/s | kept | errors | p99 ms | renderer back after ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.path} | ${fmt(r.steady.rps)} | ${fmt(r.killed.rps)} | ${fmt((r.killed.rps / r.steady.rps) * 100, 0)} % | ${r.killed.errors} | ${fmt(r.killed.p99, 2)} | ${r.backMs} |`,
    );
  return rows.map((r) => ({
    path: r.path,
    steadyRps: Math.round(r.steady.rps),
    killedRps: Math.round(r.killed.rps),
    kept: Number((r.killed.rps / r.steady.rps).toFixed(3)),
    errors: r.killed.errors,
    backMs: r.backMs,
  }));
}

export async function benchWorkers(options: ResilienceOptions) {
  const paths = ['/api/v2/summary.json', '/'];
  const result: Record<string, Record<string, number>> = {};
  for (const workers of ['1', '2']) {
    const app = await startApp(options.port, { STATUS_WORKERS: workers });
    try {
      for (const path of paths) {
        const run = () =>
          loadRun(`${app.base}${path}`, {
            connections: options.connections,
            seconds: options.seconds,
            encoding: options.encoding,
          });
        await run();
        (result[path] ??= {})[`workers${workers}`] = Math.round((await run()).rps);
      }
    } finally {
      app.stop();
      await sleep(1_000);
    }
  }
  console.log('\nFront workers on this machine (req/s)');
  console.log('| path | 1 worker | 2 workers |');
  console.log('| --- | ---: | ---: |');
  for (const path of paths)
    console.log(`| ${path} | ${fmt(result[path]?.workers1)} | ${fmt(result[path]?.workers2)} |`);
  return result;
}
