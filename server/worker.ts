import type { Logger } from 'pino';
import { isMessage, type ToPrimary, type ToWorker } from '@/server/cluster-messages';
import type { ServerConfig } from '@/server/config';
import { parseTrustedProxies } from '@/server/client-address';
import { createFrontServer } from '@/server/front-server';

/** A worker lets its requests in flight finish for at most this long after SIGTERM. */
const DRAIN_MS = 6_500;

/**
 * One front worker: the public server on the shared port (node:cluster hands it connections), told by the
 * primary where the renderer is, asked by it for this worker's metrics, and drained by it on shutdown.
 */
export async function runWorker(config: ServerConfig, logger: Logger): Promise<void> {
  const renderer: { port: number | null; reason: string | null } = { port: null, reason: 'starting' };
  const tell = (message: ToPrimary) => process.connected && process.send?.(message);
  const waiting = new Map<number, (text: string | null) => void>();
  let nextId = 1;
  const front = await createFrontServer({
    renderer,
    trusted: parseTrustedProxies(config.trustedProxies),
    logger,
    onWritten: () => tell({ type: 'written' }),
    metricsText: () =>
      new Promise((resolve) => {
        const id = nextId++;
        const timer = setTimeout(() => waiting.delete(id) && resolve(null), 5_000);
        waiting.set(id, (text) => {
          clearTimeout(timer);
          resolve(text);
        });
        tell({ type: 'metrics-request', id });
      }),
  });

  let stopping = false;
  async function shutdown(why: string) {
    if (stopping) return;
    stopping = true;
    logger.info({ why }, 'worker draining');
    await front.drain(DRAIN_MS);
    process.exit(0);
  }

  process.on('message', (message: unknown) => {
    if (isMessage<Extract<ToWorker, { type: 'renderer' }>>(message, 'renderer')) {
      if (renderer.port !== message.port)
        logger.info({ port: message.port, reason: message.reason }, 'renderer changed');
      renderer.port = message.port;
      renderer.reason = message.reason;
    } else if (isMessage<Extract<ToWorker, { type: 'metrics-collect' }>>(message, 'metrics-collect')) {
      void front.registry
        .getMetricsAsJSON()
        .then((metrics) => tell({ type: 'metrics-part', id: message.id, metrics }));
    } else if (isMessage<Extract<ToWorker, { type: 'metrics-text' }>>(message, 'metrics-text')) {
      waiting.get(message.id)?.(message.text);
      waiting.delete(message.id);
    } else if (isMessage(message, 'store-changed')) front.storeChanged();
    else if (isMessage(message, 'shutdown')) void shutdown('asked by the primary');
  });
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('disconnect', () => void shutdown('the primary is gone'));
  tell({ type: 'hello' });
  front.server.on('error', (error) => {
    logger.fatal({ err: error.message }, 'the front server cannot listen');
    process.exit(1);
  });
  front.server.listen(config.port, config.host);
}
