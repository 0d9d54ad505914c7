import { BlockList, isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/** The peers whose X-Forwarded-For is believed (`STATUS_TRUSTED_PROXIES`: addresses or CIDRs, comma-separated). */
export function parseTrustedProxies(value: string): BlockList {
  const list = new BlockList();
  for (const item of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address = '', prefix] = item.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (isIP(address) === 0) throw new Error(`STATUS_TRUSTED_PROXIES: "${item}" is not an address or CIDR`);
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/** `::ffff:10.0.0.1` → `10.0.0.1`, so an IPv4 rule matches a dual-stack socket. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

function isTrusted(list: BlockList, address: string): boolean {
  const type = isIP(address);
  return type !== 0 && list.check(address, type === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address: the socket's, unless the peer is a trusted proxy; then X-Forwarded-For is read
 * from the right, skipping trusted hops, and the first address not ours to trust is the client.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList,
): { address: string; viaTrustedProxy: boolean } {
  const peer = plainAddress(socketAddress ?? '');
  if (!isTrusted(trusted, peer)) return { address: peer || 'unknown', viaTrustedProxy: false };
  const hops = [forwardedFor ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((s) => plainAddress(s.trim()))
    .filter(Boolean);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] ?? '';
    if (isIP(hop) === 0) break;
    client = hop;
    if (!isTrusted(trusted, hop)) break;
  }
  return { address: client, viaTrustedProxy: true };
}

export function clientAddressOf(req: IncomingMessage, trusted: BlockList) {
  return resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);
}
