import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { sendError } from '@/server/json-answer';

/** Allow lists learned per path; bounded, since paths carry ids. */
const MAX_REMEMBERED = 2_000;
const learned = new Map<string, string>();

/**
 * The methods a route answers, as the renderer lists them: Next implements OPTIONS on every route handler
 * with an `Allow` of the methods the handler exports, so routes added later are covered without a list here.
 */
export function allowOf(port: number, path: string): Promise<string> {
  const known = learned.get(path);
  if (known) return Promise.resolve(known);
  return new Promise((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'OPTIONS' }, (res) => {
      res.resume();
      const allow = typeof res.headers['allow'] === 'string' ? res.headers['allow'] : 'GET, HEAD, OPTIONS';
      if (learned.size >= MAX_REMEMBERED) learned.clear();
      learned.set(path, allow);
      resolve(allow);
    });
    req.on('error', () => resolve('GET, HEAD, OPTIONS'));
    req.setTimeout(5_000, () => req.destroy());
    req.end();
  });
}

/** Next's answer to a method a route does not export: a 405 without a body (nor an Allow). */
export function isBareMethodNotAllowed(answer: IncomingMessage): boolean {
  return answer.statusCode === 405 && answer.headers['content-type'] === undefined;
}

/** Our JSON 405 instead: `method_not_allowed`, with the `Allow` the route really has. */
export async function sendMethodNotAllowed(
  port: number,
  req: IncomingMessage,
  res: ServerResponse,
  extra: Record<string, string>,
): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const allow = await allowOf(port, path);
  sendError(
    res,
    405,
    'method_not_allowed',
    `${req.method ?? 'This method'} is not allowed on ${path.slice(0, 200)}; it answers ${allow}.`,
    { allow, ...extra },
  );
}
