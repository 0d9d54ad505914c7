import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BlockList } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyTo } from '@/server/renderer-proxy';

/** A stand-in renderer that answers with the accept-encoding it was asked with and the body it got. */
let renderer: Server;
let front: Server;
let rendered = 0;

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

beforeAll(async () => {
  renderer = createServer((req, res) => {
    rendered += 1;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const body = Buffer.concat(chunks).toString('base64');
      res.end(JSON.stringify({ asked: req.headers['accept-encoding'] ?? null, body }));
    });
  });
  const rendererPort = await listen(renderer);
  const proxy = proxyTo({
    port: () => rendererPort,
    trusted: new BlockList(),
    logger: pino({ enabled: false }),
  });
  front = createServer(proxy);
  await listen(front);
});

afterAll(() => {
  front.close();
  renderer.close();
});

/** Posts `body` in two chunks without a length, as a browser streaming a form might. */
function postForm(path: string, type: string, body: Buffer): Promise<{ status: number; json: unknown }> {
  const { port } = front.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path, headers: { 'content-type': type } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as unknown }));
      },
    );
    req.on('error', reject);
    const half = Math.floor(body.length / 2);
    req.write(body.subarray(0, half));
    req.end(body.subarray(half));
  });
}

function ask(method: string, path: string): Promise<{ asked: string | null }> {
  const { port } = front.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: { 'accept-encoding': 'gzip, br' } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve(JSON.parse(text) as { asked: string | null }));
      },
    );
    req.on('error', reject);
    req.end(method === 'GET' ? undefined : '{}');
  });
}

describe('the proxy to the renderer', () => {
  it('asks for an API write answer uncompressed, and passes the client encodings on for everything else', async () => {
    expect(await ask('POST', '/api/v1/incidents')).toMatchObject({ asked: 'identity' });
    expect(await ask('PATCH', '/api/v1/components/x')).toMatchObject({ asked: 'identity' });
    expect(await ask('GET', '/admin')).toMatchObject({ asked: 'gzip, br' });
    expect(await ask('GET', '/api/v1/audit')).toMatchObject({ asked: 'gzip, br' });
  });
});

describe('forms posted to pages', () => {
  it('refuse a malformed multipart body with a JSON 400 before the renderer (whose framework answers 500)', async () => {
    const before = rendered;
    const fuzzed = Buffer.from('{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}');
    const answer = await postForm('/subscribe', 'multipart/form-data; boundary=x', fuzzed);
    expect(answer).toEqual({
      status: 400,
      json: {
        error: { code: 'invalid_request', message: expect.stringMatching(/multipart body is malformed/) },
      },
    });
    const unbounded = await postForm('/subscriptions/manage/abc', 'multipart/form-data', fuzzed);
    expect(unbounded.status).toBe(400);
    expect(rendered).toBe(before);
  });

  it('pass a well-formed form on byte for byte, and refuse one over the body limit with 413', async () => {
    const form = new FormData();
    form.set('email', 'reader@example.com');
    form.set('components', 'api');
    const encoded = new Response(form);
    const type = encoded.headers.get('content-type') ?? '';
    const body = Buffer.from(await encoded.arrayBuffer());
    const answer = await postForm('/subscribe', type, body);
    expect(answer.status).toBe(200);
    expect(Buffer.from((answer.json as { body: string }).body, 'base64').equals(body)).toBe(true);
    const huge = await postForm('/subscribe', type, Buffer.alloc(1024 * 1024 + 1, 'a'));
    expect(huge).toMatchObject({ status: 413, json: { error: { code: 'payload_too_large' } } });
  });
});
