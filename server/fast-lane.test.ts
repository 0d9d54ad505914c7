import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { installFastLane, parseSimpleHead } from '@/server/fast-lane';
import { MAX_URL_LENGTH } from '@/server/request-guard';

const head = (lines: string[]) => lines.join('\r\n');

describe('parseSimpleHead', () => {
  it('reads a plain GET or HEAD in origin form, with header names in lower case', () => {
    expect(
      parseSimpleHead(head(['GET /api/v2/status.json?lang=de HTTP/1.1', 'Host: x', 'Accept-Encoding: br'])),
    ).toEqual({
      method: 'GET',
      url: '/api/v2/status.json?lang=de',
      headers: { host: 'x', 'accept-encoding': 'br' },
    });
    expect(parseSimpleHead(head(['HEAD / HTTP/1.1', 'host: x', 'Connection: Keep-Alive']))?.method).toBe(
      'HEAD',
    );
  });

  it.each([
    ['another method', ['POST / HTTP/1.1', 'Host: x']],
    ['another version', ['GET / HTTP/1.0', 'Host: x']],
    ['an absolute target', ['GET http://x/ HTTP/1.1', 'Host: x']],
    ['a space in the target', ['GET /a b HTTP/1.1', 'Host: x']],
    ['no host', ['GET / HTTP/1.1', 'Accept: */*']],
    ['a header twice', ['GET / HTTP/1.1', 'Host: x', 'Cookie: a=1', 'cookie: b=2']],
    ['a body length', ['GET / HTTP/1.1', 'Host: x', 'Content-Length: 0']],
    ['a chunked body', ['GET / HTTP/1.1', 'Host: x', 'Transfer-Encoding: chunked']],
    ['an upgrade', ['GET / HTTP/1.1', 'Host: x', 'Upgrade: websocket', 'Connection: Upgrade']],
    ['a closing connection', ['GET / HTTP/1.1', 'Host: x', 'Connection: close']],
    ['a range', ['GET / HTTP/1.1', 'Host: x', 'Range: bytes=0-1']],
    ["the framework's navigation header", ['GET / HTTP/1.1', 'Host: x', 'RSC: 1']],
    ['a folded header', ['GET / HTTP/1.1', 'Host: x', 'Accept: a', ' b']],
    ['a bare LF in a value', ['GET / HTTP/1.1', 'Host: x', 'Accept: a\nX-Smuggled: 1']],
    ['a NUL in a value', ['GET / HTTP/1.1', 'Host: x', 'Accept: a\u0000']],
    ['a space before the colon', ['GET / HTTP/1.1', 'Host : x']],
    ['a line without a colon', ['GET / HTTP/1.1', 'Host: x', 'garbage']],
    ['a percent-encoded path', ['GET /incidents/%ff HTTP/1.1', 'Host: x']],
    ['an address over the limit', [`GET /?q=${'x'.repeat(MAX_URL_LENGTH)} HTTP/1.1`, 'Host: x']],
    [
      'more than 64 headers',
      ['GET / HTTP/1.1', 'Host: x', ...Array.from({ length: 64 }, (_, i) => `X-${i}: 1`)],
    ],
  ])('leaves a request with %s to the HTTP server', (_, lines) => {
    expect(parseSimpleHead(head(lines))).toBeNull();
  });

  it('keeps a percent sign in the query, where the guard does not look', () => {
    expect(parseSimpleHead(head(['GET /api/v1/calendar?tz=Europe%2FOslo HTTP/1.1', 'Host: x']))?.url).toBe(
      '/api/v1/calendar?tz=Europe%2FOslo',
    );
  });
});

const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

const FAST = 'HTTP/1.1 200 OK\r\ncontent-length: 4\r\n\r\nfast';
const BIG = Buffer.from(`HTTP/1.1 200 OK\r\ncontent-length: 65536\r\n\r\n${'b'.repeat(65_536)}`);

/**
 * An HTTP server that answers `http <method> <url> <body>` to everything it gets, behind a fast lane that
 * answers GET /fast itself (while `lane.on`).
 */
async function laneServer(keepAliveMs = 5_000) {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = `http ${req.method} ${req.url} ${Buffer.concat(chunks).toString()}`;
      res.writeHead(200, { 'content-length': String(Buffer.byteLength(text)) });
      res.end(text);
    });
  });
  server.keepAliveTimeout = keepAliveMs;
  const lane = { on: true, answered: 0 };
  const installed = installFastLane({
    server,
    off: () => !lane.on,
    answer: (request) => {
      if (request.url === '/throws') throw new Error('an answer that cannot be built');
      if (request.url === '/big') return BIG;
      if (request.url !== '/fast') return null;
      lane.answered++;
      return Buffer.from(FAST);
    },
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { port, lane, held: installed.held };
}

/** A raw connection that collects everything the server sends. */
async function rawClient(port: number) {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  await new Promise((r) => socket.once('connect', r));
  let received = '';
  socket.on('data', (c: Buffer) => (received += c.toString('latin1')));
  const closed = new Promise<void>((r) => socket.once('close', () => r()));
  return {
    socket,
    closed,
    send: (text: string) => socket.write(text),
    text: () => received,
    /** Waits until `count` answers (of either kind) arrived; returns their bodies in order. */
    async answers(count: number): Promise<string[]> {
      for (let i = 0; i < 200; i++) {
        const bodies = [...received.matchAll(/\r\n\r\n(fast|http [^\r]*?)(?=HTTP\/1\.1|$)/g)].map(
          (m) => m[1] ?? '',
        );
        if (bodies.length >= count) return bodies;
        await sleep(10);
      }
      throw new Error(`only got: ${received}`);
    },
  };
}

const get = (path: string) => `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`;
const post = (path: string, body: string) =>
  `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\n\r\n${body}`;

describe('installFastLane', () => {
  it('answers what it can on the socket, and hands the connection over for good at the first it cannot', async () => {
    const { port, lane } = await laneServer();
    const client = await rawClient(port);
    client.send(get('/fast'));
    expect(await client.answers(1)).toEqual(['fast']);
    client.send(post('/api/v1/incidents', '{"a":1}'));
    expect(await client.answers(2)).toEqual(['fast', 'http POST /api/v1/incidents {"a":1}']);
    client.send(get('/fast'));
    expect(await client.answers(3)).toEqual([
      'fast',
      'http POST /api/v1/incidents {"a":1}',
      'http GET /fast ',
    ]);
    expect(lane.answered).toBe(1);
  });

  it('keeps the order of pipelined requests across the handover', async () => {
    const { port } = await laneServer();
    const client = await rawClient(port);
    client.send(get('/fast') + get('/fast') + post('/w', 'body') + get('/fast'));
    expect(await client.answers(4)).toEqual(['fast', 'fast', 'http POST /w body', 'http GET /fast ']);
  });

  it('hands over a head that arrives in pieces, with the bytes it has already read', async () => {
    const { port, lane } = await laneServer();
    const client = await rawClient(port);
    client.send('GET /fa');
    await sleep(50);
    client.send('st HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(await client.answers(1)).toEqual(['http GET /fast ']);
    expect(lane.answered).toBe(0);
  });

  it('leaves malformed requests to the HTTP parser, which refuses them', async () => {
    const { port } = await laneServer();
    const client = await rawClient(port);
    client.send(get('/fast'));
    await client.answers(1);
    client.send(
      'GET /fast HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc',
    );
    await client.closed;
  });

  it('leaves a client that sends without reading to the HTTP server, which stops reading from it', async () => {
    const { port, held } = await laneServer();
    const client = await rawClient(port);
    client.socket.pause();
    const count = 300;
    client.send(get('/big').repeat(count));
    // 300 answers of 64 KB are far more than the socket buffers hold while nobody reads.
    for (let i = 0; i < 100 && held().size > 0; i++) await sleep(20);
    expect(held().size).toBe(0);
    client.socket.resume();
    const answers = () => client.text().split('HTTP/1.1 200 OK').length - 1;
    for (let i = 0; i < 500 && answers() < count; i++) await sleep(20);
    expect(answers()).toBe(count);
    // Those after the handover were answered by the HTTP server's handler, whose answer is a short echo.
    const echoed = client.text().split('http GET /big ').length - 1;
    expect(echoed).toBeGreaterThan(0);
    expect(echoed).toBeLessThan(count);
  });

  it('hands over a request whose answer fails to build, and lives on', async () => {
    const { port } = await laneServer();
    const client = await rawClient(port);
    client.send(get('/fast') + get('/throws'));
    expect(await client.answers(2)).toEqual(['fast', 'http GET /throws ']);
    const next = await rawClient(port);
    next.send(get('/fast'));
    expect(await next.answers(1)).toEqual(['fast']);
  });

  it('closes a connection the client has finished sending on, after its answers', async () => {
    const { port, held } = await laneServer();
    const client = await rawClient(port);
    client.socket.end(get('/fast') + get('/fast'));
    const started = Date.now();
    await client.closed;
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await client.answers(2)).toEqual(['fast', 'fast']);
    for (let i = 0; i < 50 && held().size > 0; i++) await sleep(10);
    expect(held().size).toBe(0);
  });

  it('answers nothing itself while off', async () => {
    const { port, lane } = await laneServer();
    lane.on = false;
    const client = await rawClient(port);
    client.send(get('/fast'));
    expect(await client.answers(1)).toEqual(['http GET /fast ']);
    expect(lane.answered).toBe(0);
  });

  it('holds its connections until they are handed over or closed, and closes idle ones after the keep-alive time', async () => {
    const { port, held } = await laneServer(200);
    const kept = await rawClient(port);
    kept.send(get('/fast'));
    await kept.answers(1);
    const handed = await rawClient(port);
    handed.send(get('/other'));
    await handed.answers(1);
    expect(held().size).toBe(1);
    const started = Date.now();
    await kept.closed;
    expect(Date.now() - started).toBeLessThan(2_000);
    for (let i = 0; i < 50 && held().size > 0; i++) await sleep(10);
    expect(held().size).toBe(0);
  });
});
