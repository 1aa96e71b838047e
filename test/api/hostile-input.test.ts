// Hostile input on every route that takes a body, generated from the route table: prototype
// pollution keys, malformed JSON, wrong content types, oversized and chunked bodies, unknown
// properties. Each is refused with a 4xx in the one error shape, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();

const fill = (path: string) => path.replace(/:([A-Za-z_]+)/g, (_m, name: string) => (name === 'version' ? '1' : `probe-${name}`));
const TABLES = ['users', 'departments', 'roles', 'api_tokens', 'definitions', 'instances', 'tasks', 'request_drafts', 'audit', 'outbox', 'idempotency'] as const;

for (const dialect of DIALECTS) {
  describe(`hostile input on ${dialect}`, () => {
    let s: TestServer;
    let admin: string;
    const counts = async () => {
      const out: Record<string, number> = {};
      for (const t of TABLES) out[t] = Number((await s.store.db.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      return out;
    };
    const bodyRoutes = () => s.baton.routes.filter((r) => r.body !== undefined);
    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      admin = await s.token('admin');
    }, 60_000);
    afterAll(() => s.close());

    const expectRefused = (res: { status: number; body: any }, status: number, label: string, wrong: string[]) => {
      const shaped = res.body?.error?.message?.en && res.body?.error?.message?.['zh-CN'];
      if (res.status !== status || !shaped) wrong.push(`${label} -> ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
    };

    it('refuses __proto__, constructor and prototype keys at any depth (422)', async () => {
      const before = await counts();
      const wrong: string[] = [];
      const payloads = [
        '{"__proto__":{"isAdmin":true}}',
        '{"data":{"constructor":{"prototype":{"polluted":1}}}}',
        '{"name":"x","nested":[{"a":{"__proto__":{"x":1}}}]}',
      ];
      for (const r of bodyRoutes()) {
        for (const raw of payloads) {
          const res = await s.call(r.method, fill(r.path), { token: admin, raw, headers: { 'content-type': 'application/json' } });
          expectRefused(res, 422, `${r.method} ${r.path} ${raw}`, wrong);
          if (res.body?.error?.code !== 'forbidden-key') wrong.push(`${r.method} ${r.path}: code ${res.body?.error?.code}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(await counts()).toEqual(before);
    });

    it('refuses malformed JSON (400) and other content types (415)', async () => {
      const before = await counts();
      const wrong: string[] = [];
      for (const r of bodyRoutes()) {
        for (const raw of ['{"a":', '', '[1,2', 'nul']) {
          expectRefused(await s.call(r.method, fill(r.path), { token: admin, raw, headers: { 'content-type': 'application/json' } }), 400, `${r.path} ${raw}`, wrong);
        }
        for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp']) {
          expectRefused(await s.call(r.method, fill(r.path), { token: admin, raw: '{}', headers: { 'content-type': type } }), 415, `${r.path} ${type}`, wrong);
        }
      }
      expect(wrong).toEqual([]);
      expect(await counts()).toEqual(before);
    });

    it('refuses oversized bodies with 413, declared or chunked', async () => {
      const before = await counts();
      const wrong: string[] = [];
      const big = JSON.stringify({ name: 'x'.repeat(100 * 1024) });
      for (const r of bodyRoutes()) {
        expectRefused(await s.call(r.method, fill(r.path), { token: admin, raw: big, headers: { 'content-type': 'application/json' } }), 413, `${r.path} declared`, wrong);
        const stream = new ReadableStream<Uint8Array>({
          start(c) {
            for (let i = 0; i < 70; i++) c.enqueue(new TextEncoder().encode(' '.repeat(1024)));
            c.close();
          },
        });
        const res = await fetch(s.url + fill(r.path), { method: r.method, headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
        expectRefused({ status: res.status, body: await res.json() }, 413, `${r.path} chunked`, wrong);
      }
      expect(wrong).toEqual([]);
      expect(await counts()).toEqual(before);
    });

    it('refuses unknown properties in API bodies with a pointer at them (422)', async () => {
      const before = await counts();
      const wrong: string[] = [];
      for (const r of bodyRoutes().filter((x) => x.body!.includes('/schemas/api/'))) {
        const res = await s.call(r.method, fill(r.path), { token: admin, body: { sneaky: true } });
        expectRefused(res, 422, `${r.method} ${r.path}`, wrong);
        if (res.body?.error?.details?.problems?.every((p: any) => p.pointer !== '/sneaky')) wrong.push(`${r.path}: no pointer at /sneaky`);
      }
      expect(wrong).toEqual([]);
      expect(await counts()).toEqual(before);
    });

    it('refuses wrong types, huge strings and deep nesting in workflow bodies (422)', async () => {
      const before = await counts();
      for (const body of [{ key: 42 }, { key: 'x', nodes: 'many' }, { key: 'a'.repeat(5000) }, JSON.parse('['.repeat(2000) + ']'.repeat(2000))]) {
        const res = await s.call('POST', '/api/definitions', { token: admin, body });
        expect(res.status).toBe(422);
        expect(res.body.error.pointer).toBeTypeOf('string');
      }
      const raw = '{"definition":"any","data":{"a":' + '['.repeat(30_000) + ']'.repeat(30_000) + '}}';
      const deep = await s.call('POST', '/api/instances', { token: admin, raw, headers: { 'content-type': 'application/json' } });
      expect(deep.status).toBe(422);
      expect(deep.body.error.code).toBe('too-deep');
      expect(await counts()).toEqual(before);
    });
  });
}
