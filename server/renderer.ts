/**
 * Next's own server, started by main.ts as a child process on a loopback port: it renders every page and
 * answers every request the response cache in front of it does not. It reports its port over IPC.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import next from 'next';
import type { RendererReady } from '@/server/renderer-messages';

process.env.TZ = 'UTC';
// The app folder is the working directory (scripts/start.mjs changes to it).
const app = next({
  dev: false,
  dir: process.cwd(),
  hostname: 'localhost',
  port: Number(process.env.PORT ?? 3000),
});
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error('Request failed:', error);
    if (res.headersSent) return res.destroy();
    res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(
      JSON.stringify({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } }),
    );
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  const ready: RendererReady = { type: 'ready', port: (server.address() as AddressInfo).port };
  process.send?.(ready);
});

// Ends with its parent: never left running alone.
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
