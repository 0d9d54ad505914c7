import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';

/** Hop-by-hop headers (RFC 9110, 7.6.1) are for one connection and are not forwarded. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
]);

/**
 * Streams a request to the renderer on a loopback port and its answer back, adding the client's address to
 * X-Forwarded-For. Used for everything the response cache does not answer itself (console, writes, misses).
 */
export function proxyTo(
  port: number,
  options: { beforeAnswer?: (req: IncomingMessage) => Promise<void> } = {},
) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    }
    const client = req.socket.remoteAddress ?? '';
    const forwarded = req.headers['x-forwarded-for'];
    headers['x-forwarded-for'] = forwarded ? `${String(forwarded)}, ${client}` : client;
    headers['x-forwarded-proto'] ??= 'http';
    const upstream = httpRequest(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers },
      (answer) => {
        const out: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
        }
        const pass = () => {
          res.writeHead(answer.statusCode ?? 502, out);
          answer.pipe(res);
        };
        if (options.beforeAnswer)
          void options
            .beforeAnswer(req)
            .catch(() => undefined)
            .then(pass);
        else pass();
      },
    );
    upstream.on('error', (error) => {
      console.error('The renderer did not answer:', error.message);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(503, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        'retry-after': '5',
      });
      res.end(
        JSON.stringify({
          error: {
            code: 'store_unavailable',
            message: 'The status page is restarting. Please try again in a moment.',
          },
        }),
      );
    });
    req.pipe(upstream);
  };
}
