import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEntry } from '@/server/response-cache';
import { cacheStateOf, send, wholeAnswer, type HotStats } from '@/server/send-cached';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

const entry = buildEntry(
  200,
  { 'content-type': 'application/json', 'cache-control': 'public, max-age=10', vary: 'Accept-Encoding' },
  Buffer.from(JSON.stringify({ text: 'x'.repeat(2000) })),
  'v1',
  Number.POSITIVE_INFINITY,
);

interface Answer {
  status: number;
  headers: string[];
  body: Buffer;
}

/** A server answering every request from `entry` with the state and remembered language its URL names. */
async function serve() {
  const stats: HotStats = { hits: 0, misses: 0, bypassed: 0, notModified: 0, stale: 0, renders: 0 };
  const states: (string | undefined)[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://internal');
    const state = url.searchParams.get('state') === 'stale' ? 'stale' : 'hit';
    send(req, res, entry, stats, state, url.searchParams.get('remember'));
    states.push(cacheStateOf(res));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const ask = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<Answer>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.rawHeaders,
            body: Buffer.concat(chunks),
          }),
        );
      });
      req.on('error', reject);
      req.end();
    });
  return { ask, stats, states };
}

/** The response's own headers as name/value pairs, without those Node adds to every response. */
const own = (raw: string[]) =>
  raw
    .flatMap((value, i) => (i % 2 === 0 ? [[value.toLowerCase(), raw[i + 1] ?? '']] : []))
    .filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name ?? ''));

describe('send', () => {
  it('answers each encoding and cache state with its own length, encoding and X-Cache, in a fixed order', async () => {
    const { ask, states } = await serve();
    const br = await ask('/', { 'accept-encoding': 'br, gzip' });
    const gzip = await ask('/?state=stale', { 'accept-encoding': 'gzip' });
    const raw = await ask('/');
    const brAgain = await ask('/', { 'accept-encoding': 'br' });
    const base = [
      ['content-type', 'application/json'],
      ['cache-control', 'public, max-age=10'],
      ['vary', 'Accept-Encoding'],
      ['etag', entry.etag],
    ];
    expect(own(br.headers)).toEqual([
      ...base,
      ['x-cache', 'hit'],
      ['content-length', String(entry.br?.length)],
      ['content-encoding', 'br'],
    ]);
    expect(br.body).toEqual(entry.br);
    expect(own(gzip.headers)).toEqual([
      ...base,
      ['x-cache', 'stale'],
      ['content-length', String(entry.gzip?.length)],
      ['content-encoding', 'gzip'],
    ]);
    expect(gzip.body).toEqual(entry.gzip);
    expect(own(raw.headers)).toEqual([
      ...base,
      ['x-cache', 'hit'],
      ['content-length', String(entry.body.length)],
    ]);
    expect(raw.body).toEqual(entry.body);
    expect(own(brAgain.headers)).toEqual(own(br.headers));
    expect(states).toEqual(['hit', 'stale', 'hit', 'hit']);
  });

  it('answers a matching If-None-Match with a bodiless 304 and counts it', async () => {
    const { ask, stats } = await serve();
    const answer = await ask('/?state=stale', { 'if-none-match': `W/"other", ${entry.etag}` });
    expect(answer.status).toBe(304);
    expect(answer.body.length).toBe(0);
    expect(own(answer.headers)).toContainEqual(['x-cache', 'stale']);
    expect(own(answer.headers)).toContainEqual(['etag', entry.etag]);
    expect(stats.notModified).toBe(1);
    expect((await ask('/', { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('remembers a language chosen in the URL in place of the shared Cache-Control, and only for that answer', async () => {
    const { ask } = await serve();
    const remembered = own((await ask('/?remember=nb', { 'accept-encoding': 'gzip' })).headers);
    expect(remembered).toContainEqual(['cache-control', 'private, no-cache']);
    expect(remembered).not.toContainEqual(['cache-control', 'public, max-age=10']);
    expect(remembered.find(([name]) => name === 'set-cookie')?.[1]).toMatch(/^lang=nb; Path=\//);
    expect(remembered).toContainEqual(['content-encoding', 'gzip']);
    const plain = own((await ask('/', { 'accept-encoding': 'gzip' })).headers);
    expect(plain).toContainEqual(['cache-control', 'public, max-age=10']);
    expect(plain.some(([name]) => name === 'set-cookie')).toBe(false);
    const notModified = await ask('/?remember=nb', { 'if-none-match': entry.etag });
    expect(notModified.status).toBe(304);
    expect(own(notModified.headers)).toContainEqual(['cache-control', 'private, no-cache']);
  });

  it('answers HEAD with the headers of the GET and no body', async () => {
    const { ask } = await serve();
    const head = await ask('/', { 'accept-encoding': 'br' }, 'HEAD');
    expect(own(head.headers)).toContainEqual(['content-length', String(entry.br?.length)]);
    expect(head.body.length).toBe(0);
  });
});

/** The exact bytes a server on `port` answers to one request written raw, up to the end of its body. */
function exchange(port: number, head: string, bodyless: boolean): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(head));
    let got = Buffer.alloc(0);
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      got = Buffer.concat([got, chunk]);
      const end = got.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = bodyless
        ? 0
        : Number(/content-length: (\d+)/i.exec(got.toString('latin1', 0, end))?.[1]);
      if (got.length >= end + 4 + length) {
        socket.destroy();
        resolve(got);
      }
    });
  });
}

const withoutDate = (bytes: Buffer) => bytes.toString('latin1').replace(/\r\nDate: [^\r]*/, '\r\nDate: -');

describe('wholeAnswer', () => {
  it('is byte for byte what Node writes for the same hit: every encoding, HEAD and the 304', async () => {
    const stats: HotStats = { hits: 0, misses: 0, bypassed: 0, notModified: 0, stale: 0, renders: 0 };
    const server = createServer((req, res) => send(req, res, entry, stats, 'hit', null));
    server.keepAliveTimeout = 65_000;
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const connection = 'Connection: keep-alive\r\nKeep-Alive: timeout=65\r\n';
    const cases: [string, Record<string, string>][] = [
      ['GET', { 'accept-encoding': 'br, gzip' }],
      ['GET', { 'accept-encoding': 'gzip' }],
      ['GET', {}],
      ['HEAD', { 'accept-encoding': 'br' }],
      ['GET', { 'if-none-match': entry.etag, 'accept-encoding': 'br' }],
    ];
    for (const [method, headers] of cases) {
      const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
      const head = `${method} / HTTP/1.1\r\nHost: x\r\n${lines.join('')}\r\n`;
      const bodyless = method === 'HEAD' || 'if-none-match' in headers;
      const fromNode = await exchange(port, head, bodyless);
      const whole = wholeAnswer({ method, headers }, entry, stats, connection, Date.now());
      expect(withoutDate(whole.bytes), `${method} ${JSON.stringify(headers)}`).toBe(withoutDate(fromNode));
      expect(whole.status).toBe(bodyless && method === 'GET' ? 304 : 200);
    }
  });

  it('builds each answer once a second and reuses it', () => {
    const stats: HotStats = { hits: 0, misses: 0, bypassed: 0, notModified: 0, stale: 0, renders: 0 };
    const req = { method: 'GET', headers: { 'accept-encoding': 'gzip' } };
    const at = Date.UTC(2026, 11, 1, 12, 0, 0);
    const first = wholeAnswer(req, entry, stats, '', at + 100).bytes;
    expect(wholeAnswer(req, entry, stats, '', at + 900).bytes).toBe(first);
    const next = wholeAnswer(req, entry, stats, '', at + 1_000).bytes;
    expect(next).not.toBe(first);
    expect(next.toString('latin1')).toContain('Date: Tue, 01 Dec 2026 12:00:01 GMT\r\n');
  });
});
