/**
 * Notifications under load: the first mail handed to SMTP after an incident write, 10,000 confirmed subscribers
 * all handed to a local SMTP server while the hot public reads keep answering (their rate beside the unloaded
 * rate), and what an incident write costs with 10,000 subscribers beside none.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SMTPServer } from 'smtp-server';
import { getStore, type StoreDriver } from '@/lib/store';
import { fmt, log, startApp } from './app-process';
import { loadRun, type LoadTool } from './load';

export interface NotificationsOptions {
  port: number;
  connections: number;
  encoding: string;
  tool: LoadTool;
  /** The store's settings (STATUS_DATABASE_URL for PostgreSQL); the JSON files of a new folder otherwise. */
  storeEnv?: Record<string, string>;
  label?: string;
}

const TOKEN = 'bench-token-0123456789abcdefghijkl';
const SUBSCRIBERS = 10_000;
const HOT_PATH = '/api/v2/summary.json';

/** A local SMTP server that only counts what it is handed (and when the first and last arrived). */
async function startSink(port: number) {
  const sink = { count: 0, firstAt: 0, lastAt: 0, close: async () => undefined as void };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        const now = performance.now();
        sink.count += session.envelope.rcptTo.length;
        sink.firstAt ||= now;
        sink.lastAt = now;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}

/** Adds subscribers through the store's interface, a few at a time, as sign-ups would arrive. */
async function seedSubscribers(store: StoreDriver, count: number): Promise<void> {
  const at = new Date().toISOString();
  const health = {
    consecutiveFailures: 0,
    failingSince: null,
    lastAttemptAt: null,
    lastSuccessAt: null,
    lastError: null,
    disabledAt: null,
    disabledReason: null,
  };
  const locales = ['en', 'nb', 'sv', 'da', 'nl', 'de'] as const;
  const zones = ['Europe/Oslo', 'Europe/Stockholm', 'America/New_York', 'Asia/Tokyo'];
  let next = 0;
  const add = async () => {
    for (let i = next++; i < count; i = next++) await addOne(i);
  };
  const addOne = async (i: number) => {
    const id = `bench${String(i).padStart(6, '0')}`;
    await store.notifications.modifySubscriber({ id }, () => ({
      id,
      type: 'email',
      email: `subscriber${i}@example.com`,
      url: null,
      format: 'statuspage',
      components: i % 3 === 0 ? [] : ['api', 'login'],
      lang: locales[i % locales.length] ?? 'en',
      timeZone: zones[i % zones.length] ?? 'UTC',
      state: 'confirmed',
      nonce: `nonce${id}`,
      confirmNonce: null,
      createdAt: at,
      updatedAt: at,
      confirmedAt: at,
      createdBy: 'bench',
      health,
    }));
  };
  await Promise.all(Array.from({ length: 8 }, add));
}

function cpuOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) || 0) + (Number(fields[12]) || 0)) * 10;
  } catch {
    return 0;
  }
}

/** The child of `pid` whose command line names `script` (the renderer, the notifier). */
function childRunning(pid: number | undefined, script: string): number | undefined {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
    return children
      .map(Number)
      .find((child) => readFileSync(`/proc/${child}/cmdline`, 'utf8').includes(script));
  } catch {
    return undefined;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timedWrite(base: string, incident: string, body: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}/api/v1/incidents/${incident}/updates`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`write answered ${response.status}: ${await response.text()}`);
  return performance.now() - started;
}

async function openIncident(base: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/incidents`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'Bench',
      status: 'investigating',
      impact: 'minor',
      body: 'Bench.',
      notify: false,
    }),
  });
  return ((await response.json()) as { incident: { id: string } }).incident.id;
}

/** Median latency of `count` incident updates (each notifies); waits for the outbox to drain between writes. */
async function writeCost(
  base: string,
  incident: string,
  sink: { count: number },
  count: number,
  expected: number,
) {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const before = sink.count;
    times.push(await timedWrite(base, incident, { status: 'identified', body: `Update ${i}.` }));
    const until = Date.now() + 120_000;
    while (sink.count < before + expected && Date.now() < until) await sleep(100);
  }
  return { medianMs: median(times), times: times.map((t) => Math.round(t)) };
}

export async function benchNotifications(options: NotificationsOptions) {
  const sinkPort = options.port + 9;
  const sink = await startSink(sinkPort);
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-notify-'));
  const storeEnv = { STATUS_DATA_DIR: dataDir, STATUS_DATABASE_URL: '', ...options.storeEnv };
  const app = await startApp(options.port, {
    STATUS_API_TOKEN: TOKEN,
    ...storeEnv,
    STATUS_SMTP_URL: `smtp://127.0.0.1:${sinkPort}`,
  });
  const store = getStore(storeEnv);
  const load = (seconds: number) =>
    loadRun(`${app.base}${HOT_PATH}`, {
      connections: options.connections,
      seconds,
      encoding: options.encoding,
    });
  try {
    const incident = await openIncident(app.base);
    log('notifications: write cost with no subscribers…');
    const none = await writeCost(app.base, incident, sink, 15, 0);

    log('notifications: the first mail after a write, one subscriber…');
    await seedSubscribers(store, 1);
    const oneStart = performance.now();
    sink.firstAt = 0;
    await timedWrite(app.base, incident, { status: 'identified', body: 'First mail.' });
    while (sink.firstAt === 0 && performance.now() - oneStart < 30_000) await sleep(10);
    const firstMailMs = sink.firstAt - oneStart;

    log(`notifications: seeding ${SUBSCRIBERS} confirmed subscribers…`);
    await seedSubscribers(store, SUBSCRIBERS);
    await load(3);
    const unloaded = await load(10);
    log(`notifications: one incident update to ${SUBSCRIBERS} subscribers under load on ${HOT_PATH}…`);
    const before = sink.count;
    sink.firstAt = 0;
    const notifier = childRunning(app.child.pid, 'notifier.mjs');
    const renderer = childRunning(app.child.pid, 'renderer.mjs');
    const cpu0 = { bench: process.cpuUsage(), front: cpuOf(app.child.pid), notifier: cpuOf(notifier) };
    const started = performance.now();
    await timedWrite(app.base, incident, { status: 'monitoring', body: 'A fix is out; we are watching.' });
    const rounds = [];
    while (sink.count - before < SUBSCRIBERS && performance.now() - started < 180_000)
      rounds.push(await load(3));
    const allMs = sink.lastAt - started;
    const delivered = sink.count - before;
    const wall = performance.now() - started;
    const usage = process.cpuUsage(cpu0.bench);
    const cpu = {
      sinkAndLoadDriver: Math.round((usage.user + usage.system) / 1000),
      front: cpuOf(app.child.pid) - cpu0.front,
      dispatcher: cpuOf(notifier) - cpu0.notifier,
    };
    log(`CPU ms while sending (${Math.round(wall)} ms): ${JSON.stringify(cpu)} (renderer pid ${renderer})`);
    // The machine is shared: the unloaded rate is the better of before and after, so noise cannot flatter the ratio.
    const after = await load(10);
    const unloadedRps = Math.max(unloaded.rps, after.rps);
    const firstOf10k = sink.firstAt - started;
    const loaded = rounds.length > 0 ? rounds.reduce((sum, r) => sum + r.rps, 0) / rounds.length : 0;

    log('notifications: write cost with 10,000 subscribers…');
    const many = await writeCost(app.base, incident, sink, 5, SUBSCRIBERS);
    const result = {
      firstMailMs: Math.round(firstMailMs),
      firstOf10kMs: Math.round(firstOf10k),
      delivered,
      allHandedMs: Math.round(allMs),
      hotReads: {
        unloadedRps: Math.round(unloadedRps),
        duringRps: Math.round(loaded),
        ratio: unloadedRps > 0 ? Number((loaded / unloadedRps).toFixed(3)) : 0,
        rounds: rounds.length,
      },
      dispatcherCpuMs: cpu.dispatcher,
      writeMs: { none: Math.round(none.medianMs), tenThousand: Math.round(many.medianMs) },
      writeRatio: Number((many.medianMs / none.medianMs).toFixed(2)),
    };
    console.log(
      `\nNotifications on ${options.label ?? 'the JSON files'} (${SUBSCRIBERS} confirmed subscribers, SMTP on 127.0.0.1, load tool ${options.tool})`,
    );
    console.log('| measure | figure | target |');
    console.log('| --- | ---: | --- |');
    console.log(
      `| first mail handed to SMTP after the write (1 subscriber) | ${fmt(firstMailMs)} ms | ≤ 10,000 ms |`,
    );
    console.log(`| first of ${SUBSCRIBERS} handed to SMTP | ${fmt(firstOf10k)} ms | ≤ 10,000 ms |`);
    console.log(`| all ${fmt(result.delivered)} handed to SMTP | ${fmt(allMs)} ms | ≤ 60,000 ms |`);
    console.log(
      `| ${HOT_PATH} req/s unloaded (best of before and after) → while sending | ${fmt(unloadedRps)} → ${fmt(loaded)} (${fmt(result.hotReads.ratio * 100)} %) | ≥ 80 % |`,
    );
    console.log(
      `| CPU of the dispatcher process for the ${SUBSCRIBERS} mails | ${fmt(cpu.dispatcher)} ms | — |`,
    );
    console.log(
      `| incident write, median: none → ${SUBSCRIBERS} subscribers | ${fmt(none.medianMs, 1)} → ${fmt(many.medianMs, 1)} ms (× ${result.writeRatio}) | ≤ 2 × |`,
    );
    return result;
  } finally {
    app.stop();
    await store.close();
    await sink.close();
  }
}
