// The production server: Node's HTTP server in front of Next's request handler.
// Hot public reads are answered from an in-memory response cache (lib/http-cache); everything else goes to Next.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import next from 'next';

const dir = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.STATUS_HOST ?? '0.0.0.0';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

const app = next({ dev: false, dir, hostname: host === '0.0.0.0' ? 'localhost' : host, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error('Request failed:', error);
    if (!res.headersSent) {
      res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } }));
    } else res.destroy();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, host, () => {
  console.log(`Status page ready on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
