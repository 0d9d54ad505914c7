/**
 * The notification dispatcher's own process, forked by notification-process.ts: ten thousand mails cost CPU, and
 * here the system gives that to the hot reads first (lower priority) instead of sharing their event loop.
 */
import { setPriority } from 'node:os';
import { notifyConfig } from '@/lib/notify/config';
import { startNotificationDispatcher } from '@/lib/notify/start';
import { captureConsole, createLogger } from '@/server/logger';

// Its messages are JSON log lines like the rest of the instance's, with the same redaction.
captureConsole(createLogger('notifier'));

try {
  setPriority(notifyConfig().niceness);
} catch {
  // A bad setting is reported as the dispatcher starts; without the permission it runs at the normal priority.
}
const dispatcher = startNotificationDispatcher();
// Give the lease up on the way out, so a restarted or other process takes over at once rather than after its TTL.
const stop = () => void dispatcher.stop().finally(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
process.once('disconnect', stop);
