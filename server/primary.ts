import cluster, { type Worker } from 'node:cluster';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { getStore } from '@/lib/store';
import { isMessage, type ToPrimary, type ToWorker } from '@/server/cluster-messages';
import type { ServerConfig } from '@/server/config';
import { combine, createPrimaryMetrics, type MetricsJson, type QueueCounts } from '@/server/metrics';
import { superviseRenderer, type RendererState } from '@/server/renderer-supervisor';

/** Stops something a background job started; called once on shutdown. */
export type Stopper = () => void | Promise<void>;

export interface PrimaryOptions {
  config: ServerConfig;
  logger: Logger;
  /** Jobs that must run once per instance, not once per worker (the snapshot, a dispatcher …). */
  backgroundJobs: () => Stopper[];
}

/** The notification outbox's counts, through the store interface (either driver). */
async function readQueues(): Promise<QueueCounts> {
  const { notifications } = getStore();
  const [outbox, pending] = await Promise.all([
    notifications.countDeliveries(),
    notifications.pendingEvents(),
  ]);
  return { outbox, pendingEvents: pending.length };
}

/** The whole instance must be gone within this (SIGTERM to exit), workers first, then the renderer. */
const SHUTDOWN_MS = 9_000;

/**
 * The primary process: supervises the one renderer that every worker shares, runs one front worker per core
 * on the one port (node:cluster), restarts either when it dies, runs the background jobs once, collects
 * the metrics of every process, and shuts all of it down in order on SIGTERM.
 */
export function runPrimary({ config, logger, backgroundJobs }: PrimaryOptions): void {
  const metrics = createPrimaryMetrics(readQueues);
  let stopping = false;
  const tell = (worker: Worker, message: ToWorker) => {
    if (worker.isConnected()) worker.send(message);
  };
  const everyWorker = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);

  const renderer = superviseRenderer({
    script: join(import.meta.dirname, 'renderer.mjs'),
    // Next's process gets a small young generation (less resident memory; workers keep V8's default) and
    // room for the headers the front workers forward with long addresses. No source maps: mapping each of
    // Next's chunks as it loads costs a restart under load seconds, and its errors are logged by message.
    execArgv: ['--max-semi-space-size=4', '--max-old-space-size=384', '--max-http-header-size=65536'],
    logger,
    onState: (state: RendererState) => {
      metrics.up.set(state.port === null ? 0 : 1);
      for (const worker of everyWorker()) tell(worker, { type: 'renderer', ...state });
    },
    onRestart: (reason) => metrics.restarts.inc({ reason: reason.split(' ')[0] ?? 'exited' }),
  });

  async function clusterMetrics(): Promise<string> {
    const parts: MetricsJson[] = [await metrics.registry.getMetricsAsJSON()];
    const fromRenderer = await renderer.metrics();
    if (Array.isArray(fromRenderer)) parts.push(fromRenderer as MetricsJson);
    parts.push(...(await Promise.all(everyWorker().map(collectFrom))).filter((m) => m !== null));
    return combine(parts);
  }

  let collectId = 1;
  function collectFrom(worker: Worker): Promise<MetricsJson | null> {
    const id = collectId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(null), 2_000);
      const done = (value: MetricsJson | null) => {
        clearTimeout(timer);
        worker.off('message', listen);
        resolve(value);
      };
      const listen = (message: unknown) => {
        if (
          isMessage<Extract<ToPrimary, { type: 'metrics-part' }>>(message, 'metrics-part') &&
          message.id === id
        )
          done(message.metrics as MetricsJson);
      };
      worker.on('message', listen);
      tell(worker, { type: 'metrics-collect', id });
    });
  }

  cluster.setupPrimary({ exec: join(import.meta.dirname, 'main.mjs'), execArgv: ['--enable-source-maps'] });
  // A worker that dies soon after starting (the port taken, a broken build) is restarted ever more slowly.
  let quickDeaths = 0;
  function forkWorker() {
    const started = Date.now();
    const worker = cluster.fork();
    worker.on('message', (message: unknown) => {
      if (isMessage(message, 'hello')) tell(worker, { type: 'renderer', ...renderer.state() });
      // A write one worker proxied: the others look at the store now rather than at their next check.
      if (isMessage(message, 'written'))
        for (const other of everyWorker()) if (other !== worker) tell(other, { type: 'store-changed' });
      if (isMessage<Extract<ToPrimary, { type: 'metrics-request' }>>(message, 'metrics-request')) {
        void clusterMetrics()
          .catch(() => null)
          .then((text) => tell(worker, { type: 'metrics-text', id: message.id, text }));
      }
    });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      quickDeaths = Date.now() - started < 10_000 ? quickDeaths + 1 : 0;
      const delay = Math.min(10_000, 500 * 2 ** Math.min(quickDeaths, 5));
      logger.error(
        { worker: worker.id, code, signal, restartInMs: delay },
        'front worker exited; starting another',
      );
      setTimeout(() => stopping || forkWorker(), delay);
    });
  }
  for (let i = 0; i < config.workers; i++) forkWorker();
  const stoppers = backgroundJobs();
  logger.info(
    { port: config.port, host: config.host, workers: config.workers },
    `Status page on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`,
  );

  async function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    logger.info({ signal }, 'shutting down: draining the front workers, then the renderer');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_MS + 500).unref();
    // The background jobs (the dispatcher finishing its current send) stop while the workers drain.
    const jobsStopped = Promise.all(stoppers.map(async (stop) => stop())).catch((error: unknown) =>
      logger.error({ err: error }, 'a background job did not stop cleanly'),
    );
    const exits = everyWorker().map((worker) => {
      if (worker.isDead()) return Promise.resolve();
      tell(worker, { type: 'shutdown' });
      return new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    });
    await Promise.race([Promise.all(exits), new Promise((r) => setTimeout(r, SHUTDOWN_MS - 2_000))]);
    for (const worker of everyWorker()) if (!worker.isDead()) worker.process.kill('SIGKILL');
    await jobsStopped;
    await renderer.stop(Math.max(500, SHUTDOWN_MS - (Date.now() - started) - 500));
    logger.info({ ms: Date.now() - started }, 'stopped');
    process.exit(0);
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
