import { createServer, request as httpRequest, type Server } from 'node:http';
import { createHotHandler, type RenderedResponse } from '@/server/hot-handler';
import { negotiateVariant } from '@/server/variant-locale';
import { proxyTo } from '@/server/renderer-proxy';
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

/**
 * Proxies to the renderer; a write it proxied is passed on only after this process has looked at the store
 * again, so the writer's next read never gets a copy older than its write (with PostgreSQL too, where the
 * notification of the write may still be on its way).
 */
function proxyWrites(port: number, onWritten: () => Promise<void>) {
  return proxyTo(port, {
    beforeAnswer: (req) => (req.method !== 'GET' && req.method !== 'HEAD' ? onWritten() : Promise.resolve()),
  });
}

function renderVia(port: number) {
  return (path: string, headers: Record<string, string>) =>
    new Promise<RenderedResponse>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path,
          method: 'GET',
          headers: { ...headers, 'accept-encoding': 'identity', host: `127.0.0.1:${port}` },
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

export interface FrontServer {
  server: Server;
  stats: ReturnType<typeof createHotHandler>['stats'];
  cache: ReturnType<typeof createHotHandler>['cache'];
}

/**
 * The public server: hot public reads from the in-memory cache, the rest proxied to Next, which runs in its
 * own process on `rendererPort`. Misses render through that same process, so a cached variant is exactly what
 * Next would have answered; keeping Next out of this process keeps its per-request machinery off the hot path.
 */
export async function createFrontServer(rendererPort: number): Promise<FrontServer> {
  const store = getStore();
  await store.load();
  const version = throttledVersion(() => store.version());
  const hot = createHotHandler({
    render: renderVia(rendererPort),
    fallback: proxyWrites(rendererPort, async () => {
      await store.sync();
      version.fresh();
    }),
    version: version.current,
    freshVersion: version.fresh,
    nextTransition: async (now) => nextStateChange((await store.load()).doc, new Date(now)),
    negotiate: negotiateVariant,
  });
  const server = createServer(hot.handler);
  server.keepAliveTimeout = 65_000;
  return { server, stats: hot.stats, cache: hot.cache };
}
