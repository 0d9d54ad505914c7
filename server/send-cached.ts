import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { etagMatches } from '@/lib/http/etag';
import { LOCALE_COOKIE, preferenceCookie } from '@/lib/preferences/viewer-preferences';
import { pickEncoding, type CachedResponse } from '@/server/response-cache';
import { FIELD_VALUE } from '@/server/fast-lane';

/** What the hot handler answered, by kind; counted where the answer is written. */
export interface HotStats {
  hits: number;
  misses: number;
  bypassed: number;
  notModified: number;
  /** Last good copies served while the renderer could not render. */
  stale: number;
  /** Fills started (renders through the framework). */
  renders: number;
}

type CacheState = 'hit' | 'miss' | 'stale';

/** How the response cache answered, kept on the response itself (cheaper per request than a WeakMap). */
const CACHE_STATE = Symbol('cache state');
type Marked = ServerResponse & { [CACHE_STATE]?: CacheState };

/** How the response cache answered this response, if it did (for the request log). */
export function cacheStateOf(res: Marked): CacheState | undefined {
  return res[CACHE_STATE];
}

/** The headers every answer from an entry carries, as a flat list (the cheapest form for writeHead). */
function baseHeadersOf(entry: CachedResponse): string[] {
  return Object.entries({ ...entry.headers, etag: entry.etag }).flat();
}

type Encoding = 'br' | 'gzip' | null;
const STATES: readonly CacheState[] = ['hit', 'miss', 'stale'];
const ENCODINGS: readonly Encoding[] = [null, 'gzip', 'br'];

/**
 * Every complete header list an entry is answered with, built on first use: per cache state, the 304 and one
 * 200 per encoding. A hit then writes a ready list and allocates nothing for its headers.
 */
const headerLists = new WeakMap<CachedResponse, (string[] | undefined)[]>();

function headerListOf(entry: CachedResponse, state: CacheState, encoding: Encoding | 304): string[] {
  let lists = headerLists.get(entry);
  if (!lists) {
    lists = [];
    headerLists.set(entry, lists);
  }
  const slot = STATES.indexOf(state) * 4 + (encoding === 304 ? 3 : ENCODINGS.indexOf(encoding));
  let list = lists[slot];
  if (!list) {
    list = [...baseHeadersOf(entry), ...stateHeaders(entry, state, encoding)];
    lists[slot] = list;
  }
  return list;
}

function bodyOf(entry: CachedResponse, encoding: Encoding): Buffer {
  return (encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : entry.body) ?? entry.body;
}

/** What follows the entry's own headers: the cache state and, for a 200, the length and encoding sent. */
function stateHeaders(entry: CachedResponse, state: CacheState, encoding: Encoding | 304): string[] {
  if (encoding === 304) return ['x-cache', state];
  const extra = ['x-cache', state, 'content-length', String(bodyOf(entry, encoding).length)];
  if (encoding) extra.push('content-encoding', encoding);
  return extra;
}

/** Remembers an explicit language choice like the switcher does; such an answer is the viewer's own. */
function rememberHeaders(locale: string): string[] {
  return ['set-cookie', preferenceCookie(LOCALE_COOKIE, locale), 'cache-control', 'private, no-cache'];
}

/** The entry's headers with the language choice remembered in place of its own Cache-Control. */
function rememberingHeaders(
  entry: CachedResponse,
  state: CacheState,
  encoding: Encoding | 304,
  locale: string,
): string[] {
  const base = baseHeadersOf(entry);
  const kept: string[] = [];
  for (let i = 0; i < base.length; i += 2)
    if (base[i] !== 'cache-control') kept.push(base[i] ?? '', base[i + 1] ?? '');
  return [...kept, ...rememberHeaders(locale), ...stateHeaders(entry, state, encoding)];
}

/** The header list of one answer; only an answer that remembers a language is not a ready list. */
function headersFor(
  entry: CachedResponse,
  state: CacheState,
  encoding: Encoding | 304,
  remember: string | null,
) {
  return remember
    ? rememberingHeaders(entry, state, encoding, remember)
    : headerListOf(entry, state, encoding);
}

/** What a request gets from an entry: 304 when the client has these bytes, else the best encoding it accepts. */
function answerKind(
  headers: { 'if-none-match'?: string; 'accept-encoding'?: string },
  entry: CachedResponse,
): Encoding | 304 {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined && entry.status === 200 && etagMatches(ifNoneMatch, entry.etag)) return 304;
  return pickEncoding(headers['accept-encoding'], entry);
}

/** Writes a cached answer: 304 when the client has these bytes, else the best encoding it accepts. */
export function send(
  req: IncomingMessage,
  res: Marked,
  entry: CachedResponse,
  stats: HotStats,
  state: CacheState,
  remember: string | null,
): void {
  res[CACHE_STATE] = state;
  const encoding = answerKind(req.headers, entry);
  if (encoding === 304) {
    stats.notModified++;
    res.writeHead(304, headersFor(entry, state, 304, remember));
    res.end();
    return;
  }
  res.writeHead(entry.status, headersFor(entry, state, encoding, remember));
  res.end(req.method === 'HEAD' ? undefined : bodyOf(entry, encoding));
}

/** The Date line of answers written whole, as Node writes it: made once per second. */
let dateSecond = -1;
let dateLine = '';
function currentDateLine(now: number): string {
  const second = Math.floor(now / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateLine = `Date: ${new Date(second * 1000).toUTCString()}\r\n`;
  }
  return dateLine;
}

/** Answers written whole, per entry: built for the current second, per encoding and for the 304. */
const wholeAnswers = new WeakMap<CachedResponse, { second: number; slots: (Buffer | undefined)[] }>();

function buildWhole(
  entry: CachedResponse,
  encoding: Encoding | 304,
  withBody: boolean,
  connection: string,
  now: number,
): Buffer {
  const status = encoding === 304 ? 304 : entry.status;
  const list = headerListOf(entry, 'hit', encoding);
  let head = `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n`;
  for (let i = 0; i < list.length; i += 2) {
    const name = list[i] ?? '';
    const value = list[i + 1] ?? '';
    // No field a renderer or we could produce may split the head: checked once per answer built.
    if (!FIELD_VALUE.test(name) || !FIELD_VALUE.test(value)) throw new Error(`unsafe header ${name}`);
    head += `${name}: ${value}\r\n`;
  }
  head += `${currentDateLine(now)}${connection}\r\n`;
  const bytes = Buffer.from(head, 'latin1');
  return withBody && encoding !== 304 ? Buffer.concat([bytes, bodyOf(entry, encoding)]) : bytes;
}

/**
 * The complete bytes of a fresh hit, byte for byte what `send` has Node write for it (status line, the same
 * headers in the same order, Date, the connection's keep-alive lines, body), for the fast lane.
 * `connection` holds those keep-alive lines.
 */
export function wholeAnswer(
  req: { method: string; headers: Record<string, string | undefined> },
  entry: CachedResponse,
  stats: HotStats,
  connection: string,
  now: number,
): { status: number; bytes: Buffer } {
  const encoding = answerKind(req.headers, entry);
  if (encoding === 304) stats.notModified++;
  const status = encoding === 304 ? 304 : entry.status;
  if (req.method === 'HEAD') return { status, bytes: buildWhole(entry, encoding, false, connection, now) };
  const second = Math.floor(now / 1000);
  let built = wholeAnswers.get(entry);
  if (!built || built.second !== second) {
    built = { second, slots: [] };
    wholeAnswers.set(entry, built);
  }
  const slot = encoding === 304 ? 3 : ENCODINGS.indexOf(encoding);
  let bytes = built.slots[slot];
  if (!bytes) {
    bytes = buildWhole(entry, encoding, true, connection, now);
    built.slots[slot] = bytes;
  }
  return { status, bytes };
}
