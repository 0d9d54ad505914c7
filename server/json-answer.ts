import type { ServerResponse } from 'node:http';

/** What next.config.js gives every data answer of the framework: nothing in it may load, run or be framed. */
const DATA_ANSWER_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

/** A JSON answer written by the front process itself (never cached by anyone). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'private, no-store',
    'content-length': String(bytes.length),
    ...DATA_ANSWER_HEADERS,
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}

export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { error: { code, message } }, headers);
}

/** Seconds a client should wait before trying again while the renderer restarts. */
export const RETRY_AFTER_SECONDS = '5';

/** The answer to anything that needs the renderer while it is down or restarting. */
export function sendRendererUnavailable(res: ServerResponse): void {
  sendError(
    res,
    503,
    'service_unavailable',
    'The status page is restarting this part of the site. Please try again in a few seconds.',
    { 'retry-after': RETRY_AFTER_SECONDS },
  );
}
