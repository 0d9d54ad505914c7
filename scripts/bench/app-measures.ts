/** What the benchmark measures on the app besides throughput: write-to-visible, a calendar year, client weight. */
import { setTimeout as sleep } from 'node:timers/promises';
import { loadRun } from './load';
import { wireBytes } from './wire';

export interface WriteToVisible {
  status: number;
  postMs: number;
  summaryMs: number | null;
  homeMs: number | null;
}

/** Posts an incident while `loadPath` is under load and times until the summary and the home page show it. */
export async function writeToVisible(
  base: string,
  token: string,
  loadPath: string,
  load: { connections: number; encoding: string },
): Promise<WriteToVisible> {
  const name = `Bench incident ${Date.now()}`;
  const running = loadRun(`${base}${loadPath}`, { ...load, seconds: 6 });
  await sleep(2000);
  const posted = Date.now();
  const res = await fetch(`${base}/api/v1/incidents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name,
      status: 'investigating',
      impact: 'minor',
      body: 'Benchmark write under load.',
    }),
  });
  const answered = Date.now();
  const seen: Record<string, number> = {};
  for (const [label, path] of [
    ['summary', '/api/v2/summary.json'],
    ['home', '/'],
  ] as const) {
    while (Date.now() - posted < 10_000) {
      const text = await (await fetch(`${base}${path}`)).text();
      if (text.includes(name)) {
        seen[label] = Date.now() - posted;
        break;
      }
      await sleep(5);
    }
  }
  await running;
  return {
    status: res.status,
    postMs: answered - posted,
    summaryMs: seen.summary ?? null,
    homeMs: seen.home ?? null,
  };
}

const ZONES = [
  'Europe/Oslo',
  'America/New_York',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Europe/London',
  'America/Los_Angeles',
  'UTC',
  'Australia/Lord_Howe',
  'Europe/Berlin',
];

/** Ten cache misses of a whole calendar year in different zones: median and max in ms. */
export async function calendarYearCost(base: string): Promise<{ medianMs: number; maxMs: number }> {
  const times: number[] = [];
  for (const [i, zone] of ZONES.entries()) {
    const year = 2026 + (i % 3);
    const started = performance.now();
    const res = await fetch(
      `${base}/api/v1/calendar?from=${year}-01-01&to=${year + 1}-01-01&tz=${encodeURIComponent(zone)}`,
    );
    await res.arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)] ?? 0, maxMs: times.at(-1) ?? 0 };
}

export interface Weight {
  transferred: number;
  js: number;
  html: number;
}

/** The first view's compressed bytes of a page and the scripts and styles it loads. */
export async function clientWeight(port: number, encoding: string): Promise<{ home: Weight; embed: Weight }> {
  const weigh = async (path: string): Promise<Weight> => {
    const page = await wireBytes(port, path, encoding);
    const html = await (await fetch(`http://127.0.0.1:${port}${path}`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map(
      (m) => m[1],
    );
    let js = 0;
    let total = page.body.length;
    for (const asset of new Set(assets)) {
      if (!asset) continue;
      const r = await wireBytes(port, asset, encoding);
      total += r.body.length;
      if (asset.endsWith('.js')) js += r.body.length;
    }
    return { transferred: total, js, html: page.body.length };
  };
  return { home: await weigh('/'), embed: await weigh('/embed') };
}
