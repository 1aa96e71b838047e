import { describe, expect, it } from 'vitest';
import { blockedRange, inCidr } from './ip-ranges.ts';

describe('blockedRange', () => {
  it('names each special-purpose range, at its edges', () => {
    const cases: Array<[string, string]> = [
      ['10.255.255.255', 'private'], ['172.16.0.0', 'private'], ['172.31.255.255', 'private'], ['192.168.0.1', 'private'],
      ['100.64.0.0', 'cgnat'], ['100.127.255.255', 'cgnat'], ['169.254.169.254', 'link-local'], ['0.1.2.3', 'this-network'],
      ['127.0.0.1', 'loopback'], ['239.255.255.255', 'multicast'], ['::1', 'loopback'], ['::', 'unspecified'],
      ['fc00::', 'unique-local'], ['fdff:ffff::1', 'unique-local'], ['fe80::1%eth0', 'link-local'], ['febf::1', 'link-local'],
      ['::ffff:10.0.0.1', 'private'], ['::ffff:a00:1', 'private'], ['::127.0.0.1', 'loopback'], ['64:ff9b::7f00:1', 'nat64'],
    ];
    for (const [ip, range] of cases) expect(blockedRange(ip), ip).toBe(range);
  });

  it('lets public addresses through, just outside the ranges', () => {
    for (const ip of ['9.255.255.255', '11.0.0.0', '172.15.255.255', '172.32.0.0', '100.63.255.255', '100.128.0.0', '169.253.255.255',
      '8.8.8.8', '::ffff:8.8.8.8', '2606:4700:4700::1111', 'fbff::1', '2a00::1']) {
      expect(blockedRange(ip), ip).toBeUndefined();
    }
  });

  it('treats anything that is not an IP as blocked', () => {
    for (const bad of ['', 'localhost', '1.2.3', '1.2.3.4.5', '::g']) expect(blockedRange(bad)).toBe('reserved');
  });
});

describe('inCidr', () => {
  it('matches within the family only and refuses bad prefixes', () => {
    expect(inCidr('127.0.0.1', '127.0.0.0/8')).toBe(true);
    expect(inCidr('127.0.0.1', '127.0.0.2')).toBe(false);
    expect(inCidr('::1', '::1/128')).toBe(true);
    expect(inCidr('127.0.0.1', '::/0')).toBe(false);
    expect(inCidr('127.0.0.1', '127.0.0.0/33')).toBe(false);
    expect(inCidr('127.0.0.1', 'nonsense/8')).toBe(false);
  });
});
