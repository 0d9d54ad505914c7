import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { superviseRenderer, type RendererState } from '@/server/renderer-supervisor';

/** Stand-in renderers: tiny scripts that crash at once, or report ready and then stop answering. */
function script(body: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'supervised-')), 'renderer.mjs');
  writeFileSync(file, body);
  return file;
}

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

function supervise(file: string, timing: { pingMs?: number; hungAfterMs?: number; stableMs?: number } = {}) {
  const states: RendererState[] = [];
  const restarts: string[] = [];
  const supervisor = superviseRenderer({
    script: file,
    execArgv: [],
    logger: pino({ level: 'silent' }),
    onState: (s) => states.push(s),
    onRestart: (reason) => restarts.push(reason),
    ...timing,
  });
  stops.push(() => supervisor.stop(500));
  return { supervisor, states, restarts };
}

const until = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return check();
};

describe('superviseRenderer', () => {
  it('restarts a renderer that keeps crashing, slower each time, and never reports it up', async () => {
    const { states, restarts } = supervise(script('process.exit(3);'));
    expect(await until(() => restarts.length >= 3, 8_000)).toBe(true);
    expect(states.every((s) => s.port === null)).toBe(true);
    expect(states.at(-1)?.reason).toMatch(/exited \(code 3\)/);
  });

  it('restarts a renderer that served a while and then died at once each time: that is no crash loop', async () => {
    // Up for 400 ms, then gone; 300 ms up counts as having served. As a crash loop, the wait after the fourth
    // exit would be 2 s, so the fourth and fifth exits would be at least 2.4 s apart.
    const file = script(
      `process.send({ type: 'ready', port: 4243 }); setTimeout(() => process.exit(1), 400);`,
    );
    const { restarts, states } = supervise(file, { stableMs: 300 });
    const exits: number[] = [];
    const seen = () => {
      while (exits.length < restarts.length) exits.push(Date.now());
      return restarts.length >= 5;
    };
    expect(await until(seen, 15_000)).toBe(true);
    expect(exits[4]! - exits[3]!).toBeLessThan(1_800);
    expect(states.filter((s) => s.port === 4243).length).toBeGreaterThanOrEqual(5);
  });

  it('reports the port when the renderer is ready, and replaces it when it stops answering pings', async () => {
    const file = script(`
      process.send({ type: 'ready', port: 4242 });
      process.on('message', (m) => { if (m.type === 'ping' && !globalThis.hung) process.send({ type: 'pong', at: m.at }); });
      setTimeout(() => { globalThis.hung = true; }, 300);
    `);
    const { supervisor, states, restarts } = supervise(file, { pingMs: 50, hungAfterMs: 400 });
    expect(await until(() => states.some((s) => s.port === 4242), 5_000)).toBe(true);
    const first = supervisor.pid();
    expect(
      await until(() => restarts.includes('hung') || restarts.some((r) => r.startsWith('hung')), 5_000),
    ).toBe(true);
    expect(states.some((s) => /hung/.test(s.reason ?? ''))).toBe(true);
    expect(await until(() => supervisor.pid() !== undefined && supervisor.pid() !== first, 5_000)).toBe(true);
  });
});
