import { describe, expect, it } from 'vitest';
import { buildEntry, pickEncoding, ResponseCache } from '@/server/response-cache';

const entry = (body: string, version = 'v1', validUntil = Number.POSITIVE_INFINITY) =>
  buildEntry(200, { 'content-type': 'text/plain' }, Buffer.from(body), version, validUntil);

describe('ResponseCache', () => {
  it('evicts the least recently used variant beyond its entry bound', () => {
    const cache = new ResponseCache({ maxEntries: 2, maxBytes: 1 << 20 });
    cache.set('a', entry('a'));
    cache.set('b', entry('b'));
    expect(cache.get('a', 'v1', 0)).toBeDefined();
    cache.set('c', entry('c'));
    expect(cache.get('b', 'v1', 0)).toBeUndefined();
    expect(cache.get('a', 'v1', 0)).toBeDefined();
    expect(cache.get('c', 'v1', 0)).toBeDefined();
  });

  it('orders its variants from least to most recently used as they are stored, hit and replaced', () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 1 << 20 });
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, entry(key));
    cache.get('b', 'v1', 0);
    cache.get('d', 'v1', 0);
    cache.get('a', 'v1', 0);
    cache.set('c', entry('c2'));
    expect(cache.keys()).toEqual(['b', 'd', 'a', 'c']);
    cache.delete('d');
    cache.delete('b');
    cache.delete('c');
    expect(cache.keys()).toEqual(['a']);
    cache.clear();
    cache.set('e', entry('e'));
    expect(cache.keys()).toEqual(['e']);
  });

  it('does not count a stale lookup as a use', () => {
    const cache = new ResponseCache({ maxEntries: 2, maxBytes: 1 << 20 });
    cache.set('a', entry('a', 'v1'));
    cache.set('b', entry('b', 'v2'));
    expect(cache.lookup('a', 'v2', 0)).toMatchObject({ fresh: false });
    cache.set('c', entry('c', 'v2'));
    expect(cache.keys()).toEqual(['b', 'c']);
  });

  it('evicts from the least recently used end until the bytes fit', () => {
    const one = new ResponseCache({ maxEntries: 1, maxBytes: 1 << 20 });
    one.set('a', entry('a'.repeat(3000)));
    const cache = new ResponseCache({ maxEntries: 100, maxBytes: 3 * one.totalBytes });
    for (const key of ['a', 'b', 'c']) cache.set(key, entry('a'.repeat(3000)));
    cache.get('a', 'v1', 0);
    cache.set('d', entry('a'.repeat(3000)));
    expect(cache.keys()).toEqual(['c', 'a', 'd']);
    expect(cache.totalBytes).toBe(3 * one.totalBytes);
  });

  it('keeps its total size under the byte bound', () => {
    const cache = new ResponseCache({ maxEntries: 100, maxBytes: 20_000 });
    for (let i = 0; i < 20; i++) cache.set(`k${i}`, entry(`${i}`.padEnd(3000, 'x')));
    expect(cache.totalBytes).toBeLessThanOrEqual(20_000);
    expect(cache.size).toBeLessThan(20);
  });

  it('does not answer an entry of another store version or past its validity, but keeps it as the last good copy', () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 1 << 20 });
    cache.set('a', entry('a', 'v1', 1000));
    expect(cache.get('a', 'v2', 0)).toBeUndefined();
    expect(cache.get('a', 'v1', 999)).toBeDefined();
    expect(cache.get('a', 'v1', 1000)).toBeUndefined();
    expect(cache.lookup('a', 'v2', 0)).toMatchObject({ fresh: false });
    expect(cache.size).toBe(1);
  });
});

describe('buildEntry', () => {
  it('gives identical bytes the same strong ETag and different bytes another', () => {
    expect(entry('same').etag).toBe(entry('same').etag);
    expect(entry('same').etag).not.toBe(entry('other').etag);
    expect(entry('same').etag).toMatch(/^"[\w-]{27}"$/);
  });

  it('does not compress tiny bodies', () => {
    expect(entry('tiny').gzip).toBeNull();
    expect(entry('x'.repeat(2000)).br).not.toBeNull();
  });
});

describe('pickEncoding', () => {
  const big = entry('y'.repeat(2000));
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', null],
    [undefined, null],
    ['*', 'br'],
  ])('picks %s → %s', (header, expected) => {
    expect(pickEncoding(header, big)).toBe(expected);
  });
});
