import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { sendError } from '@/server/json-answer';
import { hasFormBody } from '@/server/form-body';

/** Larger request bodies are refused here, before the renderer reads any of them (the API takes 64 KB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Longer addresses are refused (414), as most proxies and CDNs do (8 KB request lines). */
export const MAX_URL_LENGTH = 8192;

function parsesAsRouterState(value: string): boolean {
  try {
    return Array.isArray(JSON.parse(decodeURIComponent(value)));
  } catch {
    return false;
  }
}

function decodablePath(url: string): boolean {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  // Only a percent sign starts something that can fail to decode.
  if (!path.includes('%')) return true;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** Route handlers take forms from anywhere (a mail client's one-click unsubscribe); pages' actions do not. */
const ROUTE_HANDLER_PATH = /^\/(?:api\/|subscriptions\/(?:confirm|unsubscribe)\/)/;

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Turns requests the framework would answer with a 500 into clear 4xx answers, or drops the malformed
 * framework header that would cause it: a router state that is not one, a server action id that is not
 * one or comes from another origin, a path that does not decode, a body larger than any route takes. Returns true when it answered.
 */
export function guardRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const state = req.headers['next-router-state-tree'];
  if (state !== undefined && (typeof state !== 'string' || !parsesAsRouterState(state)))
    delete req.headers['next-router-state-tree'];
  const action = req.headers['next-action'];
  if (action !== undefined) {
    if (req.method !== 'POST') delete req.headers['next-action'];
    else if (typeof action !== 'string' || !/^[0-9a-f]{40,64}$/i.test(action)) {
      sendError(res, 400, 'invalid_request', 'The Next-Action header does not name a form action.');
      return true;
    } else {
      const origin = req.headers.origin;
      if (origin !== undefined && hostOf(origin) !== req.headers.host) {
        sendError(res, 403, 'forbidden_origin', 'A form on another site cannot act on this one.');
        return true;
      }
    }
  }
  // A form posted without JavaScript is a server action too; the framework refuses another origin's with a 500.
  const origin = req.headers.origin;
  if (
    action === undefined &&
    req.method === 'POST' &&
    hasFormBody(req) &&
    !ROUTE_HANDLER_PATH.test(req.url ?? '/') &&
    origin !== undefined &&
    hostOf(origin) !== req.headers.host
  ) {
    req.resume();
    sendError(res, 403, 'forbidden_origin', 'A form on another site cannot act on this one.');
    return true;
  }
  if ((req.url ?? '').length > MAX_URL_LENGTH) {
    req.resume();
    sendError(res, 414, 'invalid_request', `The address is longer than ${MAX_URL_LENGTH} characters.`);
    return true;
  }
  if (!decodablePath(req.url ?? '/')) {
    req.resume();
    sendError(res, 400, 'invalid_request', 'The address has a malformed percent-encoding.');
    return true;
  }
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > MAX_BODY_BYTES) {
    req.resume();
    sendError(res, 413, 'payload_too_large', `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
    return true;
  }
  return false;
}

/**
 * A request the HTTP parser refused: 431 for headers over the limit, else 400, as JSON unless it was a HEAD
 * (whose answer has no body), and only when no response has started on the connection (as Node's own does).
 */
export function answerClientError(
  error: NodeJS.ErrnoException & { rawPacket?: Buffer },
  socket: Duplex,
): void {
  const current: unknown = Reflect.get(socket, '_httpMessage');
  const started =
    typeof current === 'object' && current !== null && Reflect.get(current, 'headersSent') === true;
  if (!socket.writable || started || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const overflow = error.code === 'HPE_HEADER_OVERFLOW';
  const status = overflow ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const start = error.rawPacket?.subarray(0, 5).toString('latin1');
  const body =
    start === undefined || start === 'HEAD '
      ? ''
      : JSON.stringify({
          error: {
            code: 'invalid_request',
            message: overflow ? 'The request headers are too large.' : 'The request could not be parsed.',
          },
        });
  const type = body ? 'content-type: application/json; charset=utf-8\r\n' : '';
  socket.end(
    `HTTP/1.1 ${status}\r\n${type}content-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`,
  );
}
