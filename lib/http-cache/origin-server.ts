import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHotHandler, type RenderedResponse } from '@/lib/http-cache/hot-handler';
import { negotiateVariant } from '@/lib/http-cache/negotiate';
import { getStore } from '@/lib/store';
import { nextStateChange } from '@/lib/status/transitions';

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** How often the store file is looked at: a write in another process is seen within this many ms. */
const VERSION_CHECK_MS = 20;

function throttledVersion(read: () => string): () => string {
  let value = read();
  let checkedAt = Date.now();
  return () => {
    const now = Date.now();
    if (now - checkedAt >= VERSION_CHECK_MS) {
      value = read();
      checkedAt = now;
    }
    return value;
  };
}

function renderVia(port: number) {
  return (path: string, headers: Record<string, string>) =>
    new Promise<RenderedResponse>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path, method: 'GET', headers: { ...headers, 'accept-encoding': 'identity', host: `127.0.0.1:${port}` } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.setTimeout(30_000, () => req.destroy(new Error(`rendering ${path} timed out`)));
      req.end();
    });
}

function failSafe(handler: NodeHandler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      console.error('Request failed:', error);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } }));
    });
  };
}

export interface OriginServer {
  server: Server;
  internal: Server;
  stats: ReturnType<typeof createHotHandler>['stats'];
  cache: ReturnType<typeof createHotHandler>['cache'];
}

/**
 * The public server: hot public reads from the in-memory cache, the rest straight to Next.
 * Misses render through a second, loopback-only server in the same process, so a cached variant
 * is exactly what Next would have answered for the same inputs.
 */
export async function createOriginServer(nextHandler: NodeHandler): Promise<OriginServer> {
  const fallback = failSafe(nextHandler);
  const internal = createServer(fallback);
  await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
  const internalPort = (internal.address() as AddressInfo).port;
  const store = getStore();
  await store.load();

  const hot = createHotHandler({
    render: renderVia(internalPort),
    fallback,
    version: throttledVersion(() => store.version()),
    nextTransition: async (now) => nextStateChange((await store.load()).doc, new Date(now)),
    negotiate: negotiateVariant,
  });
  const server = createServer(hot.handler);
  server.keepAliveTimeout = 65_000;
  return { server, internal, stats: hot.stats, cache: hot.cache };
}
