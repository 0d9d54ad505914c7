// For scripts/test.mjs, which runs plain JavaScript: `tsx scripts/postgres/cluster-cli.ts start PORT [DB…]`
// starts a throwaway cluster and prints it as JSON; `… remove DIR` stops and removes it.
import { createDatabase, removeCluster, startCluster } from './cluster';

async function main(): Promise<void> {
  const [command, arg, ...names] = process.argv.slice(2);
  if (command === 'start' && arg) {
    const cluster = await startCluster({ port: Number(arg) });
    for (const name of names) await createDatabase(cluster.adminUrl, name);
    console.log(JSON.stringify(cluster));
  } else if (command === 'remove' && arg) {
    removeCluster({ dir: arg });
  } else {
    console.error('Usage: cluster-cli.ts start PORT [DATABASE…] | remove DIR');
    process.exit(2);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
