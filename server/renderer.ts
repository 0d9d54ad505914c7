/**
 * Next's own server, started and supervised by the primary (renderer-supervisor.ts) on a loopback port: it
 * renders every page and answers every request the response cache does not. It reports its port over IPC,
 * answers the primary's pings (a hung renderer misses them and is replaced) and its requests for metrics.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import next from 'next';
import { captureConsole, createLogger } from '@/server/logger';
import { createRendererMetrics } from '@/server/metrics';
import { messageType, type RendererMessage } from '@/server/renderer-messages';
import { createSharedFill, FILL_HEADER } from '@/server/shared-fill';

process.env.TZ = 'UTC';
const logger = createLogger('renderer');
captureConsole(logger);
const metrics = createRendererMetrics(process.env.STATUS_DATABASE_URL?.trim() ? 'postgres' : 'file');
const send = (message: RendererMessage) => process.send?.(message);

// The app folder is the working directory (scripts/start.mjs changes to it).
const app = next({
  dev: false,
  dir: process.cwd(),
  hostname: 'localhost',
  port: Number(process.env.PORT ?? 3000),
});
await app.prepare();
const handle = app.getRequestHandler();

const sharedFill = createSharedFill(() => (server.address() as AddressInfo).port);
const server = createServer((req, res) => {
  if (req.headers[FILL_HEADER] !== undefined && req.method === 'GET') return sharedFill(req, res);
  handle(req, res).catch((error: unknown) => {
    logger.error({ err: error, requestId: req.headers['x-request-id'] }, 'request failed in the renderer');
    if (res.headersSent) return res.destroy();
    res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(
      JSON.stringify({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } }),
    );
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  send({ type: 'ready', port: (server.address() as AddressInfo).port });
});

/** Stops accepting, lets the requests in flight (and so the write in progress) finish, then exits. */
function shutdown() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}

process.on('message', (message) => {
  const type = messageType(message);
  if (type === 'ping') send({ type: 'pong', at: Number(Reflect.get(message as object, 'at')) });
  else if (type === 'shutdown') shutdown();
  else if (type === 'metrics-request') {
    const id = Number(Reflect.get(message as object, 'id'));
    void metrics.getMetricsAsJSON().then((json) => send({ type: 'metrics', id, metrics: json }));
  }
});
// The primary decides when the renderer stops (after the front workers drained); alone, it stops itself.
process.on('SIGTERM', () => {
  if (!process.connected) shutdown();
});
process.on('SIGINT', () => undefined);
process.on('disconnect', shutdown);
