/**
 * Hot public reads of the production server under load, beside the bare node:http ceiling that sends the
 * identical response (status, headers and body) from memory; plus write-to-visible, a calendar year, client
 * weight and memory. Returns the rows it printed as data for the summary line.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { fmt, log, rssOf, startApp, waitFor } from './app-process';
import { calendarYearCost, clientWeight, writeToVisible } from './app-measures';
import { loadRun, type LoadResult, type LoadTool } from './load';
import { startCeiling, wireBytes } from './wire';
import { startNginx } from './nginx';

export interface HotReadsOptions {
  port: number;
  /** Length of each alternating round. */
  roundSeconds: number;
  warmup: number;
  rounds: number;
  connections: number;
  encoding: string;
  tool: LoadTool;
}

const TOKEN = 'bench-token-0123456789abcdefghijkl';

export function hotPaths(now: Date): string[] {
  const month = now.toISOString().slice(0, 7);
  const next = new Date(`${month}-01T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return [
    '/api/v2/summary.json',
    '/api/v2/status.json',
    '/',
    '/embed',
    '/badge.svg',
    `/api/v1/calendar?from=${month}-01&to=${next.toISOString().slice(0, 7)}-01&tz=Europe/Oslo`,
  ];
}

/** The fastest of several runs. */
function best(runs: LoadResult[]): LoadResult {
  return runs.reduce((a, b) => (b.rps > a.rps ? b : a));
}

interface Row {
  path: string;
  bytes: number;
  app: LoadResult;
  ceiling: LoadResult;
  ratio: number;
  nginx: LoadResult | null;
  nginxRatio: number | null;
}

export async function benchHotReads(options: HotReadsOptions) {
  const { connections, encoding, roundSeconds: seconds, warmup, rounds } = options;
  const ceilingPort = options.port + 1;
  const app = await startApp(options.port, { STATUS_API_TOKEN: TOKEN });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(app.child.pid))), 200);
  const paths = hotPaths(new Date());
  const responses = [];
  for (const path of paths) responses.push({ path, ...(await wireBytes(options.port, path, encoding)) });
  const ceiling = startCeiling(ceilingPort, responses);
  const nginxPort = options.port + 2;
  const nginx = startNginx(nginxPort, responses);
  try {
    await waitFor(`http://127.0.0.1:${ceilingPort}${paths[0]}`);
    if (nginx) await waitFor(`http://127.0.0.1:${nginxPort}${paths[0]}`);
    const nginxBase = `http://127.0.0.1:${nginxPort}`;
    const calendarYear = await calendarYearCost(app.base);
    const weight = await clientWeight(options.port, encoding);
    const load = (base: string, path: string, s: number) =>
      loadRun(`${base}${path}`, { connections, seconds: s, encoding });
    const ceilingBase = `http://127.0.0.1:${ceilingPort}`;
    const rows: Row[] = [];
    for (const path of paths) {
      log(
        `measuring ${path} with ${options.tool} (${connections} connections, ${warmup} s warm-up, ${rounds} × ${seconds} s each side)…`,
      );
      await load(app.base, path, warmup);
      await load(ceilingBase, path, Math.min(warmup, 2));
      if (nginx) await load(nginxBase, path, Math.min(warmup, 2));
      const appRuns: LoadResult[] = [];
      const ceilingRuns: LoadResult[] = [];
      const nginxRuns: LoadResult[] = [];
      for (let round = 0; round < rounds; round++) {
        appRuns.push(await load(app.base, path, seconds));
        ceilingRuns.push(await load(ceilingBase, path, seconds));
        if (nginx) nginxRuns.push(await load(nginxBase, path, seconds));
      }
      const a = { ...best(appRuns), errors: appRuns.reduce((sum, r) => sum + r.errors, 0) };
      const c = best(ceilingRuns);
      const n = nginxRuns.length > 0 ? best(nginxRuns) : null;
      const bytes = responses.find((r) => r.path === path)?.body.length ?? 0;
      rows.push({
        path,
        bytes,
        app: a,
        ceiling: c,
        ratio: c.rps > 0 ? a.rps / c.rps : 0,
        nginx: n,
        nginxRatio: n && n.rps > 0 ? a.rps / n.rps : null,
      });
    }
    const visible = await writeToVisible(app.base, TOKEN, '/api/v2/summary.json', { connections, encoding });
    await sleep(500);
    const after = rssOf(app.child.pid);

    console.log(
      `\nHot public reads, ${connections} connections, best of ${rounds} alternating ${seconds} s rounds per side, Accept-Encoding: ${encoding}, load tool: ${options.tool}`,
    );
    console.log(
      '| path | bytes | app req/s | p50 ms | p99 ms | errors | node:http req/s | app / node:http | nginx req/s | app / nginx |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      console.log(
        `| ${r.path} | ${fmt(r.bytes)} | ${fmt(r.app.rps)} | ${fmt(r.app.p50, 2)} | ${fmt(r.app.p99, 2)} | ${r.app.errors} | ${fmt(r.ceiling.rps)} | ${fmt(r.ratio * 100, 0)} % | ${fmt(r.nginx?.rps)} | ${r.nginxRatio === null ? '—' : `${fmt(r.nginxRatio * 100, 0)} %`} |`,
      );
    }
    console.log(
      `Targets: ≥ 80 % of node:http, ≥ 50 % of nginx, p99 < 25 ms — ${rows.every((r) => r.ratio >= 0.8 && (r.nginxRatio ?? 1) >= 0.5 && (r.app.p99 ?? 99) < 25) ? 'met' : 'not met'} on this run`,
    );
    console.log(
      `\nWrite-to-visible under load: POST answered ${visible.status} in ${visible.postMs} ms; visible in summary.json after ${visible.summaryMs} ms, on / after ${visible.homeMs} ms`,
    );
    console.log(
      `/api/v1/calendar for a whole year (cache misses, unloaded): median ${fmt(calendarYear.medianMs, 1)} ms, max ${fmt(calendarYear.maxMs, 1)} ms`,
    );
    console.log(
      `Client weight, first view (compressed): / ${fmt(weight.home.transferred)} B (JS ${fmt(weight.home.js)} B); /embed ${fmt(weight.embed.transferred)} B (JS ${fmt(weight.embed.js)} B)`,
    );
    console.log(
      `Server memory: peak RSS ${fmt(peak / 2 ** 20, 1)} MB, after the run ${fmt(after / 2 ** 20, 1)} MB`,
    );
    return {
      paths: rows.map((r) => ({
        path: r.path,
        rps: Math.round(r.app.rps),
        p50: r.app.p50,
        p99: r.app.p99,
        errors: r.app.errors,
        ceilingRps: Math.round(r.ceiling.rps),
        ratio: Number(r.ratio.toFixed(3)),
        nginxRps: r.nginx ? Math.round(r.nginx.rps) : null,
        nginxRatio: r.nginxRatio === null ? null : Number(r.nginxRatio.toFixed(3)),
      })),
      writeToVisibleMs: { summary: visible.summaryMs, home: visible.homeMs },
      calendarYearMs: {
        median: Number(calendarYear.medianMs.toFixed(1)),
        max: Number(calendarYear.maxMs.toFixed(1)),
      },
      weightBytes: { home: weight.home.transferred, homeJs: weight.home.js, embed: weight.embed.transferred },
      rssMB: { peak: Number((peak / 2 ** 20).toFixed(1)), after: Number((after / 2 ** 20).toFixed(1)) },
    };
  } finally {
    clearInterval(sampler);
    app.stop();
    ceiling.kill('SIGTERM');
    nginx?.kill('SIGTERM');
  }
}
