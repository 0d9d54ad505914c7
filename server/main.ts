/**
 * The production server (`npm start`). The primary process supervises Next (renderer.ts, one per instance,
 * restarted when it dies or hangs), runs one front worker per core on the one port (worker.ts: hot public
 * reads from memory, the rest proxied to the renderer) and the background jobs (the snapshot, the notification
 * dispatcher's process), once. See server/README.md.
 */
import cluster from 'node:cluster';
import { readConfig } from '@/server/config';
import { captureConsole, createLogger } from '@/server/logger';
import { startNotificationProcess } from '@/server/notification-process';
import { runPrimary } from '@/server/primary';
import { startSnapshotRefresher } from '@/server/snapshot-refresher';
import { runWorker } from '@/server/worker';

process.env.NEXT_TELEMETRY_DISABLED ??= '1';
// Every time is computed in an explicit zone; a UTC process keeps any library that consults the host zone honest.
process.env.TZ = 'UTC';
const config = readConfig();

if (cluster.isPrimary) {
  const logger = createLogger('primary');
  captureConsole(logger);
  runPrimary({
    config,
    logger,
    // Jobs that must run once per instance start here, in the primary, never in the workers.
    backgroundJobs: () => [startSnapshotRefresher(config, logger), startNotificationProcess(logger)],
  });
} else {
  const logger = createLogger(`worker-${cluster.worker?.id ?? 0}`);
  captureConsole(logger);
  await runWorker(config, logger);
}
