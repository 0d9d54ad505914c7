import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
  type Server,
} from 'node:http';
import type { BlockList } from 'node:net';
import type { Logger } from 'pino';
import { createHotHandler, type RenderedResponse } from '@/server/hot-handler';
import { negotiateVariant } from '@/server/variant-locale';
import { INTERNAL_HEADER_BYTES, proxyTo } from '@/server/renderer-proxy';
import { createOpsRoutes } from '@/server/ops-routes';
import { createWorkerMetrics } from '@/server/metrics';
import { loggablePath } from '@/server/logger';
import { routeClassOf } from '@/server/route-class';
import { cacheStateOf } from '@/server/send-cached';
import { answerClientError, guardRequest } from '@/server/request-guard';
import { FILL_HEADER } from '@/server/shared-fill';
import { FrontResponse } from '@/server/front-response';
import { installFastLane } from '@/server/fast-lane';
import { getStore } from '@/lib/store';
import { nextStateChange } from '@/lib/status/transitions';

/** How often the store file is looked at: a write in another process is seen within this many ms. */
const VERSION_CHECK_MS = 20;

/** The store's version, looked at no more than every VERSION_CHECK_MS on the hot path; `fresh` looks now. */
function throttledVersion(read: () => string) {
  let value = read();
  let checkedAt = Date.now();
  const fresh = () => {
    value = read();
    checkedAt = Date.now();
    return value;
  };
  const current = () => (Date.now() - checkedAt >= VERSION_CHECK_MS ? fresh() : value);
  return { current, fresh };
}

function renderVia(portNow: () => number | null) {
  return (path: string, headers: Record<string, string>, state: string) =>
    new Promise<RenderedResponse>((resolve, reject) => {
      const port = portNow();
      if (port === null) return reject(new Error('the renderer is unavailable'));
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          maxHeaderSize: INTERNAL_HEADER_BYTES,
          path,
          method: 'GET',
          headers: {
            ...headers,
            'accept-encoding': 'identity',
            host: `127.0.0.1:${port}`,
            [FILL_HEADER]: state,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.setTimeout(30_000, () => req.destroy(new Error(`rendering ${path} timed out`)));
      req.end();
    });
}

export interface FrontOptions {
  /** The shared renderer's port now, and why it is unavailable when it is. */
  renderer: { port: number | null; reason: string | null };
  trusted: BlockList;
  logger: Logger;
  metricsText: () => Promise<string | null>;
  /** Called after a write this worker proxied was answered, so the other workers look at the store too. */
  onWritten?: () => void;
}

/**
 * The public server of one worker: hot public reads from the in-memory cache, the operations endpoints, and
 * the rest proxied to the renderer process. Misses render through that same process, so a cached variant is
 * exactly what Next would have answered. Every request is counted and timed by route class and logged.
 */
export async function createFrontServer(options: FrontOptions) {
  const { renderer, logger } = options;
  const store = getStore();
  await store.load();
  const port = () => renderer.port;
  const version = throttledVersion(() => store.version());
  // A write is passed on only after this worker has looked at the store again, so the writer's next read
  // never gets a copy older than its write (with PostgreSQL too, where its notification may be on its way);
  // the primary then tells the other workers.
  const proxy = proxyTo({
    port,
    trusted: options.trusted,
    logger,
    beforeAnswer: async (req) => {
      if (req.method === 'GET' || req.method === 'HEAD') return;
      await store.sync();
      version.fresh();
      options.onWritten?.();
    },
  });
  // What the renderer answers carries the request id of the log line, when requests are logged.
  const passOn = (req: IncomingMessage, res: ServerResponse) => {
    if (res instanceof FrontResponse && logger.isLevelEnabled('info'))
      req.headers['x-request-id'] = res.requestId();
    proxy(req, res);
  };
  const hot = createHotHandler({
    render: renderVia(port),
    fallback: passOn,
    version: version.current,
    freshVersion: version.fresh,
    nextTransition: async (now) => nextStateChange((await store.load()).doc, new Date(now)),
    negotiate: negotiateVariant,
    rendererUp: () => renderer.port !== null,
  });
  const metrics = createWorkerMetrics(hot.stats, () => hot.cache.size);
  const ops = createOpsRoutes({
    rendererProblem: () => (renderer.port === null ? (renderer.reason ?? 'restarting') : null),
    metricsText: options.metricsText,
  });
  let inFlight = 0;
  let closing = false;
  const idle = new Set<() => void>();

  function finished(res: FrontResponse) {
    inFlight--;
    const req = res.req;
    const seconds = (performance.now() - res.started) / 1000;
    const routeClass = routeClassOf(req.method, req.url);
    metrics.observe(routeClass, res.statusCode, seconds);
    const cache = cacheStateOf(res);
    const level = cache === 'hit' && res.statusCode < 400 ? 'debug' : 'info';
    if (logger.isLevelEnabled(level)) {
      logger[level]({
        requestId: res.requestId(),
        method: req.method,
        path: loggablePath(req.url),
        routeClass,
        status: res.statusCode,
        ms: Math.round(seconds * 10_000) / 10,
        ...(cache ? { cache } : {}),
        ...(res.writableFinished ? {} : { aborted: true }),
      });
    }
    if (inFlight === 0) for (const done of idle) done();
  }
  // One listener for every response: each request's record is on its response, not in a closure.
  function onClose(this: FrontResponse) {
    finished(this);
  }

  const server: Server<typeof IncomingMessage, typeof FrontResponse> = createServer(
    { ServerResponse: FrontResponse },
    (req, res) => {
      inFlight++;
      res.begin(performance.now());
      if (closing) res.shouldKeepAlive = false;
      res.on('close', onClose);
      const url = req.url ?? '/';
      if (url.startsWith('/healthz') || url.startsWith('/readyz') || url.startsWith('/metrics')) {
        if (ops(req, res, url.split('?')[0] ?? url)) return;
      }
      if (guardRequest(req, res)) return;
      hot.handler(req, res);
    },
  );
  server.keepAliveTimeout = 65_000;
  // A request line or header the parser refuses (an unknown method, a bad or huge header): 4xx, then close.
  server.on('clientError', answerClientError);
  const keepAlive = `Connection: keep-alive\r\nKeep-Alive: timeout=${server.keepAliveTimeout / 1000}\r\n`;
  const lane = installFastLane({
    server,
    // Hits are logged at debug level only: with those lines wanted, every request takes the full path.
    off: () => closing || logger.isLevelEnabled('debug'),
    answer: (request) => {
      const started = performance.now();
      const answer = hot.fastAnswer(request, keepAlive);
      if (!answer) return null;
      const seconds = (performance.now() - started) / 1000;
      metrics.observe(routeClassOf(request.method, request.url), answer.status, seconds);
      return answer.bytes;
    },
  });

  /** Stops accepting; resolves once every request in flight has been answered (or after `graceMs`). */
  function drain(graceMs: number): Promise<void> {
    closing = true;
    server.close();
    server.closeIdleConnections();
    // The fast lane's connections are idle between requests: each ends once its last answer is sent.
    for (const socket of lane.held()) socket.end();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      const done = () => {
        clearTimeout(timer);
        // Answered keep-alive connections are idle now: close them so the process can exit.
        server.closeIdleConnections();
        resolve();
      };
      if (inFlight === 0) done();
      else idle.add(done);
    });
  }

  return {
    server,
    stats: hot.stats,
    cache: hot.cache,
    registry: metrics.registry,
    drain,
    storeChanged: () => void version.fresh(),
  };
}
