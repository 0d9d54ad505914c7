/** Responses as sent on the wire, and a bare node:http server that sends the identical bytes (the ceiling). */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WireResponse {
  status: number;
  type: string | undefined;
  encoding: string | null;
  body: Buffer;
  etag: string | undefined;
  /** The response's own headers, less those Node's server writes on every response by itself. */
  headers: [string, string][];
}

function ownHeaders(raw: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] ?? '';
    if (!/^(date|connection|keep-alive|transfer-encoding)$/i.test(name)) pairs.push([name, raw[i + 1] ?? '']);
  }
  return pairs;
}

/** Raw bytes as sent (Node's fetch decompresses, so ask with node:http instead). */
export function wireBytes(port: number, path: string, encoding: string): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, headers: { 'accept-encoding': encoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: res.headers['content-type'],
            encoding: res.headers['content-encoding'] ?? null,
            body: Buffer.concat(chunks),
            etag: res.headers['etag'],
            headers: ownHeaders(res.rawHeaders),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Connections kept open between the bench's writes, as a client posting many would. */
const keepAlive = new Agent({ keepAlive: true, maxSockets: 64 });

/**
 * A JSON post with node:http on kept-alive connections: the load generator shares the machine's cores with the
 * server, and Node's fetch costs it several times the CPU per request.
 */
export function postJson(
  base: string,
  path: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<{ status: number; text: string }> {
  const url = new URL(path, base);
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: keepAlive,
        headers: { ...headers, 'content-length': String(payload.length) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** A plain node:http process answering each path with exactly the recorded status line, headers and body. */
export function startCeiling(port: number, responses: (WireResponse & { path: string })[]): ChildProcess {
  const file = join(mkdtempSync(join(tmpdir(), 'bench-ceiling-')), 'bodies.json');
  const recorded = responses.map((r) => ({
    path: r.path,
    headers: r.headers.flat(),
    body: r.body.toString('base64'),
  }));
  writeFileSync(file, JSON.stringify(recorded));
  const code = `
    const { createServer } = require('node:http');
    const list = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'));
    const byPath = new Map(list.map((r) => [r.path, { ...r, body: Buffer.from(r.body, 'base64') }]));
    createServer((req, res) => {
      const r = byPath.get(req.url);
      if (!r) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, r.headers);
      res.end(r.body);
    }).listen(${port}, '127.0.0.1');`;
  return spawn(process.execPath, ['-e', code], { stdio: 'inherit' });
}
