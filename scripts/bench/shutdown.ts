/**
 * SIGTERM under load: 32 read loops over hot and rendered paths and one writer run against the server, the
 * primary gets SIGTERM two seconds in. Counts answers completed, connections refused once it stopped
 * accepting, responses cut short (must be none), writes acknowledged and kept, and the time to exit.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { getStore } from '@/lib/store';
import { log, startApp } from './app-process';

const TOKEN = 'bench-token-0123456789abcdefghijkl';
const PATHS = ['/', '/api/v2/summary.json', '/embed', '/history', '/api/v1/audit?limit=5'];

export async function benchShutdown(options: { port: number }) {
  const app = await startApp(options.port, { STATUS_API_TOKEN: TOKEN });
  const tally = { complete: 0, refused: 0, cut: 0, writes: 0 };
  let running = true;
  const headers = { authorization: `Bearer ${TOKEN}`, 'accept-encoding': 'identity' };
  const reader = async (n: number) => {
    for (let i = n; running; i++) {
      try {
        const res = await fetch(`${app.base}${PATHS[i % PATHS.length]}`, { headers });
        const body = Buffer.from(await res.arrayBuffer());
        const length = res.headers.get('content-length');
        if (length !== null && Number(length) !== body.length) tally.cut++;
        else tally.complete++;
      } catch (error) {
        const code = (error as { cause?: { code?: string } }).cause?.code ?? '';
        if (['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET'].includes(code)) tally.refused++;
        else tally.cut++;
        await sleep(10);
      }
    }
  };
  const writer = async () => {
    for (let i = 0; running; i++) {
      const res = await fetch(`${app.base}/api/v1/incidents`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ name: `Drain ${i}`, status: 'investigating', impact: 'minor', body: 'x' }),
      }).catch(() => null);
      if (res?.status === 201) tally.writes++;
      if (!res) await sleep(10);
    }
  };
  log('sigterm: 32 readers and a writer, SIGTERM two seconds in…');
  const loops = [...Array.from({ length: 32 }, (_, n) => reader(n)), writer()];
  await sleep(2_000);
  const exited = new Promise<number>((resolve) => app.child.once('exit', () => resolve(Date.now())));
  const signalled = Date.now();
  app.child.kill('SIGTERM');
  const exitMs = (await Promise.race([exited, sleep(15_000).then(() => Number.NaN)])) - signalled;
  running = false;
  await Promise.all(loops);
  const store = getStore({ STATUS_DATA_DIR: app.dataDir });
  const { doc, problem } = await store.load();
  const kept = doc.incidents.filter((i) => i.name.startsWith('Drain ')).length;
  const result = { exitMs, ...tally, kept, storeValid: problem === null };
  console.log('\nSIGTERM under load');
  console.log(
    '| exit after ms | answers complete | refused after close | cut short | writes acked | kept | store valid |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  console.log(
    `| ${exitMs} | ${tally.complete} | ${tally.refused} | ${tally.cut} | ${tally.writes} | ${kept} | ${result.storeValid} |`,
  );
  return result;
}
