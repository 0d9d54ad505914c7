import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHotHandler, type RenderedResponse } from '@/server/hot-handler';
import { negotiateVariant } from '@/server/variant-locale';

/** The renderer as these tests see it: up or down, answering, failing or hanging. */
interface FakeRenderer {
  up: boolean;
  mode: 'answer' | 'fail' | 'hang' | 'gone';
  body: string;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function harness() {
  const renderer: FakeRenderer = { up: true, mode: 'answer', body: '{"n":1}' };
  let version = 'v1';
  let renders = 0;
  const hot = createHotHandler({
    render: async () => {
      renders++;
      if (renderer.mode === 'fail') throw new Error('connection refused');
      // A hang in tests is a fake: the promise never settles, as a stopped process would never answer.
      if (renderer.mode === 'hang') return new Promise<RenderedResponse>(() => undefined);
      if (renderer.mode === 'gone') return { status: 404, headers: {}, body: Buffer.from('gone') };
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: Buffer.from(renderer.body),
      };
    },
    fallback: (_req, res) => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"error":"unavailable"}');
    },
    version: () => version,
    nextTransition: () => Number.POSITIVE_INFINITY,
    negotiate: negotiateVariant,
    rendererUp: () => renderer.up,
    staleAfterMs: 100,
  });
  const server = createServer(hot.handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path = '/api/v2/status.json') => {
    const res = await fetch(`${base}${path}`);
    return { status: res.status, cache: res.headers.get('x-cache'), body: await res.text() };
  };
  return {
    renderer,
    get,
    setVersion: (v: string) => (version = v),
    renders: () => renders,
    stats: hot.stats,
  };
}

describe('the last good copy while the renderer cannot render', () => {
  it('answers a stale variant from memory, marked stale, while the renderer is down', async () => {
    const h = await harness();
    expect(await h.get()).toEqual({ status: 200, cache: 'miss', body: '{"n":1}' });
    h.renderer.up = false;
    h.setVersion('v2');
    expect(await h.get()).toEqual({ status: 200, cache: 'stale', body: '{"n":1}' });
    expect(h.renders()).toBe(1);
    expect(h.stats.stale).toBe(1);
  });

  it('falls back to the last good copy when a render fails or hangs', async () => {
    const h = await harness();
    await h.get();
    h.setVersion('v2');
    h.renderer.mode = 'fail';
    expect(await h.get()).toMatchObject({ status: 200, cache: 'stale', body: '{"n":1}' });
    h.renderer.mode = 'hang';
    h.setVersion('v3');
    expect(await h.get()).toMatchObject({ status: 200, cache: 'stale', body: '{"n":1}' });
  });

  it('never serves a copy past the renderer coming back: the next request renders the current page', async () => {
    const h = await harness();
    await h.get();
    h.renderer.up = false;
    h.setVersion('v2');
    expect((await h.get()).cache).toBe('stale');
    h.renderer.up = true;
    h.renderer.body = '{"n":2}';
    expect(await h.get()).toEqual({ status: 200, cache: 'miss', body: '{"n":2}' });
  });

  it('forgets a page that is gone, so it is not served stale later', async () => {
    const h = await harness();
    await h.get('/incidents/abc');
    h.setVersion('v2');
    h.renderer.mode = 'gone';
    expect((await h.get('/incidents/abc')).status).toBe(503);
    h.renderer.up = false;
    expect((await h.get('/incidents/abc')).status).toBe(503);
  });

  it('hands a variant never rendered to the fallback (a 503) while the renderer is down', async () => {
    const h = await harness();
    h.renderer.up = false;
    h.renderer.mode = 'fail';
    expect((await h.get('/api/v2/summary.json')).status).toBe(503);
  });
});
