import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createHotHandler, type HotHandlerOptions, type RenderedResponse } from '@/server/hot-handler';
import { negotiateVariant } from '@/server/variant-locale';
import { seedDocument } from '@/lib/store/seed';
import { derivePageState } from '@/lib/status/state';
import { nextStateChange } from '@/lib/status/transitions';
import type { StoreDocument } from '@/lib/store/schema';

interface Harness {
  base: string;
  renders: { path: string; headers: Record<string, string> }[];
  fallbacks: string[];
  setVersion: (v: string) => void;
  setNow: (t: number) => void;
  stats: ReturnType<typeof createHotHandler>['stats'];
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function harness(
  render: (path: string, headers: Record<string, string>, now: number) => RenderedResponse,
  options: Partial<HotHandlerOptions> = {},
  nextTransition: (now: number) => number = () => Number.POSITIVE_INFINITY,
): Promise<Harness> {
  let version = 'v1';
  let now = Date.parse('2026-06-01T10:00:00Z');
  const renders: Harness['renders'] = [];
  const fallbacks: string[] = [];
  const hot = createHotHandler({
    render: async (path, headers) => {
      renders.push({ path, headers });
      return render(path, headers, now);
    },
    fallback: (req, res) => {
      fallbacks.push(req.url ?? '');
      res.writeHead(299, { 'content-type': 'text/plain' });
      res.end('framework');
    },
    version: () => version,
    nextTransition,
    negotiate: negotiateVariant,
    clock: () => now,
    ...options,
  });
  const server = createServer(hot.handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    renders,
    fallbacks,
    setVersion: (v) => (version = v),
    setNow: (t) => (now = t),
    stats: hot.stats,
  };
}

const json = (body: string): RenderedResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=1' },
  body: Buffer.from(body),
});

describe('createHotHandler', () => {
  it('hands a path that would parse as an address (`//host…`) to the framework instead of throwing', async () => {
    const h = await harness((path) => json(JSON.stringify(path)));
    const { port } = new URL(h.base);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '//2%5DD3Aa?%27%23=89Jz' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(299);
    expect(h.fallbacks).toEqual(['//2%5DD3Aa?%27%23=89Jz']);
  });

  it('keeps one personal calendar feed per component choice and forwards the choice to the renderer', async () => {
    const h = await harness((path) => json(JSON.stringify(path)));
    const api = await fetch(`${h.base}/api/v1/calendar.ics?lang=nb&components=api`);
    const login = await fetch(`${h.base}/api/v1/calendar.ics?lang=nb&components=login`);
    expect(await api.text()).toContain('components=api');
    expect(await login.text()).toContain('components=login');
    expect((await fetch(`${h.base}/api/v1/calendar.ics?lang=nb&components=api`)).headers.get('x-cache')).toBe(
      'hit',
    );
    expect(h.renders).toHaveLength(2);
  });

  it('renders a variant once and answers the next request from memory', async () => {
    let n = 0;
    const h = await harness(() => json(`{"n":${++n}}`));
    const a = await fetch(`${h.base}/api/v2/status.json`);
    const b = await fetch(`${h.base}/api/v2/status.json`);
    expect(await a.text()).toBe('{"n":1}');
    expect(await b.text()).toBe('{"n":1}');
    expect(a.headers.get('x-cache')).toBe('miss');
    expect(b.headers.get('x-cache')).toBe('hit');
    expect(h.renders).toHaveLength(1);
  });

  it('answers 304 to a matching If-None-Match, with the same strong ETag', async () => {
    const h = await harness(() => json('{"ok":true}'));
    const first = await fetch(`${h.base}/api/v2/summary.json`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const second = await fetch(`${h.base}/api/v2/summary.json`, { headers: { 'if-none-match': etag } });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
    const other = await fetch(`${h.base}/api/v2/summary.json`, {
      headers: { 'if-none-match': '"something-else"' },
    });
    expect(other.status).toBe(200);
  });

  it('invalidates every variant when the store version changes', async () => {
    let n = 0;
    const h = await harness((path) => json(`{"path":${JSON.stringify(path)},"n":${++n}}`));
    const urls = ['/?lang=en', '/?lang=nb', '/embed?tz=Asia/Tokyo', '/api/v2/summary.json'];
    for (const u of urls) await fetch(`${h.base}${u}`);
    expect(h.renders).toHaveLength(4);
    for (const u of urls) expect((await fetch(`${h.base}${u}`)).headers.get('x-cache')).toBe('hit');
    h.setVersion('v2');
    for (const u of urls) expect((await fetch(`${h.base}${u}`)).headers.get('x-cache')).toBe('miss');
    expect(h.renders).toHaveLength(8);
  });

  it('flips a maintenance to in progress at its start instant without any write', async () => {
    const doc: StoreDocument = seedDocument();
    const start = Date.parse('2026-06-01T12:00:00Z');
    doc.maintenances.push({
      id: 'm1',
      name: 'Database upgrade',
      body: '',
      scheduledFor: new Date(start).toISOString(),
      scheduledUntil: new Date(start + 3_600_000).toISOString(),
      componentIds: ['web-client'],
      emergency: null,
      manualStatus: null,
      manualStatusAt: null,
      cancelledAt: null,
      ruleId: null,
      createdAt: '2026-05-01T00:00:00.000Z',
      updatedAt: '2026-05-01T00:00:00.000Z',
      updates: [],
    });
    const h = await harness(
      (_path, _headers, now) => {
        const state = derivePageState(doc, new Date(now));
        return json(JSON.stringify({ indicator: state.indicator, m: state.maintenances[0]?.state }));
      },
      {},
      (now) => nextStateChange(doc, new Date(now)),
    );
    h.setNow(start - 60_000);
    expect(await (await fetch(`${h.base}/api/v2/status.json`)).json()).toEqual({
      indicator: 'none',
      m: 'scheduled',
    });
    h.setNow(start - 1);
    expect((await fetch(`${h.base}/api/v2/status.json`)).headers.get('x-cache')).toBe('hit');
    h.setNow(start);
    const flipped = await fetch(`${h.base}/api/v2/status.json`);
    expect(flipped.headers.get('x-cache')).toBe('miss');
    expect(await flipped.json()).toEqual({ indicator: 'maintenance', m: 'in_progress' });
  });

  it('keys pages by negotiated language, zone and theme cookies, and forwards only those inputs', async () => {
    const h = await harness((path, headers) => json(JSON.stringify({ path, headers })));
    await fetch(`${h.base}/?utm_source=x&lang=nb`, {
      headers: { cookie: 'tz=Asia/Tokyo; session=secret; theme=dark' },
    });
    const forwarded = h.renders[0];
    expect(forwarded?.path).toBe('/?lang=nb');
    expect(forwarded?.headers.cookie).toBe('tz=Asia%2FTokyo; theme=dark; lang=nb');
    expect(forwarded?.headers['accept-language']).toBe('nb');
    // Same negotiated inputs, different irrelevant ones: a hit.
    const again = await fetch(`${h.base}/?lang=nb&utm_source=y`, {
      headers: { cookie: 'theme=dark; tz=Asia/Tokyo' },
    });
    expect(again.headers.get('x-cache')).toBe('hit');
    // Accept-Language alone picks a different variant.
    await fetch(`${h.base}/`, { headers: { 'accept-language': 'de-DE,de;q=0.9' } });
    expect(h.renders.at(-1)?.headers['accept-language']).toBe('de');
    await fetch(`${h.base}/`, { headers: { 'accept-language': 'en-US' } });
    expect(h.renders.at(-1)?.headers['accept-language']).toBe('en-US');
    expect(h.renders).toHaveLength(3);
  });

  it('remembers a language chosen in the URL in a private answer, and only until the cookie holds it', async () => {
    const h = await harness(() => json('{}'));
    const chosen = await fetch(`${h.base}/calendar?lang=de`);
    expect(chosen.headers.get('set-cookie')).toBe('lang=de; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(chosen.headers.get('cache-control')).toBe('private, no-cache');
    const remembered = await fetch(`${h.base}/calendar?lang=de`, { headers: { cookie: 'lang=de' } });
    expect(remembered.headers.get('set-cookie')).toBeNull();
    expect(remembered.headers.get('cache-control')).toMatch(/^public, /);
    const embed = await fetch(`${h.base}/embed?lang=de`);
    expect(embed.headers.get('set-cookie')).toBeNull();
    expect(h.renders).toHaveLength(2);
  });

  it('serves /nb/calendar as the Norwegian variant of /calendar', async () => {
    const h = await harness((path, headers) =>
      json(JSON.stringify({ path, lang: headers['accept-language'] })),
    );
    const res = await fetch(`${h.base}/nb/calendar?month=2026-03`);
    expect(await res.json()).toEqual({ path: '/calendar?month=2026-03&lang=nb', lang: 'nb' });
  });

  it('never caches errors or responses that set cookies', async () => {
    let status = 404;
    const h = await harness(() => ({
      status,
      headers: { 'content-type': 'application/json' },
      body: Buffer.from('{}'),
    }));
    expect((await fetch(`${h.base}/incidents/nope`)).status).toBe(299);
    expect((await fetch(`${h.base}/incidents/nope`)).status).toBe(299);
    expect(h.renders).toHaveLength(2);
    status = 200;
    const withCookie = await harness(() => ({
      status: 200,
      headers: { 'set-cookie': 'a=b' },
      body: Buffer.from('x'),
    }));
    await fetch(`${withCookie.base}/`);
    await fetch(`${withCookie.base}/`);
    expect(withCookie.renders).toHaveLength(2);
  });

  it('names in Vary what a shared cache must key on', async () => {
    const h = await harness(() => json('{}'));
    expect((await fetch(`${h.base}/api/v2/summary.json`)).headers.get('vary')).toBe('Accept-Encoding');
    expect((await fetch(`${h.base}/badge.svg`)).headers.get('vary')).toBe('Accept-Encoding, Accept-Language');
    expect((await fetch(`${h.base}/calendar`)).headers.get('vary')).toBe(
      'Accept-Encoding, Accept-Language, Cookie',
    );
  });

  it("keeps Next's router headers in Vary only where navigation payloads are cached too", async () => {
    const router = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch';
    const h = await harness(() => ({
      status: 200,
      headers: { 'content-type': 'text/html', vary: `${router}, Accept-Encoding` },
      body: Buffer.from('<p>'),
    }));
    expect((await fetch(`${h.base}/api/v2/status.json`)).headers.get('vary')).toBe('Accept-Encoding');
    expect((await fetch(`${h.base}/embed`)).headers.get('vary')).toBe(
      'Accept-Encoding, Accept-Language, Cookie',
    );
    expect((await fetch(`${h.base}/`)).headers.get('vary')).toBe(
      `${router}, Accept-Encoding, Accept-Language, Cookie`,
    );
  });

  it('leaves requests with outsized variant values to the framework', async () => {
    const h = await harness(() => json('{}'));
    const res = await fetch(`${h.base}/api/v1/calendar?tz=${'x'.repeat(500)}`);
    expect(res.status).toBe(299);
    expect(h.renders).toHaveLength(0);
  });

  it('hands writes, the console and unknown paths straight to the framework', async () => {
    const h = await harness(() => json('{}'));
    await fetch(`${h.base}/api/v1/incidents`, { method: 'POST', body: '{}' });
    await fetch(`${h.base}/admin`);
    await fetch(`${h.base}/api/v2/summary.json`, { headers: { range: 'bytes=0-10' } });
    expect(h.renders).toHaveLength(0);
    expect(h.fallbacks).toEqual(['/api/v1/incidents', '/admin', '/api/v2/summary.json']);
  });

  it('caches client-navigation payloads of pages per router state', async () => {
    const h = await harness((path, headers) => json(JSON.stringify({ path, rsc: headers.rsc ?? null })));
    const headers = { rsc: '1', 'next-router-state-tree': '%5B%22%22%5D' };
    const a = await fetch(`${h.base}/?_rsc=abc`, { headers });
    const b = await fetch(`${h.base}/?_rsc=abc`, { headers });
    expect(await a.json()).toEqual({ path: '/?_rsc=abc', rsc: '1' });
    expect(b.headers.get('x-cache')).toBe('hit');
    expect(b.headers.get('cache-control')).toBe('private, no-cache');
    const other = await fetch(`${h.base}/?_rsc=def`, {
      headers: { ...headers, 'next-router-state-tree': 'other' },
    });
    expect(other.headers.get('x-cache')).toBe('miss');
    await fetch(`${h.base}/api/v2/summary.json`, { headers });
    expect(h.fallbacks).toEqual(['/api/v2/summary.json']);
  });

  it('sends brotli or gzip bytes that decode to the original', async () => {
    const body = JSON.stringify({ filler: 'x'.repeat(4000) });
    const h = await harness(() => json(body));
    const { request } = await import('node:http');
    const raw = (encoding: string) =>
      new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve) => {
        request(`${h.base}/api/v2/components.json`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }),
          );
        }).end();
      });
    const br = await raw('gzip, deflate, br');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.bytes).toString()).toBe(body);
    const gz = await raw('gzip');
    expect(gz.encoding).toBe('gzip');
    expect(gunzipSync(gz.bytes).toString()).toBe(body);
    const plain = await raw('identity');
    expect(plain.encoding).toBeUndefined();
    expect(plain.bytes.toString()).toBe(body);
  });

  it('renders concurrent misses of one variant only once', async () => {
    const h = await harness(() => json('{"slow":true}'));
    await Promise.all(
      Array.from({ length: 20 }, () => fetch(`${h.base}/api/v2/incidents.json`).then((r) => r.text())),
    );
    expect(h.renders).toHaveLength(1);
  });
});
