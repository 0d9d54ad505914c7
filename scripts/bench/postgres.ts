/**
 * The PostgreSQL store under load, on a throwaway server with crash-safe settings (fsync on): hot reads beside
 * the file store, a write's path to all three instances under read load, and sustained incident writes spread
 * over three instances.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase, removeCluster, startCluster } from '../postgres/cluster';
import { fmt, log, startApp, type AppProcess } from './app-process';
import { loadRun, type LoadResult, type LoadTool } from './load';
import { postJson } from './wire';

export interface PostgresBenchOptions {
  port: number;
  seconds: number;
  warmup: number;
  rounds: number;
  /** Length of each read round. */
  roundSeconds: number;
  connections: number;
  encoding: string;
  tool: LoadTool;
}

const TOKEN = 'bench-token-0123456789abcdefghijkl';
const READ_PATHS = ['/api/v2/summary.json', '/'];
const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

function post(base: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${base}${path}`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
}

async function bestOf(rounds: number, run: () => Promise<LoadResult>): Promise<LoadResult> {
  let best: LoadResult | null = null;
  for (let i = 0; i < rounds; i++) {
    const r = await run();
    if (!best || r.rps > best.rps) best = r;
  }
  if (!best) throw new Error('no rounds');
  return best;
}

/** Hot reads of one path on the file store and on PostgreSQL, in alternating rounds. */
async function hotReads(files: AppProcess, pg: AppProcess, options: PostgresBenchOptions) {
  const rows = [];
  for (const path of READ_PATHS) {
    const run = (app: AppProcess, seconds: number) =>
      loadRun(`${app.base}${path}`, {
        connections: options.connections,
        seconds,
        encoding: options.encoding,
      });
    await run(files, options.warmup);
    await run(pg, options.warmup);
    const file = await bestOf(options.rounds, () => run(files, options.roundSeconds));
    const database = await bestOf(options.rounds, () => run(pg, options.roundSeconds));
    rows.push({ path, file, database, ratio: file.rps > 0 ? database.rps / file.rps : 0 });
  }
  return rows;
}

/**
 * Posts on one instance while all three are under read load; the slowest instance's delay until it shows the
 * write, counted from the post and from its answer (the commit).
 */
async function writeToAllVisible(instances: AppProcess[], options: PostgresBenchOptions, tries = 5) {
  const fromPost: number[] = [];
  const fromAnswer: number[] = [];
  for (let t = 0; t < tries; t++) {
    const loads = instances.map((app) =>
      loadRun(`${app.base}/api/v2/summary.json`, {
        connections: Math.ceil(options.connections / instances.length),
        seconds: 4,
        encoding: options.encoding,
      }),
    );
    await sleep(1500);
    const name = `Visible everywhere ${Date.now()}`;
    const writer = instances[t % instances.length];
    if (!writer) throw new Error('no instances');
    const posted = Date.now();
    const res = await post(writer.base, '/api/v1/incidents', {
      name,
      status: 'investigating',
      impact: 'none',
      body: 'Benchmark write under load.',
    });
    const answered = Date.now();
    if (res.status !== 201) throw new Error(`the write answered ${res.status}`);
    const seen = await Promise.all(
      instances.map(async (app) => {
        while (Date.now() - posted < 10_000) {
          if ((await (await fetch(`${app.base}/api/v2/summary.json`)).text()).includes(name))
            return Date.now();
          await sleep(5);
        }
        return Infinity;
      }),
    );
    await Promise.all(loads);
    fromPost.push(Math.max(...seen) - posted);
    fromAnswer.push(Math.max(...seen) - answered);
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? null;
  return {
    tries,
    worstMs: Math.max(...fromPost),
    medianMs: median(fromPost),
    afterAnswerWorstMs: Math.max(...fromAnswer),
    afterAnswerMedianMs: median(fromAnswer),
  };
}

/** The next write of the mix: an update of an open incident, a resolve of an updated one, or a new incident. */
function nextWrite(i: number, toUpdate: string[], toResolve: string[]) {
  const kind = i % 3;
  const updating = kind === 1 ? toUpdate.shift() : undefined;
  if (updating)
    return {
      path: `/api/v1/incidents/${updating}/updates`,
      id: updating,
      body: { status: 'identified', body: 'Found it.' },
    };
  const resolving = kind === 2 ? toResolve.shift() : undefined;
  if (resolving)
    return { path: `/api/v1/incidents/${resolving}/resolve`, id: resolving, body: { body: 'Fixed.' } };
  return {
    path: '/api/v1/incidents',
    id: null,
    body: { name: `Sustained ${i}`, status: 'investigating', impact: 'minor', body: 'Looking.' },
  };
}

/** Open-loop incident writes at `rate` per second, round-robin over the instances: creates, updates, resolves. */
async function sustainedWrites(instances: AppProcess[], rate: number, seconds: number) {
  const total = rate * seconds;
  const toUpdate: string[] = [];
  const toResolve: string[] = [];
  const latencies: number[] = [];
  const answeredAt: number[] = [];
  const failures: string[] = [];
  const started = Date.now();
  const writes: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    if (due > Date.now()) await sleep(due - Date.now());
    const base = instances[i % instances.length]?.base ?? '';
    const write = nextWrite(i, toUpdate, toResolve);
    const sent = Date.now();
    writes.push(
      postJson(base, write.path, auth, write.body).then(
        ({ status, text }) => {
          latencies.push(Date.now() - sent);
          answeredAt.push(Date.now() - started);
          if (status >= 300) return void failures.push(`${write.path} → ${status} ${text.slice(0, 200)}`);
          if (write.id === null)
            toUpdate.push((JSON.parse(text) as { incident: { id: string } }).incident.id);
          else if (write.path.endsWith('/updates')) toResolve.push(write.id);
        },
        (error: unknown) => void failures.push(`${write.path} → ${String(error)}`),
      ),
    );
  }
  await Promise.all(writes);
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? null;
  return {
    writes: total,
    seconds: elapsed,
    rate: total / elapsed,
    // Answers per second once started and while the writes were still coming: no warm-up, no drain.
    steadyRate: answeredAt.filter((t) => t >= 2000 && t < seconds * 1000).length / (seconds - 2),
    errors: failures.length,
    failures: failures.slice(0, 5),
    p50: pct(0.5),
    p99: pct(0.99),
  };
}

export async function benchPostgres(options: PostgresBenchOptions) {
  const pgPort = Number(process.env.BENCH_PG_PORT ?? options.port + 20);
  log(`starting a PostgreSQL server on 127.0.0.1:${pgPort} (fsync on)…`);
  const cluster = await startCluster({ port: pgPort, durable: true });
  const apps: AppProcess[] = [];
  try {
    const url = await createDatabase(cluster.adminUrl, 'bench');
    const pgEnv = { STATUS_DATABASE_URL: url, STATUS_API_TOKEN: TOKEN };
    log('starting one instance on the file store and three on PostgreSQL…');
    const files = await startApp(options.port + 9, { STATUS_API_TOKEN: TOKEN });
    apps.push(files);
    const first = await startApp(options.port + 10, pgEnv);
    apps.push(first);
    for (const offset of [11, 12]) apps.push(await startApp(options.port + offset, pgEnv));
    const instances = apps.slice(1);

    log('hot reads, file store against PostgreSQL…');
    const reads = await hotReads(files, first, options);
    log('a write under read load, until all three instances show it…');
    const visible = await writeToAllVisible(instances, options);
    const rate = Number(process.env.BENCH_WRITE_RATE ?? 100);
    log(`${rate} incident writes per second over three instances for ${options.seconds} s…`);
    const sustained = await sustainedWrites(instances, rate, options.seconds);
    // The rate above counts the last write's answer time too; offered more than they can take, the instances
    // show their ceiling.
    const over = Number(process.env.BENCH_WRITE_CEILING_RATE ?? Math.round(rate * 1.5));
    log(`${over} incident writes per second offered, for the ceiling…`);
    const ceiling = await sustainedWrites(instances, over, options.seconds);

    console.log(`\nPostgreSQL store (three instances on one database, fsync on), load tool: ${options.tool}`);
    console.log(
      '| path | file store req/s | PostgreSQL req/s | PostgreSQL p99 ms | errors | PostgreSQL / file |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const r of reads) {
      console.log(
        `| ${r.path} | ${fmt(r.file.rps)} | ${fmt(r.database.rps)} | ${fmt(r.database.p99, 2)} | ${r.database.errors} | ${fmt(r.ratio * 100)} % |`,
      );
    }
    console.log(
      `Write visible on all three instances under read load (${visible.tries} writes): after the post worst ${visible.worstMs} ms, median ${visible.medianMs} ms; after its answer worst ${visible.afterAnswerWorstMs} ms, median ${visible.afterAnswerMedianMs} ms`,
    );
    console.log(
      `Sustained writes: ${sustained.writes} in ${fmt(sustained.seconds, 1)} s = ${fmt(sustained.rate, 1)}/s to the last answer, ${fmt(sustained.steadyRate, 1)}/s answered from 2 s to ${options.seconds} s, ${sustained.errors} errors, p50 ${sustained.p50} ms, p99 ${sustained.p99} ms`,
    );
    for (const failure of sustained.failures) console.log(`  failed: ${failure}`);
    console.log(
      `Ceiling, ${over}/s offered: ${ceiling.writes} in ${fmt(ceiling.seconds, 1)} s = ${fmt(ceiling.rate, 1)}/s to the last answer, ${fmt(ceiling.steadyRate, 1)}/s from 2 s to ${options.seconds} s, ${ceiling.errors} errors, p50 ${ceiling.p50} ms, p99 ${ceiling.p99} ms`,
    );
    for (const failure of ceiling.failures) console.log(`  failed: ${failure}`);
    return {
      reads: reads.map((r) => ({
        path: r.path,
        fileRps: Math.round(r.file.rps),
        pgRps: Math.round(r.database.rps),
        ratio: Number(r.ratio.toFixed(3)),
      })),
      writeVisibleMs: {
        worst: visible.worstMs,
        median: visible.medianMs,
        afterAnswerWorst: visible.afterAnswerWorstMs,
        afterAnswerMedian: visible.afterAnswerMedianMs,
      },
      sustained: { ...sustained, failures: undefined },
      ceiling: { offered: over, ...ceiling, failures: undefined },
    };
  } finally {
    for (const app of apps) app.stop();
    await sleep(1000);
    removeCluster(cluster);
  }
}
