import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Logger } from 'pino';

/** After SIGTERM the dispatcher finishes its current send and gives its lease up; past this it is killed. */
const STOP_MS = 4_000;

/**
 * Runs the notification dispatcher (server/notifier.ts) as a child of the primary, once per instance, and keeps
 * it running: a crash restarts it after a pause that doubles up to a minute (reset once it ran a minute).
 * Several instances may each run one: the store's lease lets one work at a time. Returns the way to stop it.
 */
export function startNotificationProcess(logger: Logger): () => Promise<void> {
  let child: ChildProcess | null = null;
  let delay = 1_000;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  const start = () => {
    const startedAt = Date.now();
    const current = fork(join(import.meta.dirname, 'notifier.mjs'), { stdio: 'inherit' });
    child = current;
    current.once('exit', (code, signal) => {
      if (child === current) child = null;
      if (stopping) return;
      delay = Date.now() - startedAt > 60_000 ? 1_000 : Math.min(delay * 2, 60_000);
      logger.error({ code, signal, restartInMs: delay }, 'notification dispatcher exited; restarting it');
      timer = setTimeout(start, delay);
    });
  };
  // A primary that dies anyway takes its dispatcher along.
  process.once('exit', () => child?.kill('SIGKILL'));
  start();
  return async () => {
    stopping = true;
    clearTimeout(timer);
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    const late = setTimeout(() => running.kill('SIGKILL'), STOP_MS);
    await exited;
    clearTimeout(late);
  };
}
