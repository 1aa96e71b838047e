// The SSRF corpus: hostile URLs, each refused with a reason and without a connection. A loopback
// receiver counts every TCP connection it accepts; the loopback forms aim at its port, so a guard
// that let one through would show up as a connection.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowListFromEnv, checkUrl, outboundPolicy, sendOutbound } from '../../packages/server/src/index.ts';
import type { Resolve } from '../../packages/server/src/index.ts';

const DNS: Record<string, string[]> = {
  'localhost': ['127.0.0.1', '::1'],
  'rebind.test': ['93.184.216.34', '127.0.0.1'],
  'metadata.test': ['169.254.169.254'],
  'intranet.test': ['10.20.30.40'],
  'v6.test': ['fd00::7'],
  'mapped.test': ['::ffff:127.0.0.1'],
  'public.test': ['93.184.216.34'],
};
const resolve: Resolve = async (host) => {
  const a = DNS[host];
  if (!a) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return a;
};

let server: Server;
let port = 0;
let connections = 0;
let routes: Record<string, (res: import('node:http').ServerResponse) => void> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (route) route(res);
    else res.end('{"ok":true}');
  });
  server.on('connection', () => void connections++);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const corpus = (p: number): Array<[string, string]> => [
  [`http://127.0.0.1:${p}/`, 'loopback'],
  [`http://127.255.255.254:${p}/`, 'loopback'],
  [`http://2130706433:${p}/`, 'loopback'],
  [`http://0x7f.1:${p}/`, 'loopback'],
  [`http://0x7f000001:${p}/`, 'loopback'],
  [`http://0177.0.0.1:${p}/`, 'loopback'],
  [`http://127.1:${p}/`, 'loopback'],
  [`http://[::1]:${p}/`, 'loopback'],
  [`http://[::ffff:127.0.0.1]:${p}/`, 'loopback'],
  [`http://[::ffff:7f00:1]:${p}/`, 'loopback'],
  [`http://[0:0:0:0:0:ffff:127.0.0.1]:${p}/`, 'loopback'],
  [`http://0.0.0.0:${p}/`, 'this-network'],
  [`http://0:${p}/`, 'this-network'],
  [`http://[::]:${p}/`, 'unspecified'],
  ['http://10.0.0.1/', 'private'],
  ['http://172.16.5.4/', 'private'],
  ['http://172.31.255.255/', 'private'],
  ['http://192.168.1.1/', 'private'],
  ['http://169.254.169.254/latest/meta-data/', 'link-local'],
  ['http://[::ffff:169.254.169.254]/', 'link-local'],
  ['http://0xa9fea9fe/', 'link-local'],
  ['http://100.64.0.1/', 'cgnat'],
  ['http://224.0.0.1/', 'multicast'],
  ['http://255.255.255.255/', 'broadcast'],
  ['http://[fc00::1]/', 'unique-local'],
  ['http://[fd12:3456::1]/', 'unique-local'],
  ['http://[fe80::1]/', 'link-local'],
  ['http://[ff02::1]/', 'multicast'],
  [`http://localhost:${p}/`, 'loopback'],
  [`http://rebind.test:${p}/`, 'loopback'],
  ['http://metadata.test/', 'link-local'],
  ['http://intranet.test/', 'private'],
  ['http://v6.test/', 'unique-local'],
  [`http://mapped.test:${p}/`, 'loopback'],
  ['file:///etc/passwd', 'scheme'],
  [`gopher://127.0.0.1:${p}/_GET`, 'scheme'],
  ['ftp://public.test/', 'scheme'],
  ['data:text/plain,hi', 'scheme'],
  ['javascript:alert(1)', 'scheme'],
  ['http://user:pass@public.test/', 'credentials'],
  ['http://', 'invalid'],
  ['not a url', 'invalid'],
];

const CODE: Record<string, string> = { scheme: 'scheme-not-allowed', credentials: 'credentials-in-url', invalid: 'invalid-url' };

describe('SSRF corpus', () => {
  it('holds at least 25 hostile URLs', () => expect(corpus(1).length).toBeGreaterThanOrEqual(25));

  for (const [url, why] of corpus(0)) {
    it(`refuses ${url} (${why})`, async () => {
      const before = connections;
      const target = url.replace(':0/', `:${port}/`);
      const r = await sendOutbound(outboundPolicy({ resolve }), { method: 'GET', url: target });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe(CODE[why] ?? 'blocked-address');
      if (!CODE[why]) expect(r.error.message).toContain(`${why} address`);
      expect(connections).toBe(before);
    });
  }

  it('reaches a public address by name and literal when the URL is otherwise fine (checked, not dialled)', () => {
    const p = outboundPolicy({ resolve });
    expect(checkUrl(p, 'https://93.184.216.34/hook').ok).toBe(true);
    expect(checkUrl(p, 'https://public.test/hook').ok).toBe(true);
  });

  it('reaches the loopback receiver only through an explicit allow-list', async () => {
    const before = connections;
    const refused = await sendOutbound(outboundPolicy({ resolve }), { method: 'GET', url: `http://127.0.0.1:${port}/` });
    expect(refused.ok).toBe(false);
    expect(connections).toBe(before);
    const allowed = await sendOutbound(outboundPolicy({ resolve, allow: ['127.0.0.1'] }), { method: 'GET', url: `http://localhost:${port}/` });
    // localhost also answers ::1, which the allow-list does not cover: refused before connecting.
    expect(allowed.ok).toBe(false);
    const ok = await sendOutbound(outboundPolicy({ resolve, allow: ['127.0.0.0/8'] }), { method: 'GET', url: `http://127.0.0.1:${port}/` });
    expect(ok.ok && ok.response.status).toBe(200);
    expect(connections).toBe(before + 1);
  });

  it('re-checks every redirect hop and stops after 3', async () => {
    routes = {
      '/to-metadata': (res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
      '/to-name': (res) => res.writeHead(307, { location: 'http://intranet.test/admin' }).end(),
      '/to-file': (res) => res.writeHead(301, { location: 'file:///etc/passwd' }).end(),
      '/loop': (res) => res.writeHead(302, { location: '/loop' }).end(),
      '/hop': (res) => res.writeHead(302, { location: '/final' }).end(),
      '/final': (res) => res.end('{"done":1}'),
    };
    const p = outboundPolicy({ resolve, allow: ['127.0.0.1'] });
    const get = (path: string) => sendOutbound(p, { method: 'GET', url: `http://127.0.0.1:${port}${path}` });
    expect(await get('/to-metadata')).toMatchObject({ ok: false, error: { code: 'blocked-address' } });
    expect(await get('/to-name')).toMatchObject({ ok: false, error: { code: 'blocked-address', message: expect.stringContaining('private') } });
    expect(await get('/to-file')).toMatchObject({ ok: false, error: { code: 'scheme-not-allowed' } });
    expect(await get('/loop')).toMatchObject({ ok: false, error: { code: 'too-many-redirects' } });
    const followed = await get('/hop');
    expect(followed.ok && followed.response.body.toString()).toBe('{"done":1}');
  });

  it('caps the response size and the time', async () => {
    routes = {
      '/big': (res) => res.end(Buffer.alloc(2048, 'x')),
      '/big-chunked': (res) => {
        res.write(Buffer.alloc(1500, 'x'));
        res.end(Buffer.alloc(1500, 'x'));
      },
      '/never': () => {},
    };
    const p = outboundPolicy({ resolve, allow: ['127.0.0.1'] });
    const get = (path: string, timeoutMs = 5000) => sendOutbound(p, { method: 'GET', url: `http://127.0.0.1:${port}${path}` }, { maxBytes: 1024, timeoutMs });
    expect(await get('/big')).toMatchObject({ ok: false, error: { code: 'response-too-large' } });
    expect(await get('/big-chunked')).toMatchObject({ ok: false, error: { code: 'response-too-large' } });
    expect(await get('/never', 50)).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('reads BATON_OUTBOUND_ALLOW explicitly: empty by default, junk ignored', () => {
    expect(allowListFromEnv({})).toEqual([]);
    expect(allowListFromEnv({ BATON_OUTBOUND_ALLOW: '127.0.0.1, 10.0.0.0/8,example.com,,::1' })).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
  });
});
