import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { NotifyConfig } from '@/lib/notify/config';

/**
 * Server-side request forgery guard for webhook targets: a target must be https (http only when allowed), carry no
 * credentials, and every address its name resolves to must be public unless the host is explicitly allowed.
 * Checked when the webhook is created and again before every delivery (DNS can change in between).
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", including the unspecified 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b:1::', 48],
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

/** The IPv4 address inside an IPv4-mapped, -compatible, NAT64 or 6to4 IPv6 address, if there is one. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::|::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  const sixToFour = /^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4}):/.exec(lower);
  const parts = hex ?? sixToFour;
  if (!parts?.[1] || !parts[2]) return null;
  const [a, b] = [parseInt(parts[1], 16), parseInt(parts[2], 16)];
  return [a >> 8, a & 255, b >> 8, b & 255].join('.');
}

/** Loopback, private, link-local, multicast, unspecified or otherwise non-public, in IPv4 or IPv6 form. */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return true;
  const inner = embeddedIpv4(address);
  if (inner !== null && isIP(inner) === 4 && blocked.check(inner, 'ipv4')) return true;
  return blocked.check(address, 'ipv6');
}

export type Lookup = (hostname: string) => Promise<{ address: string; family: number }[]>;
export const systemLookup: Lookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export type TargetCheck =
  { ok: true; url: URL; address: { address: string; family: number } } | { ok: false; problem: string };

function isAllowedHost(url: URL, config: NotifyConfig): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return config.allowedHosts.some(
    (entry) => entry === host || entry === `${host}:${port}` || entry === `[${host}]:${port}`,
  );
}

/** Parses and checks a webhook target; resolves its name and answers the address to connect to. */
export async function checkWebhookTarget(
  raw: string,
  config: NotifyConfig,
  lookup: Lookup = systemLookup,
): Promise<TargetCheck> {
  if (raw.length > 2000 || /[\s\0]/.test(raw)) return { ok: false, problem: 'is not a valid URL' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: 'is not a valid URL' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && config.allowHttp))
    return { ok: false, problem: config.allowHttp ? 'must be an http(s):// URL' : 'must be an https:// URL' };
  if (url.username || url.password) return { ok: false, problem: 'must not contain a user name or password' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host);
  } catch {
    return { ok: false, problem: `names a host that does not resolve (${host})` };
  }
  const first = addresses[0];
  if (!first) return { ok: false, problem: `names a host that does not resolve (${host})` };
  if (!isAllowedHost(url, config)) {
    const bad = addresses.find((a) => isForbiddenAddress(a.address));
    if (bad) return { ok: false, problem: `points to a private or reserved address (${bad.address})` };
  }
  return { ok: true, url, address: first };
}
