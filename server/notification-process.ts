import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs the notification dispatcher (server/notifier.ts) as a child of this process and keeps it running: a crash
 * restarts it after a pause that doubles up to a minute; it stops with this process. Several server processes
 * may each run one: the store's lease lets one work at a time.
 */
export function startNotificationProcess(): void {
  let child: ChildProcess | null = null;
  let delay = 1_000;
  let stopping = false;
  const start = () => {
    const startedAt = Date.now();
    child = fork(join(import.meta.dirname, 'notifier.mjs'), { stdio: 'inherit' });
    child.once('exit', (code, signal) => {
      child = null;
      if (stopping) return;
      delay = Date.now() - startedAt > 60_000 ? 1_000 : Math.min(delay * 2, 60_000);
      console.error(`[notifications] dispatcher exited (${signal ?? code}); restarting in ${delay / 1000} s`);
      setTimeout(start, delay).unref();
    });
  };
  process.once('exit', () => {
    stopping = true;
    child?.kill('SIGTERM');
  });
  start();
}
