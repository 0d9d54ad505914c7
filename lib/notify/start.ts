import { getStore } from '@/lib/store';
import type { StoreDriver } from '@/lib/store/driver';
import { notifyConfig } from '@/lib/notify/config';
import { Dispatcher } from '@/lib/notify/dispatcher';
import { fileTransport, smtpTransport } from '@/lib/notify/mail-transport';

export interface NotificationDispatcherHandle {
  stop(): Promise<void>;
}

/**
 * Starts the notification dispatcher in this process: SMTP when STATUS_SMTP_URL is set, else .eml files in the
 * data folder. Safe to call in every server process (one works at a time, the others stand by). A configuration
 * error is logged and leaves the page running without notifications rather than taking it down.
 */
export function startNotificationDispatcher(
  options: { env?: Record<string, string | undefined>; store?: StoreDriver } = {},
): NotificationDispatcherHandle {
  let config;
  try {
    config = notifyConfig(options.env ?? process.env);
  } catch (error) {
    console.error(`[notifications] not started: ${error instanceof Error ? error.message : String(error)}`);
    return { stop: async () => undefined };
  }
  const transport = config.smtpUrl ? smtpTransport(config.smtpUrl) : fileTransport();
  const dispatcher = new Dispatcher({ store: options.store ?? getStore(), config, transport });
  dispatcher.start();
  const where = config.smtpUrl
    ? `SMTP at ${new URL(config.smtpUrl).host}`
    : 'files in the data folder (outbox/)';
  console.info(`[notifications] dispatcher started: mail goes to ${where}; links use ${config.publicUrl}`);
  return { stop: () => dispatcher.stop() };
}
