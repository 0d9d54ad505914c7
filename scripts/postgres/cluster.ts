// Throwaway PostgreSQL servers for tests and the benchmark: Debian's binaries, a fresh cluster in a temporary
// folder, listening on 127.0.0.1 and a socket in that folder only, removed when stopped. Run as root, initdb
// refuses to start, so the server runs as the `postgres` OS user and its folders belong to that user.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
  port: number;
  dir: string;
  /** Connection string of the `postgres` database as the `postgres` superuser (trust on loopback). */
  adminUrl: string;
}

export interface ClusterOptions {
  port: number;
  /** Crash-safe settings (fsync on), for measurements; tests skip fsync to save time. */
  durable?: boolean;
}

/** The newest installed server's bin folder, e.g. /usr/lib/postgresql/15/bin, or null when none is installed. */
export function postgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const majors = readdirSync(base)
    .filter((name) => existsSync(join(base, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] ? join(base, majors[0], 'bin') : null;
}

function requireBin(): string {
  const bin = postgresBin();
  if (!bin) {
    throw new Error(
      'PostgreSQL server binaries are missing. Install them with: apt-get install -y postgresql (npm test does this when run as root).',
    );
  }
  return bin;
}

const asRoot = () => process.getuid?.() === 0;

/** Runs a server binary as the postgres OS user when we are root, else as ourselves. */
function runServerTool(tool: string, args: string[]): void {
  const command = join(requireBin(), tool);
  const [file, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`${tool} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

/** Folders the server writes must belong to its user; every parent must be traversable. */
function ownedByServer(path: string): void {
  mkdirSync(path, { recursive: true });
  if (!asRoot()) return;
  const { uid, gid } = postgresIds();
  chownSync(path, uid, gid);
}

function postgresIds(): { uid: number; gid: number } {
  const out = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gidOut = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (out.status !== 0 || gidOut.status !== 0) throw new Error('the postgres OS user does not exist');
  return { uid: Number(out.stdout.trim()), gid: Number(gidOut.stdout.trim()) };
}

export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const dataOf = (dir: string) => join(dir, 'data');

function serverOptions(dir: string, port: number, durable: boolean): string {
  const fast = durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  return `-p ${port} -k ${join(dir, 'socket')} -c listen_addresses=127.0.0.1 -c max_connections=200${fast}`;
}

/** A new cluster on `port`; throws when something already listens there. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  if (await portAnswers(options.port)) {
    throw new Error(`port ${options.port} is taken; choose another with TEST_PG_PORT`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'status-pg-'));
  chmodSync(dir, 0o755);
  ownedByServer(dataOf(dir));
  ownedByServer(join(dir, 'socket'));
  runServerTool('initdb', ['-D', dataOf(dir), '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  const cluster = {
    port: options.port,
    dir,
    adminUrl: `postgres://postgres@127.0.0.1:${options.port}/postgres`,
  };
  startServer(cluster, options.durable ?? false);
  return cluster;
}

/** Starts the server of an existing (stopped) cluster again. */
export function startServer(cluster: Cluster, durable = false): void {
  runServerTool('pg_ctl', [
    '-D',
    dataOf(cluster.dir),
    '-o',
    serverOptions(cluster.dir, cluster.port, durable),
    '-l',
    join(cluster.dir, 'socket', 'server.log'),
    '-w',
    'start',
  ]);
}

/** Stops the server (fast: open sessions are ended), keeping its data. */
export function stopServer(cluster: Cluster): void {
  if (!existsSync(join(dataOf(cluster.dir), 'postmaster.pid'))) return;
  runServerTool('pg_ctl', ['-D', dataOf(cluster.dir), '-m', 'fast', '-w', 'stop']);
}

/** Stops the server and removes the cluster. */
export function removeCluster(cluster: Pick<Cluster, 'dir'> & Partial<Cluster>): void {
  try {
    stopServer({ port: 0, adminUrl: '', ...cluster });
  } finally {
    rmSync(cluster.dir, { recursive: true, force: true });
  }
}

/** `adminUrl` with another database name. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates an empty database and returns its connection string. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return databaseUrl(adminUrl, name);
}
