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

/** A cached response in the recency list: `newer` towards the most recently used, `older` towards eviction. */
interface Slot {
  key: string;
  entry: CachedResponse;
  newer: Slot | null;
  older: Slot | null;
}

/**
 * A bounded LRU of rendered responses keyed by variant; entries go stale with a new store version or at their
 * instant. Recency is a linked list, so a hit moves its entry by relinking it rather than rehashing the map.
 */
export class ResponseCache {
  private readonly slots = new Map<string, Slot>();
  private newest: Slot | null = null;
  private oldest: Slot | null = null;
  private bytes = 0;

  constructor(private readonly limits: CacheLimits) {}

  get size(): number {
    return this.slots.size;
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
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    const entry = slot.entry;
    if (entry.version !== version || now >= entry.validUntil) return { entry, fresh: false };
    if (slot !== this.newest) {
      this.unlink(slot);
      this.link(slot);
    }
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
    const slot: Slot = { key, entry, newer: null, older: null };
    this.slots.set(key, slot);
    this.link(slot);
    this.bytes += size;
    while (this.oldest && (this.slots.size > this.limits.maxEntries || this.bytes > this.limits.maxBytes))
      this.delete(this.oldest.key);
  }

  delete(key: string): void {
    const slot = this.slots.get(key);
    if (!slot) return;
    this.slots.delete(key);
    this.unlink(slot);
    this.bytes -= sizeOf(slot.entry);
  }

  clear(): void {
    this.slots.clear();
    this.newest = null;
    this.oldest = null;
    this.bytes = 0;
  }

  /** Keys from the least to the most recently used (the order of eviction). */
  keys(): string[] {
    const out: string[] = [];
    for (let slot = this.oldest; slot; slot = slot.newer) out.push(slot.key);
    return out;
  }

  /** Makes `slot` the most recently used. */
  private link(slot: Slot): void {
    slot.older = this.newest;
    slot.newer = null;
    if (this.newest) this.newest.newer = slot;
    else this.oldest = slot;
    this.newest = slot;
  }

  private unlink(slot: Slot): void {
    if (slot.older) slot.older.newer = slot.newer;
    else this.oldest = slot.newer;
    if (slot.newer) slot.newer.older = slot.older;
    else this.newest = slot.older;
    slot.newer = null;
    slot.older = null;
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
