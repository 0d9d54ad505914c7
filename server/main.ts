/**
 * The production server: this process answers hot public reads from an in-memory response cache and proxies
 * everything else to Next, which runs as its child on a loopback port (renderer.ts). See server/README.md.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { createFrontServer } from '@/server/front-server';
import { isRendererReady } from '@/server/renderer-messages';
import { startNotificationProcess } from '@/server/notification-process';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.STATUS_HOST ?? '0.0.0.0';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
// Every time is computed in an explicit zone; a UTC process keeps any library that consults the host zone honest.
process.env.TZ = 'UTC';

// Next's process gets a small young generation (less resident memory); this one keeps V8's default, which
// serves the cache faster.
const renderer = fork(join(import.meta.dirname, 'renderer.mjs'), {
  execArgv: ['--max-semi-space-size=4', '--max-old-space-size=384'],
  stdio: 'inherit',
});
const rendererPort = await new Promise<number>((resolve, reject) => {
  renderer.on('message', (message) => {
    if (isRendererReady(message)) resolve(message.port);
  });
  renderer.once('exit', (code) => reject(new Error(`Next exited (${code}) before it was ready`)));
});
// Without its renderer the page cannot answer misses or writes: stop, so a supervisor restarts both.
renderer.on('exit', (code) => {
  console.error(`Next exited (${code}); stopping.`);
  process.exit(1);
});

const front = await createFrontServer(rendererPort);
front.server.listen(port, host, () => {
  console.log(`Status page ready on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
});
startNotificationProcess();

function stop() {
  renderer.removeAllListeners('exit');
  renderer.kill('SIGTERM');
  front.server.close();
  setTimeout(() => process.exit(0), 1500).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
