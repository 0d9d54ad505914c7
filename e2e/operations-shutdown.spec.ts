import { expect, test } from '@playwright/test';
import { E2E_API_TOKEN } from '../playwright.config';
import { startServer } from './support/server';
import { openStore } from './support/store';
import { childrenOf, eventually, isAlive } from './support/processes';

/** SIGTERM under load: stop accepting, finish what is in flight (writes too), exit within 10 s. */

test('SIGTERM under load: no response cut short, every acknowledged write kept, exit within 10 s', async () => {
  const server = await startServer({ portOffset: 63 });
  const pid = server.child.pid ?? 0;
  const url = (path: string) => `${server.baseURL}${path}`;
  const outcomes = { complete: 0, refused: 0, cut: [] as string[], writes: 0 };
  let running = true;
  const year = new Date().getUTCFullYear();
  const paths = ['/', '/api/v2/summary.json', `/api/v1/calendar?from=${year}-01-01&to=${year + 1}-01-01`];
  const reader = async (n: number) => {
    for (let i = n; running; i++) {
      const path = paths[i % paths.length] ?? '/';
      try {
        const res = await fetch(url(path), { headers: { 'accept-encoding': 'identity' } });
        const body = await res.text();
        const length = res.headers.get('content-length');
        if (length !== null && Number(length) !== Buffer.byteLength(body)) outcomes.cut.push(path);
        else if (path.startsWith('/api') && res.status === 200) JSON.parse(body);
        outcomes.complete++;
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        // Refused or reset before a response started: the server had stopped accepting, nothing was cut.
        if (cause === 'ECONNREFUSED' || cause === 'ECONNRESET' || cause === 'UND_ERR_SOCKET')
          outcomes.refused++;
        else outcomes.cut.push(`${path}: ${String(error)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  };
  const writer = async () => {
    for (let i = 0; running; i++) {
      try {
        const res = await fetch(url('/api/v1/incidents'), {
          method: 'POST',
          headers: { authorization: `Bearer ${E2E_API_TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            name: `Shutdown ${i}`,
            status: 'investigating',
            impact: 'minor',
            body: 'x',
          }),
        });
        if (res.status === 201) outcomes.writes++;
      } catch {
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  };
  const loops = [...Array.from({ length: 6 }, (_, n) => reader(n)), writer()];
  await new Promise((r) => setTimeout(r, 1_500));
  // Every process of the instance: workers, renderer and the notification dispatcher.
  const family = childrenOf(pid);
  expect(family.filter((c) => c.cmd.includes('notifier.mjs'))).toHaveLength(1);
  const signalled = Date.now();
  process.kill(pid, 'SIGTERM');
  const exited = await eventually(() => !isAlive(pid), 10_000);
  expect(family.filter((c) => isAlive(c.pid)).map((c) => c.cmd)).toEqual([]);
  const tookMs = Date.now() - signalled;
  running = false;
  await Promise.all(loops);
  console.log(
    `exit after ${tookMs} ms; ${outcomes.complete} complete, ${outcomes.refused} refused, ${outcomes.writes} writes`,
  );
  expect(exited).toBe(true);
  expect(outcomes.cut).toEqual([]);
  expect(outcomes.complete).toBeGreaterThan(10);
  // The store as a fresh process reads it: valid (it loads), and holding every write that was acknowledged.
  const store = openStore(server.storeEnv);
  await store.sync();
  const { doc } = await store.load();
  const kept = doc.incidents.filter((i) => i.name.startsWith('Shutdown ')).length;
  expect(kept).toBeGreaterThanOrEqual(outcomes.writes);
});
