/**
 * A dispatcher in its own process, for the kill -9 test.
 * Usage: dispatcher-process.ts <data dir or postgres:// url> <smtp url>
 * Prints `ready` once started.
 */
import { getStore } from '@/lib/store';
import { notifyConfig } from '@/lib/notify/config';
import { Dispatcher } from '@/lib/notify/dispatcher';
import { smtpTransport } from '@/lib/notify/mail-transport';

const [dir = '', smtpUrl = ''] = process.argv.slice(2);
const config = notifyConfig({ STATUS_PUBLIC_URL: 'https://status.example.com', STATUS_SMTP_URL: smtpUrl });
const dispatcher = new Dispatcher({
  store: getStore(
    dir.startsWith('postgres')
      ? { STATUS_DATABASE_URL: dir }
      : { STATUS_DATA_DIR: dir, STATUS_DATABASE_URL: '' },
  ),
  config,
  transport: smtpTransport(smtpUrl, 1),
  batchSize: 10,
  concurrency: 2,
  idleMs: 20,
  log: () => undefined,
});
dispatcher.start();
process.stdout.write('ready\n');
