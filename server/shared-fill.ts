import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';

/** The request header a front worker's fill carries: the store version and clock state it renders for. */
export const FILL_HEADER = 'x-status-fill';

/** How long a finished render is handed to other workers filling the same variant for the same state. */
const SHARE_MS = 2_000;

interface Rendered {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

const SKIP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date']);

/**
 * In the renderer: a variant that several front workers fill for the same store version and clock state is
 * rendered once and the same bytes handed to each, so every worker answers with one ETag (a conditional
 * request that lands on another worker still gets its 304) and a write costs one render per instance.
 */
export function createSharedFill(port: () => number) {
  const recent = new Map<string, { at: number; job: Promise<Rendered> }>();

  function renderOnce(req: IncomingMessage, headers: Record<string, string | string[]>): Promise<Rendered> {
    return new Promise((resolve, reject) => {
      const inner = httpRequest({ host: '127.0.0.1', port: port(), path: req.url, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const kept: Record<string, string | string[]> = {};
          for (const [name, value] of Object.entries(res.headers))
            if (value !== undefined && !SKIP.has(name)) kept[name] = value;
          resolve({ status: res.statusCode ?? 500, headers: kept, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      });
      inner.on('error', reject);
      inner.end();
    });
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    const now = Date.now();
    for (const [key, entry] of recent) if (now - entry.at > SHARE_MS) recent.delete(key);
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined && name !== FILL_HEADER && name !== 'connection') headers[name] = value;
    const key = `${req.url ?? ''}\n${JSON.stringify(Object.entries(req.headers).sort())}`;
    let entry = recent.get(key);
    if (!entry) {
      entry = { at: now, job: renderOnce(req, headers) };
      recent.set(key, entry);
    }
    entry.job.then(
      (r) => {
        res.writeHead(r.status, { ...r.headers, 'content-length': String(r.body.length) });
        res.end(r.body);
      },
      () => {
        recent.delete(key);
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end('render failed');
      },
    );
  };
}
