// The authorization matrix, generated from the route table the router serves: every non-public
// route answers 401 without a token (or with a bad one) and 403 to a role below its level, on
// SQLite and PostgreSQL, and none of those requests writes anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTables } from '../../packages/server/src/index.ts';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();

const fill = (path: string) => path.replace(/:([A-Za-z_]+)/g, (_m, name: string) => (name === 'version' ? '1' : `probe-${name}`));

for (const dialect of DIALECTS) {
  describe(`authorization matrix on ${dialect}`, () => {
    let s: TestServer;
    // Every table the migrations made (records, archive, notifications... as they are added).
    const counts = async () => {
      const out: Record<string, number> = {};
      for (const t of await listTables(s.store.db, s.store.dialect)) {
        out[t.name] = Number((await (s.store.db as any).selectFrom(t.name).select((eb: any) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      }
      return out;
    };
    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
    }, 60_000);
    afterAll(() => s.close());

    it('has a route table covering every resource family', () => {
      const tags = new Set(s.baton.routes.map((r) => r.tag));
      for (const t of ['auth', 'org', 'definitions', 'instances', 'tasks', 'inbox', 'request-drafts', 'audit', 'health', 'reference']) expect(tags).toContain(t);
      expect(s.baton.routes.length).toBeGreaterThan(60);
    });

    it('answers 401 without a token and with a forged one, on every non-public route', async () => {
      const member = await s.token('li.na');
      const forged = member.slice(0, -4) + (member.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      const before = await counts();
      expect(Object.keys(before)).toEqual(expect.arrayContaining(['instances', 'tasks', 'audit', 'outbox', 'records', 'record_locks', 'notifications', 'definition_scenarios']));
      const wrong: string[] = [];
      for (const r of s.baton.routes.filter((x) => x.access !== 'public')) {
        for (const token of [undefined, forged, 'bt_not-a-real-token']) {
          const res = await s.call(r.method, fill(r.path), { token, ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { body: {} }) });
          if (res.status !== 401 || res.body?.error?.code !== 'unauthenticated') wrong.push(`${r.method} ${r.path} ${token ? 'bad token' : 'no token'} -> ${res.status}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(await counts()).toEqual(before);
    });

    it('answers 403 to every role below the route\'s level', async () => {
      const tokens = { member: await s.token('li.na'), designer: await s.token('xu.ting') };
      const before = await counts();
      const wrong: string[] = [];
      let checked = 0;
      for (const r of s.baton.routes) {
        const below = r.access === 'admin' ? ['member', 'designer'] as const : r.access === 'designer' ? ['member'] as const : [];
        for (const role of below) {
          checked++;
          const res = await s.call(r.method, fill(r.path), { token: tokens[role], ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { body: {} }) });
          if (res.status !== 403 || res.body?.error?.code !== 'forbidden') wrong.push(`${r.method} ${r.path} as ${role} -> ${res.status}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThan(30);
      expect(await counts()).toEqual(before);
    });

    it('serves the public routes without a token', async () => {
      for (const r of s.baton.routes.filter((x) => x.access === 'public' && x.method === 'GET')) {
        expect((await s.call('GET', r.path)).status, r.path).toBe(200);
      }
    });

    it('documents exactly the routes it serves in /api/openapi.json', async () => {
      const doc = (await s.call('GET', '/api/openapi.json')).body;
      expect(doc.openapi).toBe('3.1.0');
      const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
      const served = s.baton.routes.map((r) => `${r.method} ${r.path.replace(/:([A-Za-z_]+)/g, '{$1}')}`).sort();
      expect(documented).toEqual(served);
      for (const r of s.baton.routes.filter((x) => x.body)) expect(doc.components.schemas[r.body!.replace('https://baton.dev/schemas/', '').replace('.schema.json', '').replace('/', '.')], r.body).toBeDefined();
      const page = await fetch(`${s.url}/api/docs`);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await page.text()).not.toMatch(/https?:\/\/(?!baton\.dev)/);
    });
  });
}
