import { describe, expect, it } from 'vitest';
import { parseTrustedProxies, resolveClientAddress } from '@/server/client-address';

describe('resolveClientAddress', () => {
  const trusted = parseTrustedProxies('10.0.0.0/8, 192.0.2.7, 2001:db8::/32');

  it('takes the socket address from a peer that is not a trusted proxy, whatever it forwards', () => {
    expect(resolveClientAddress('198.51.100.4', '1.2.3.4', trusted).address).toBe('198.51.100.4');
    expect(resolveClientAddress('::ffff:198.51.100.4', '1.2.3.4', trusted).address).toBe('198.51.100.4');
    expect(resolveClientAddress('127.0.0.1', '1.2.3.4', parseTrustedProxies('')).address).toBe('127.0.0.1');
  });

  it('reads X-Forwarded-For from the right through trusted hops', () => {
    expect(resolveClientAddress('10.1.2.3', '203.0.113.9', trusted).address).toBe('203.0.113.9');
    // The leftmost entry is whatever the client wrote; the first untrusted hop from the right is the client.
    expect(resolveClientAddress('10.1.2.3', '6.6.6.6, 203.0.113.9, 192.0.2.7', trusted).address).toBe(
      '203.0.113.9',
    );
    expect(resolveClientAddress('2001:db8::5', ['203.0.113.1', '10.0.0.9'], trusted).address).toBe(
      '203.0.113.1',
    );
  });

  it('stops at a malformed hop and keeps the last address it could believe', () => {
    expect(resolveClientAddress('10.1.2.3', 'garbage, 10.0.0.2', trusted).address).toBe('10.0.0.2');
    expect(resolveClientAddress('10.1.2.3', undefined, trusted).address).toBe('10.1.2.3');
  });

  it('refuses a setting that is not an address or CIDR', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8, proxy.local')).toThrow(/proxy\.local/);
  });
});
