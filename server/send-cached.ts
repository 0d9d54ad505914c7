import type { IncomingMessage, ServerResponse } from 'node:http';
import { etagMatches } from '@/lib/http/etag';
import { LOCALE_COOKIE, preferenceCookie } from '@/lib/preferences/viewer-preferences';
import { pickEncoding, type CachedResponse } from '@/server/response-cache';

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

const cacheStates = new WeakMap<ServerResponse, 'hit' | 'miss' | 'stale'>();

/** How the response cache answered this response, if it did (for the request log). */
export function cacheStateOf(res: ServerResponse): 'hit' | 'miss' | 'stale' | undefined {
  return cacheStates.get(res);
}

/** The headers every answer from an entry carries, as a flat list (the cheapest form for writeHead). */
const baseHeaders = new WeakMap<CachedResponse, string[]>();

function headersOf(entry: CachedResponse): string[] {
  let list = baseHeaders.get(entry);
  if (!list) {
    list = Object.entries({ ...entry.headers, etag: entry.etag }).flat();
    baseHeaders.set(entry, list);
  }
  return list;
}

/** Remembers an explicit language choice like the switcher does; such an answer is the viewer's own. */
function rememberHeaders(locale: string | null): string[] {
  if (!locale) return [];
  return ['set-cookie', preferenceCookie(LOCALE_COOKIE, locale), 'cache-control', 'private, no-cache'];
}

function withoutCacheControl(list: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i += 2)
    if (list[i] !== 'cache-control') out.push(list[i] ?? '', list[i + 1] ?? '');
  return out;
}

/** Writes a cached answer: 304 when the client has these bytes, else the best encoding it accepts. */
export function send(
  req: IncomingMessage,
  res: ServerResponse,
  entry: CachedResponse,
  stats: HotStats,
  state: 'hit' | 'miss' | 'stale',
  remember: string | null,
): void {
  cacheStates.set(res, state);
  const base = remember
    ? [...withoutCacheControl(headersOf(entry)), ...rememberHeaders(remember)]
    : headersOf(entry);
  if (entry.status === 200 && etagMatches(req.headers['if-none-match'] ?? null, entry.etag)) {
    stats.notModified++;
    res.writeHead(304, [...base, 'x-cache', state]);
    res.end();
    return;
  }
  const encoding = pickEncoding(req.headers['accept-encoding'], entry);
  const body = (encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : entry.body) ?? entry.body;
  const extra = ['x-cache', state, 'content-length', String(body.length)];
  if (encoding) extra.push('content-encoding', encoding);
  res.writeHead(entry.status, [...base, ...extra]);
  res.end(req.method === 'HEAD' ? undefined : body);
}
