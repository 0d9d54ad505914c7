/**
 * The notifications section on the PostgreSQL driver: a throwaway database server (fsync on), one app instance
 * on it, and the same measures as on the JSON files (first mail, 10,000 subscribers to SMTP, write cost).
 */
import { createDatabase, removeCluster, startCluster } from '../postgres/cluster';
import { log } from './app-process';
import { benchNotifications, type NotificationsOptions } from './notifications';

export async function benchNotificationsOnPostgres(options: Omit<NotificationsOptions, 'storeEnv'>) {
  const pgPort = Number(process.env.BENCH_PG_PORT ?? options.port - 2);
  log(`notifications: starting a PostgreSQL server on 127.0.0.1:${pgPort} (fsync on)…`);
  const cluster = await startCluster({ port: pgPort, durable: true });
  try {
    const url = await createDatabase(cluster.adminUrl, 'bench_notifications');
    return await benchNotifications({
      ...options,
      storeEnv: { STATUS_DATABASE_URL: url },
      label: 'PostgreSQL',
    });
  } finally {
    removeCluster(cluster);
  }
}
