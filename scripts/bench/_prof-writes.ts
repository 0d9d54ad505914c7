import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase, removeCluster, startCluster } from '../postgres/cluster';
import { startApp } from './app-process';
import { copyFileSync } from 'node:fs';
import pg from 'pg';
async function main() {
  const TOKEN = 'bench-token-0123456789abcdefghijkl';
  const port = 9350;
  const cluster = await startCluster({ port: port + 20, durable: true });
  const url = await createDatabase(cluster.adminUrl, 'prof');
  if (process.env.PGLOG) {
    const c = new pg.Client({ connectionString: cluster.adminUrl });
    await c.connect();
    await c.query('ALTER SYSTEM SET log_min_duration_statement = 0');
    await c.query('SELECT pg_reload_conf()');
    await c.end();
  }
  const env: Record<string, string> = { STATUS_DATABASE_URL: url, STATUS_API_TOKEN: TOKEN };
  const app = await startApp(port, { ...env, NODE_OPTIONS: '' });
  const post = (path: string, body: unknown) =>
    fetch(`${app.base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', origin: app.base },
      body: JSON.stringify(body),
    });
  const N = Number(process.env.N ?? 300),
    C = Number(process.env.C ?? 10);
  let i = 0;
  const t0 = Date.now();
  let errors = 0;
  let done = 0;
  let seg = Date.now();
  async function worker() {
    while (i < N) {
      const k = i++;
      const r = await post('/api/v1/incidents', {
        name: `P ${k}`,
        status: 'investigating',
        impact: 'minor',
        body: 'Looking.',
      });
      if (r.status !== 201) {
        errors++;
        if (errors < 3) console.log(r.status, await r.text());
      } else await r.text();
      if (++done % 200 === 0) {
        console.log(`${done}: ${(200000 / (Date.now() - seg)).toFixed(1)}/s`);
        seg = Date.now();
      }
    }
  }
  await Promise.all(Array.from({ length: C }, worker));
  const s = (Date.now() - t0) / 1000;
  console.log(`${N} writes in ${s.toFixed(1)} s = ${(N / s).toFixed(1)}/s, errors ${errors}`);
  app.stop();
  await sleep(3000);
  if (process.env.PGLOG) copyFileSync(`${cluster.dir}/socket/server.log`, '/work/notes/pg-statements.log');
  removeCluster(cluster);
}
void main();
