import type { Server, Socket } from 'node:net';
import { MAX_URL_LENGTH } from '@/server/request-guard';

/**
 * The fast lane: a kept-alive connection whose requests are plain reads of fresh cached answers is served
 * straight from the socket, without Node's request and response objects, which cost more than the rest of a
 * hot read together. It only recognises a strict subset of HTTP/1.1 (a GET or HEAD in origin form, no body,
 * every header once and well formed) and answers only what the response cache holds fresh. Anything else (a
 * write, a miss, a partial head, a header it does not know how to judge) hands the connection, with every byte
 * not yet answered, to the HTTP server for the rest of its life, whose parser then decides as it always does.
 */

/** A request head the fast lane understands. Header names are lower case, each present once. */
export interface SimpleRequest {
  method: 'GET' | 'HEAD';
  url: string;
  headers: Record<string, string>;
}

const REQUEST_LINE = /^(GET|HEAD) (\/[!-~]*) HTTP\/1\.1$/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Field values without control characters (HTAB aside): no bare CR or LF, no NUL. */
export const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const MAX_HEADERS = 64;
/** Heads larger than this go to the HTTP server, whose limit and answer (431) apply. */
export const MAX_FAST_HEAD = 16 * 1024;

/**
 * Headers that announce a body, change the connection or ask for something else than a plain read, and the
 * framework's own request headers: such requests are the HTTP server's to answer.
 */
const HANDED_OVER = new Set([
  'content-length',
  'transfer-encoding',
  'upgrade',
  'expect',
  'te',
  'trailer',
  'range',
  'if-range',
  'rsc',
  'next-action',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
]);

/** The request in `head` (without its final CRLF CRLF), or null when the HTTP server must parse it. */
export function parseSimpleHead(head: string): SimpleRequest | null {
  const lines = head.split('\r\n');
  if (lines.length - 1 > MAX_HEADERS) return null;
  const start = REQUEST_LINE.exec(lines[0] ?? '');
  if (!start) return null;
  const method = start[1] as 'GET' | 'HEAD';
  const url = start[2] ?? '/';
  const q = url.indexOf('?');
  // Percent-encoded paths are the guard's to judge (a malformed one is a 400).
  if (url.length > MAX_URL_LENGTH || (q < 0 ? url : url.slice(0, q)).includes('%')) return null;
  const headers: Record<string, string> = Object.create(null) as Record<string, string>;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const colon = line.indexOf(':');
    if (colon <= 0) return null;
    const name = line.slice(0, colon).toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (!TOKEN.test(name) || !FIELD_VALUE.test(value) || name in headers || HANDED_OVER.has(name))
      return null;
    headers[name] = value;
  }
  if (!headers.host) return null;
  const connection = headers.connection;
  if (connection !== undefined && connection.toLowerCase() !== 'keep-alive') return null;
  return { method, url, headers };
}

export interface FastLaneOptions {
  /** The HTTP server (`node:http`) that takes over connections; its own connection handling is moved aside. */
  server: Server & { keepAliveTimeout: number };
  /** The complete answer (status line to body) to a request, or null when the HTTP server must answer it. */
  answer: (request: SimpleRequest) => Buffer | null;
  /** Whether requests should go to the HTTP server only (while draining, or with every request logged). */
  off: () => boolean;
}

const HEAD_END = Buffer.from('\r\n\r\n');

/**
 * Puts the fast lane in front of `server`'s connections. Returns the connections it holds now (each idle
 * between requests, as it answers at once) so a drain can close them.
 */
export function installFastLane(options: FastLaneOptions): { held: () => Set<Socket> } {
  const { server } = options;
  const listeners = server.listeners('connection') as ((socket: Socket) => void)[];
  const httpConnection = listeners[0];
  if (listeners.length !== 1 || !httpConnection)
    throw new Error('the fast lane goes in front of an HTTP server with its own connection handling only');
  server.removeListener('connection', httpConnection);
  const held = new Set<Socket>();
  // Whatever goes wrong in answering is the HTTP server's to answer (and report) through the full path.
  const answerOrNull = (request: SimpleRequest) => {
    try {
      return options.answer(request);
    } catch {
      return null;
    }
  };

  server.on('connection', (socket: Socket) => {
    if (options.off()) {
      httpConnection.call(server, socket);
      return;
    }
    held.add(socket);
    socket.setNoDelay(true);
    socket.setTimeout(server.keepAliveTimeout);
    const onTimeout = () => socket.destroy();
    const onError = () => socket.destroy();
    const onClose = () => held.delete(socket);
    // The HTTP server allows half-open connections: a client that is done gets its answers, then our end.
    const onEnd = () => socket.end();

    const handOver = (unread: Buffer) => {
      socket.removeListener('data', onData);
      socket.removeListener('timeout', onTimeout);
      socket.removeListener('error', onError);
      socket.removeListener('close', onClose);
      socket.removeListener('end', onEnd);
      socket.setTimeout(0);
      held.delete(socket);
      // Paused while the HTTP server attaches, so no byte is emitted with nobody listening; the unread bytes
      // are then the first it parses, before anything the client sends next.
      socket.pause();
      if (unread.length > 0) socket.unshift(unread);
      httpConnection.call(server, socket);
      socket.resume();
    };

    function onData(chunk: Buffer) {
      let offset = 0;
      if (!options.off()) {
        socket.cork();
        // A client that sends without reading is left to the HTTP server, which stops reading from it.
        while (offset < chunk.length && !socket.writableNeedDrain) {
          const end = chunk.indexOf(HEAD_END, offset);
          if (end < 0 || end - offset > MAX_FAST_HEAD) break;
          const request = parseSimpleHead(chunk.toString('latin1', offset, end));
          const bytes = request ? answerOrNull(request) : null;
          if (!bytes) break;
          socket.write(bytes);
          offset = end + HEAD_END.length;
        }
        socket.uncork();
      }
      if (offset < chunk.length) handOver(chunk.subarray(offset));
    }

    socket.on('data', onData);
    socket.on('timeout', onTimeout);
    socket.on('error', onError);
    socket.on('close', onClose);
    socket.on('end', onEnd);
  });
  return { held: () => held };
}
