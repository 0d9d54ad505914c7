import type { TestProject } from 'vitest/node';
import { removeCluster, startCluster, type Cluster } from '@/scripts/postgres/cluster';

/**
 * Every unit-test run gets a real PostgreSQL server: the one `npm test` started (TEST_DATABASE_URL), or a
 * throwaway one started here on TEST_PG_PORT (default E2E_PORT + 90) and removed at the end.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  let cluster: Cluster | null = null;
  let url = process.env.TEST_DATABASE_URL?.trim();
  if (!url) {
    const port = Number(process.env.TEST_PG_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 90);
    cluster = await startCluster({ port });
    url = cluster.adminUrl;
  }
  project.provide('postgresAdminUrl', url);
  return () => {
    if (cluster) removeCluster(cluster);
  };
}
