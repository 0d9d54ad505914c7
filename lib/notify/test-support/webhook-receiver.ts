import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';

export interface ReceivedHook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Whether X-Status-Signature is a valid HMAC of `t.body` with the secret the receiver was given. */
  signatureValid: boolean;
}

export type HookBehaviour = 'ok' | 'error' | 'redirect' | 'hang' | 'huge';

export interface WebhookReceiver {
  port: number;
  url: (path: string) => string;
  received: ReceivedHook[];
  secrets: Map<string, string>;
  behaviour: (path: string) => HookBehaviour;
  close: () => Promise<void>;
}

/** Verifies `t=<unix>,v1=<hex>` the way a receiver in the wild would: HMAC-SHA256(secret, t + "." + raw body). */
export function verifySignature(header: string | undefined, secret: string, body: string): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(`${match[1]}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2] ?? '', 'hex'));
}

function answer(res: ServerResponse, behaviour: HookBehaviour, port: number): void {
  if (behaviour === 'ok') res.writeHead(204).end();
  else if (behaviour === 'error') res.writeHead(500, { 'Content-Type': 'text/plain' }).end('boom');
  else if (behaviour === 'redirect')
    res.writeHead(302, { Location: `http://127.0.0.1:${port}/redirected` }).end();
  else if (behaviour === 'huge') {
    // 50 MB of 500 error page, streamed: the sender must stop reading long before the end.
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    const chunk = Buffer.alloc(1024 * 1024, 'x');
    let sent = 0;
    const pump = () => {
      while (sent < 50 && res.write(chunk)) sent += 1;
      if (sent >= 50) res.end();
      else res.once('drain', pump);
    };
    pump();
  }
  // 'hang': never answer.
}

/** A real HTTP receiver on loopback; each path can answer differently. */
export async function startWebhookReceiver(port = 0): Promise<WebhookReceiver> {
  const receiver: WebhookReceiver = {
    port: 0,
    url: () => '',
    received: [],
    secrets: new Map(),
    behaviour: () => 'ok',
    close: async () => undefined,
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      const secret = receiver.secrets.get(path) ?? '';
      const signature = req.headers['x-status-signature'];
      receiver.received.push({
        path,
        headers: req.headers,
        body,
        signatureValid: verifySignature(typeof signature === 'string' ? signature : undefined, secret, body),
      });
      answer(res, receiver.behaviour(path), receiver.port);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  receiver.port = typeof address === 'object' && address ? address.port : 0;
  receiver.url = (path) => `http://127.0.0.1:${receiver.port}${path}`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}
