/**
 * `npm run bench`: measures the production build on this machine and prints tables and, last, one JSON line
 * (`BENCH {...}`) with every figure. Sections run one after another so they never load the machine together;
 * `npm run bench -- hot-reads` runs only the named sections (`notifications-postgres`: the notifications on PostgreSQL).
 */
import { ensureBuild } from './app-process';
import { benchHotReads } from './hot-reads';
import { benchPostgres } from './postgres';
import { benchNotifications } from './notifications';
import { benchNotificationsOnPostgres } from './notifications-postgres';
import { ensureLoadTool } from './load';
import { benchRendererKill, benchWorkers } from './resilience';
import { benchShutdown } from './shutdown';

const settings = {
  port: Number(process.env.BENCH_PORT ?? 3400),
  seconds: Number(process.env.BENCH_SECONDS ?? 10),
  warmup: Number(process.env.BENCH_WARMUP ?? 5),
  // Read comparisons alternate short rounds and keep each side's best: this VM's neighbours shift throughput by
  // a third from one minute to the next, and more rounds give every side the same chance of a quiet one.
  rounds: Number(process.env.BENCH_ROUNDS ?? 4),
  roundSeconds: Number(process.env.BENCH_ROUND_SECONDS ?? 5),
  connections: 50,
  encoding: 'br, gzip',
};

/** Each section gets the shared settings and returns its figures for the summary line. */
const sections: Record<string, (tool: ReturnType<typeof ensureLoadTool>) => Promise<unknown>> = {
  'hot-reads': (tool) => benchHotReads({ ...settings, tool }),
  postgres: (tool) => benchPostgres({ ...settings, tool }),
  // Its own server (and SMTP sink at port + 39), apart from the ports of the sections above.
  notifications: (tool) => benchNotifications({ ...settings, port: settings.port + 30, tool }),
  // The same on PostgreSQL: server at port + 50, SMTP sink at + 59, database server at + 48.
  'notifications-postgres': (tool) =>
    benchNotificationsOnPostgres({ ...settings, port: settings.port + 50, tool }),
  'renderer-kill': () => benchRendererKill(settings),
  workers: () => benchWorkers(settings),
  sigterm: () => benchShutdown(settings),
};

const wanted = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = wanted.filter((name) => !(name in sections));
if (unknown.length > 0) {
  console.error(`Unknown section ${unknown.join(', ')}; sections: ${Object.keys(sections).join(', ')}`);
  process.exit(2);
}

async function main(): Promise<void> {
  ensureBuild();
  const tool = ensureLoadTool();
  const summary: Record<string, unknown> = {
    tool,
    connections: settings.connections,
    seconds: settings.seconds,
    rounds: settings.rounds,
    roundSeconds: settings.roundSeconds,
  };
  for (const [name, run] of Object.entries(sections)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    summary[name] = await run(tool);
  }
  console.log(`BENCH ${JSON.stringify(summary)}`);
}

void main();
