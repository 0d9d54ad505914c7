// The production server. Node's HTTP server answers hot public reads from an in-memory response cache
// (lib/http-cache) and hands everything else to Next's request handler. See README, "Architecture".
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/cjs/api';
import next from 'next';

const dir = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.STATUS_HOST ?? '0.0.0.0';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
// Every time is computed in an explicit zone; a UTC process keeps any library that consults the host zone honest.
process.env.TZ = 'UTC';

// lib/ is TypeScript; tsx compiles it on load (the same code the app's route handlers use).
register();
const { createOriginServer } = createRequire(import.meta.url)(join(dir, 'lib/http-cache/origin-server.ts'));

const app = next({ dev: false, dir, hostname: host === '0.0.0.0' ? 'localhost' : host, port });
await app.prepare();
const origin = await createOriginServer(app.getRequestHandler());

origin.server.listen(port, host, () => {
  console.log(`Status page ready on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
});

function stop() {
  origin.server.close();
  origin.internal.close();
  setTimeout(() => process.exit(0), 1500).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
