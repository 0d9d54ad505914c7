import { strongEtag } from '@/lib/http/etag';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

/** One rendered public response kept in memory, with its compressed forms and validity. */
export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer | null;
  br: Buffer | null;
  etag: string;
  /** The store version the response was rendered from; another version makes it stale. */
  version: string;
  /** Epoch ms after which the clock may have changed what this response says. */
  validUntil: number;
}

export interface CacheLimits {
  maxEntries: number;
  maxBytes: number;
}

const MIN_COMPRESS_BYTES = 512;

/** Precompresses once so that every hit is a plain write of ready bytes. */
export function buildEntry(
  status: number,
  headers: Record<string, string>,
  body: Buffer,
  version: string,
  validUntil: number,
): CachedResponse {
  const compressible = body.length >= MIN_COMPRESS_BYTES;
  return {
    status,
    headers,
    body,
    gzip: compressible ? gzipSync(body, { level: 6 }) : null,
    br: compressible
      ? brotliCompressSync(body, {
          params: {
            [zlibConstants.BROTLI_PARAM_QUALITY]: 5,
            [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        })
      : null,
    etag: strongEtag(body),
    version,
    validUntil,
  };
}

function sizeOf(entry: CachedResponse): number {
  return entry.body.length + (entry.gzip?.length ?? 0) + (entry.br?.length ?? 0) + 512;
}

/** A bounded LRU of rendered responses keyed by variant; entries go stale with a new store version or at their instant. */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(private readonly limits: CacheLimits) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /**
   * The entry for `key` and whether it is still current (same store version, before its instant). A stale
   * entry is kept, not dropped: it is the last good copy served while the renderer is unavailable, until a
   * fill replaces or removes it.
   */
  lookup(key: string, version: string, now: number): { entry: CachedResponse; fresh: boolean } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version || now >= entry.validUntil) return { entry, fresh: false };
    // Refresh recency: Map iteration order is insertion order, so re-insert.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { entry, fresh: true };
  }

  /** The current entry for `key`, or undefined when there is none or it is stale. */
  get(key: string, version: string, now: number): CachedResponse | undefined {
    const found = this.lookup(key, version, now);
    return found?.fresh ? found.entry : undefined;
  }

  set(key: string, entry: CachedResponse): void {
    const size = sizeOf(entry);
    if (size > this.limits.maxBytes) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += size;
    while (this.entries.size > this.limits.maxEntries || this.bytes > this.limits.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(entry);
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

const acceptedMemo = new Map<string, Set<string>>();

function acceptedEncodings(header: string): Set<string> {
  let accepted = acceptedMemo.get(header);
  if (accepted) return accepted;
  accepted = new Set<string>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  if (acceptedMemo.size > 1000) acceptedMemo.clear();
  acceptedMemo.set(header, accepted);
  return accepted;
}

/** br, then gzip, then identity, by the client's Accept-Encoding (q=0 refuses). */
export function pickEncoding(
  acceptEncoding: string | undefined,
  entry: CachedResponse,
): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const accepted = acceptedEncodings(acceptEncoding);
  if (entry.br && (accepted.has('br') || accepted.has('*'))) return 'br';
  if (entry.gzip && (accepted.has('gzip') || accepted.has('*'))) return 'gzip';
  return null;
}
