import type { Logger } from 'pino';
import { getStore } from '@/lib/store';
import { nextStateChange } from '@/lib/status/transitions';
import { loopbackFor, type ServerConfig } from '@/server/config';
import { writeSnapshot } from '@/server/snapshot';

/** How often the store's version is looked at, and how long writes are gathered into one refresh. */
const WATCH_MS = 500;
const DEBOUNCE_MS = 1_000;
/** After a failed refresh (renderer restarting), try again after this long. */
const RETRY_MS = 10_000;
/** Relative texts ("updated 5 minutes ago") are refreshed at least this often. */
const MAX_AGE_MS = 15 * 60_000;

/**
 * With `STATUS_SNAPSHOT_DIR` set, keeps a static copy of the public surface there: refreshed (debounced)
 * after every store write and at every clock transition, read through this instance's own port. Runs in the
 * primary, once per instance. Returns the way to stop it.
 */
export function startSnapshotRefresher(config: ServerConfig, logger: Logger): () => void {
  const dir = config.snapshotDir;
  if (!dir) return () => undefined;
  const store = getStore();
  const base = `http://${loopbackFor(config.host)}:${config.port}`;
  let written: string | null = null;
  let due = Date.now() + 3_000;
  let running = false;
  let stopped = false;

  async function refresh() {
    running = true;
    const version = store.version();
    try {
      const { files } = await writeSnapshot(base, dir ?? '');
      written = version;
      const transition = nextStateChange((await store.load()).doc, new Date());
      due = Math.min(transition, Date.now() + MAX_AGE_MS);
      logger.info({ dir, files, nextRefresh: new Date(due).toISOString() }, 'snapshot written');
    } catch (error) {
      due = Date.now() + RETRY_MS;
      logger.warn(
        { dir, err: error instanceof Error ? error.message : String(error) },
        'snapshot not written',
      );
    } finally {
      running = false;
    }
  }

  const timer = setInterval(() => {
    if (running || stopped) return;
    if (written !== null && store.version() !== written) {
      written = null;
      due = Math.min(due, Date.now() + DEBOUNCE_MS);
    }
    if (Date.now() >= due) void refresh();
  }, WATCH_MS);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
