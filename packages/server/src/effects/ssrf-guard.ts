// The SSRF guard: outbound URLs must be http(s) without credentials, and every address a
// connection is about to use must be public. The address check runs at connect time (a custom
// `lookup` for hostnames, the literal itself for IP hosts), so DNS answers, rebinding and
// redirects are all judged on the address really dialled. The allow-list is explicit and empty by
// default (BATON_OUTBOUND_ALLOW="127.0.0.1,10.1.0.0/16" lets tests reach a loopback receiver).
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { blockedRange, inCidr } from './ip-ranges.ts';

export type OutboundRefusalCode =
  | 'invalid-url' | 'scheme-not-allowed' | 'credentials-in-url' | 'blocked-address' | 'dns-failed'
  | 'too-many-redirects' | 'response-too-large' | 'timeout' | 'connect-failed';

export interface OutboundRefusal {
  code: OutboundRefusalCode;
  message: string;
}

/** Resolves a host name to its addresses (injected in tests; dns.lookup by default). */
export type Resolve = (host: string) => Promise<string[]>;

export interface OutboundPolicy {
  /** Addresses or CIDR ranges that may be reached even though they are special-purpose. */
  allow: readonly string[];
  resolve: Resolve;
}

export const systemResolve: Resolve = (host) =>
  new Promise((ok, fail) => dnsLookup(host, { all: true, verbatim: true }, (err, addrs) => (err ? fail(err) : ok(addrs.map((a) => a.address)))));

/** Reads BATON_OUTBOUND_ALLOW (comma separated IPs or CIDRs); anything else in it is ignored. */
export function allowListFromEnv(env: Record<string, string | undefined>): string[] {
  return (env.BATON_OUTBOUND_ALLOW ?? '').split(',').map((s) => s.trim()).filter((s) => isIP(s.split('/')[0] ?? '') !== 0);
}

export function outboundPolicy(options: Partial<OutboundPolicy> = {}): OutboundPolicy {
  return { allow: options.allow ?? [], resolve: options.resolve ?? systemResolve };
}

/** Why `ip` may not be dialled, or undefined when it may. */
export function checkAddress(policy: OutboundPolicy, ip: string): OutboundRefusal | undefined {
  if (policy.allow.some((c) => inCidr(ip, c))) return undefined;
  const range = blockedRange(ip);
  return range ? { code: 'blocked-address', message: `${ip} is a ${range} address` } : undefined;
}

export type CheckedUrl = { ok: true; url: URL; host: string } | { ok: false; error: OutboundRefusal };

/**
 * Parses and checks a URL before any connection. The WHATWG parser normalises decimal, octal and
 * hex IPv4 forms (http://2130706433/, http://0x7f.1/) to dotted quads, so literal hosts are judged
 * here; names are judged by `guardedLookup` when the socket connects.
 */
export function checkUrl(policy: OutboundPolicy, raw: string, base?: string): CheckedUrl {
  let url: URL;
  try {
    url = base === undefined ? new URL(raw) : new URL(raw, base);
  } catch {
    return { ok: false, error: { code: 'invalid-url', message: `not a URL: ${raw.slice(0, 200)}` } };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: { code: 'scheme-not-allowed', message: `scheme ${url.protocol} is not http or https` } };
  if (url.username || url.password) return { ok: false, error: { code: 'credentials-in-url', message: 'URLs may not carry user names or passwords' } };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === '') return { ok: false, error: { code: 'invalid-url', message: 'the URL has no host' } };
  if (isIP(host) !== 0) {
    const refusal = checkAddress(policy, host);
    if (refusal) return { ok: false, error: refusal };
  }
  return { ok: true, url, host };
}

/** The error a refused lookup reports to the socket; `refusal` says why. */
export class SsrfBlockedError extends Error {
  readonly code = 'ESSRFBLOCKED';
  constructor(readonly refusal: OutboundRefusal) {
    super(refusal.message);
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http(s).request: resolves, refuses when ANY answer is blocked, else connects. */
export function guardedLookup(policy: OutboundPolicy) {
  return function lookup(host: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void {
    policy.resolve(host).then(
      (addresses) => {
        if (addresses.length === 0) return callback(Object.assign(new Error(`${host} has no address`), { code: 'ENOTFOUND' }), []);
        for (const a of addresses) {
          const refusal = checkAddress(policy, a);
          if (refusal) return callback(new SsrfBlockedError({ code: 'blocked-address', message: `${host} resolves to ${refusal.message}` }), []);
        }
        const list = addresses.map((address) => ({ address, family: isIP(address) }));
        if (options.all) callback(null, list);
        else callback(null, list[0]!.address, list[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, []),
    );
  };
}
