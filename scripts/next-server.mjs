// Next's own server, started by server.mjs as a child process on a loopback port: it renders every page and
// answers every request the response cache in front of it does not. It reports its port over IPC.
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
process.env.TZ = 'UTC';
const app = next({ dev: false, dir, hostname: 'localhost', port: Number(process.env.PORT ?? 3000) });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error('Request failed:', error);
    if (res.headersSent) return res.destroy();
    res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(
      JSON.stringify({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } }),
    );
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));

// Ends with its parent: never left running alone.
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
