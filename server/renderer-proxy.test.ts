import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BlockList } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyTo } from '@/server/renderer-proxy';

/** A stand-in renderer that answers with the accept-encoding it was asked with. */
let renderer: Server;
let front: Server;

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

beforeAll(async () => {
  renderer = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ asked: req.headers['accept-encoding'] ?? null }));
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
    expect(await ask('POST', '/api/v1/incidents')).toEqual({ asked: 'identity' });
    expect(await ask('PATCH', '/api/v1/components/x')).toEqual({ asked: 'identity' });
    expect(await ask('GET', '/admin')).toEqual({ asked: 'gzip, br' });
    expect(await ask('GET', '/api/v1/audit')).toEqual({ asked: 'gzip, br' });
  });
});
