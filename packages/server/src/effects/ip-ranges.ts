// Which IP addresses outbound requests may reach: every special-purpose range (loopback, private,
// link-local with the cloud metadata address, CGNAT, multicast, documentation, reserved) is
// refused by name. IPv4-mapped and IPv4-compatible IPv6 forms are unwrapped and judged as IPv4.
import { isIP } from 'node:net';

export type RangeName =
  | 'this-network' | 'private' | 'cgnat' | 'loopback' | 'link-local' | 'ietf-protocol' | 'documentation'
  | 'benchmark' | 'multicast' | 'reserved' | 'broadcast' | 'unspecified' | 'unique-local' | 'nat64' | 'ipv4-compatible';

const V4: ReadonlyArray<readonly [string, number, RangeName]> = [
  ['0.0.0.0', 8, 'this-network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'cgnat'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'ietf-protocol'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmark'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['255.255.255.255', 32, 'broadcast'],
  ['240.0.0.0', 4, 'reserved'],
];

const V6: ReadonlyArray<readonly [string, number, RangeName]> = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['64:ff9b::', 96, 'nat64'],
  ['64:ff9b:1::', 48, 'nat64'],
  ['100::', 64, 'reserved'],
  ['2001:db8::', 32, 'documentation'],
  ['2002::', 16, 'reserved'],
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'reserved'],
  ['ff00::', 8, 'multicast'],
];

export function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** An IPv6 address as a 128-bit integer (accepts an embedded dotted IPv4 tail). */
export function ipv6ToBigInt(ip: string): bigint {
  let text = ip.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const n = ipv4ToInt(dotted[1]!);
    text = text.slice(0, -dotted[1]!.length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') as [string, string] : [text, undefined];
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return groups.reduce((n, g) => (n << 16n) + BigInt(parseInt(g || '0', 16)), 0n);
}

function inV4(n: number, base: string, bits: number): boolean {
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return ((n & mask) >>> 0) === ((ipv4ToInt(base) & mask) >>> 0);
}

function inV6(n: bigint, base: string, bits: number): boolean {
  const shift = BigInt(128 - bits);
  return n >> shift === ipv6ToBigInt(base) >> shift;
}

function v4Range(n: number): RangeName | undefined {
  return V4.find(([base, bits]) => inV4(n, base, bits))?.[2];
}

/** The special-purpose range `ip` falls in, or undefined for a public address. Not an IP: 'reserved'. */
export function blockedRange(ip: string): RangeName | undefined {
  const family = isIP(ip.replace(/%.*$/, ''));
  if (family === 4) return v4Range(ipv4ToInt(ip));
  if (family !== 6) return 'reserved';
  const n = ipv6ToBigInt(ip);
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated) reach IPv4 hosts.
  if (n >> 32n === 0xffffn) return v4Range(Number(n & 0xffffffffn));
  if (n >> 32n === 0n && n > 1n) return v4Range(Number(n & 0xffffffffn)) ?? 'ipv4-compatible';
  return V6.find(([base, bits]) => inV6(n, base, bits))?.[2];
}

/** Whether `ip` is inside `cidr` ("127.0.0.1", "10.0.0.0/8", "::1/128"); false across families. */
export function inCidr(ip: string, cidr: string): boolean {
  const [base = '', bitsText] = cidr.split('/');
  const fb = isIP(base);
  const fi = isIP(ip);
  if (fb === 0 || fb !== fi) return false;
  const bits = bitsText === undefined ? (fb === 4 ? 32 : 128) : Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > (fb === 4 ? 32 : 128)) return false;
  return fb === 4 ? inV4(ipv4ToInt(ip), base, bits) : inV6(ipv6ToBigInt(ip), base, bits);
}
