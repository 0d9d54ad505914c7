import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { BlockList } from 'node:net';
import type { Logger } from 'pino';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { clientAddressOf, plainAddress } from '@/server/client-address';
import { hasFormBody, readMultipartForm, isPageMultipartPost } from '@/server/form-body';
import { sendError, sendRendererUnavailable } from '@/server/json-answer';
import { MAX_BODY_BYTES } from '@/server/request-guard';
import { findHotRoute } from '@/server/hot-routes';
import { allowOf, isBareMethodNotAllowed, sendMethodNotAllowed } from '@/server/method-not-allowed';
import { routeClassOf } from '@/server/route-class';

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

/** Set here from what the front process knows; whatever a client sent under these names is dropped. */
const OURS = new Set([
  CLIENT_ADDRESS_HEADER,
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-host',
  'x-real-ip',
]);

/** Methods a route can implement; any other (TRACE, WebDAV's …) is a 405 here, without asking the renderer. */
const FRAMEWORK_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * A write outside /api that is not a form action with its header (and not the embed's read): a 405 unless
 * checked by `pageWriteAllowed` first.
 */
function isPageWrite(req: IncomingMessage): boolean {
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  const url = req.url ?? '/';
  return (
    !url.startsWith('/api/') &&
    req.headers['next-action'] === undefined &&
    findHotRoute(url.split('?')[0] ?? '/')?.rsc !== false
  );
}

/**
 * The writes outside /api that do reach the renderer: forms posted without JavaScript to the subscription pages
 * (subscribe, manage, one-click unsubscribe), and any method a route handler there exports (as it lists them).
 */
async function pageWriteAllowed(port: number, req: IncomingMessage): Promise<boolean> {
  if (req.method === 'POST' && hasFormBody(req) && routeClassOf(req.method, req.url) === 'subscription')
    return true;
  const allow = await allowOf(port, (req.url ?? '/').split('?')[0] ?? '/');
  return allow.split(/,\s*/).includes(req.method ?? '');
}

/** Header room on the loopback hop to the renderer (the public side keeps Node's 16 KB). */
export const INTERNAL_HEADER_BYTES = 64 * 1024;

export interface ProxyOptions {
  /** The renderer's loopback port now, or null while it is down or restarting. */
  port: () => number | null;
  trusted: BlockList;
  logger: Logger;
  /** Runs before the renderer's answer is passed on (a write: look at the store, so the next read shows it). */
  beforeAnswer?: (req: IncomingMessage) => Promise<void>;
}

/** A state-changing call to the JSON API (not a page or a form). */
function isApiWrite(req: Pick<IncomingMessage, 'method' | 'url'>): boolean {
  return req.method !== 'GET' && req.method !== 'HEAD' && (req.url ?? '').startsWith('/api/');
}

/**
 * The headers sent to the renderer: the client's, less hop-by-hop ones, with the client's address as this
 * process resolved it (believing X-Forwarded-… only from trusted proxies).
 */
export function forwardedHeaders(
  req: IncomingMessage,
  trusted: BlockList,
): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name) && !OURS.has(name)) headers[name] = value;
  }
  const { address, viaTrustedProxy } = clientAddressOf(req, trusted);
  const peer = plainAddress(req.socket.remoteAddress ?? '');
  headers[CLIENT_ADDRESS_HEADER] = address;
  const forwarded = req.headers['x-forwarded-for'];
  headers['x-forwarded-for'] = viaTrustedProxy && forwarded ? `${String(forwarded)}, ${peer}` : peer;
  const proto = viaTrustedProxy
    ? String(req.headers['x-forwarded-proto'] ?? '')
        .split(',')[0]
        ?.trim()
    : '';
  headers['x-forwarded-proto'] = proto === 'https' ? 'https' : 'http';
  const host = req.headers['x-forwarded-host'];
  if (viaTrustedProxy && host) headers['x-forwarded-host'] = host;
  return headers;
}

/**
 * Streams a request to the renderer and its answer back. Used for everything the response cache does not
 * answer itself (console, writes, misses). While the renderer is down: a JSON 503 with Retry-After.
 */
export function proxyTo({ port: portNow, trusted, logger, beforeAnswer }: ProxyOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const port = portNow();
    const requestId = String(req.headers['x-request-id'] ?? '');
    if (port === null) {
      req.resume();
      sendRendererUnavailable(res);
      return;
    }
    const refuse = () => {
      req.resume();
      void sendMethodNotAllowed(port, req, res, { 'x-request-id': requestId });
    };
    if (!FRAMEWORK_METHODS.has(req.method ?? '')) return refuse();
    const pass = () =>
      isPageMultipartPost(req) ? forwardForm(port, req, res, requestId) : forward(port, req, res, requestId);
    if (isPageWrite(req)) {
      // The body waits (paused) while the route's methods are looked up.
      void pageWriteAllowed(port, req)
        .catch(() => false)
        .then((allowed) => (allowed ? pass() : refuse()));
      return;
    }
    pass();
  };

  /** A page's form, read whole and checked before the renderer sees it. */
  function forwardForm(port: number, req: IncomingMessage, res: ServerResponse, requestId: string): void {
    void readMultipartForm(req, MAX_BODY_BYTES)
      .catch(() => ({ ok: false, status: 400, message: 'The form could not be read.' }) as const)
      .then((form) => {
        if (form.ok) forward(port, req, res, requestId, form.body);
        else
          sendError(
            res,
            form.status,
            form.status === 413 ? 'payload_too_large' : 'invalid_request',
            form.message,
            { 'x-request-id': requestId },
          );
      });
  }

  function forward(
    port: number,
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    body?: Buffer,
  ): void {
    const headers = forwardedHeaders(req, trusted);
    if (body) headers['content-length'] = String(body.length);
    // An API write's answer is a small JSON document: compressing it costs the renderer more than it saves.
    if (isApiWrite(req)) headers['accept-encoding'] = 'identity';
    const head = req.method === 'HEAD';
    // HEAD is asked as GET and answered without the body: the same headers, whatever the route does with HEAD.
    const method = head ? 'GET' : req.method;
    // The framework's answers can carry headers that grow with the address (rewrites): allow them room.
    const target = {
      host: '127.0.0.1',
      port,
      method,
      path: req.url,
      headers,
      maxHeaderSize: INTERNAL_HEADER_BYTES,
    };
    const upstream = httpRequest(target, (answer) => {
      if (isBareMethodNotAllowed(answer)) {
        answer.resume();
        void sendMethodNotAllowed(port, req, res, { 'x-request-id': requestId });
        return;
      }
      const out: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
      }
      if (requestId) out['x-request-id'] = requestId;
      const pass = () => {
        res.writeHead(answer.statusCode ?? 502, out);
        if (head) {
          answer.resume();
          res.end();
          return;
        }
        answer.pipe(res);
        answer.on('error', () => res.destroy());
      };
      if (beforeAnswer)
        void beforeAnswer(req)
          .catch(() => undefined)
          .then(pass);
      else pass();
    });
    upstream.setTimeout(60_000, () => upstream.destroy(new Error('the renderer took over 60 s')));
    upstream.on('error', (error) => {
      logger.warn({ requestId, err: error.message }, 'the renderer did not answer');
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendRendererUnavailable(res);
    });
    if (body) upstream.end(body);
    else req.pipe(upstream);
  }
}
