// Health, the error shape, body limits, auth and tokens, the org directory and the audit log,
// over real HTTP on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, PASSWORD, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();

const expectError = (r: { status: number; body: any }, status: number, code?: string) => {
  expect(r.status).toBe(status);
  expect(r.body.error).toBeTypeOf('object');
  expect(r.body.error.message.en).toBeTypeOf('string');
  expect(r.body.error.message['zh-CN']).toBeTypeOf('string');
  if (code) expect(r.body.error.code).toBe(code);
};

for (const dialect of DIALECTS) {
  describe(`platform on ${dialect}`, () => {
    let s: TestServer;
    let admin: string;
    let member: string;
    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      admin = await s.token('admin');
      member = await s.token('li.na');
    }, 60_000);
    afterAll(() => s.close());

    it('answers health with the store kind', async () => {
      const r = await s.call('GET', '/api/health');
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ status: 'ok', store: dialect });
    });

    it('answers unknown routes with the error shape', async () => {
      expectError(await s.call('GET', '/api/nope'), 404, 'no-route');
    });

    describe('auth', () => {
      it('logs in with the right password and refuses a wrong one', async () => {
        const good = await s.call('POST', '/api/auth/login', { body: { username: 'wang.lei', password: PASSWORD } });
        expect(good.status).toBe(200);
        expect(good.body.user).toMatchObject({ id: 'wang.lei', department: 'sales-east', roles: ['sales-manager'] });
        const me = await s.call('GET', '/api/auth/me', { token: good.body.token });
        expect(me.body).toMatchObject({ id: 'wang.lei', via: 'session' });
        expectError(await s.call('POST', '/api/auth/login', { body: { username: 'wang.lei', password: 'wrong' } }), 401, 'bad-credentials');
        expectError(await s.call('POST', '/api/auth/login', { body: { username: 'nobody', password: 'wrong' } }), 401, 'bad-credentials');
      });

      it('rate-limits failed logins per user name and address', async () => {
        for (let i = 0; i < 5; i++) expectError(await s.call('POST', '/api/auth/login', { body: { username: 'sun.li', password: 'x' } }), 401);
        expectError(await s.call('POST', '/api/auth/login', { body: { username: 'sun.li', password: PASSWORD } }), 429, 'too-many-attempts');
        s.clock.advance(16 * 60 * 1000);
        expect((await s.call('POST', '/api/auth/login', { body: { username: 'sun.li', password: PASSWORD } })).status).toBe(200);
      });

      it('refuses forged, expired and algorithm-swapped tokens', async () => {
        const t = await s.call('POST', '/api/auth/login', { body: { username: 'he.jun', password: PASSWORD } });
        const token = t.body.token as string;
        const [h, p] = token.split('.');
        expectError(await s.call('GET', '/api/auth/me', { token: `${h}.${p}.AAAA` }), 401, 'unauthenticated');
        const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
        expectError(await s.call('GET', '/api/auth/me', { token: `${none}.${p}.` }), 401);
        s.clock.advance(13 * 3600 * 1000);
        expectError(await s.call('GET', '/api/auth/me', { token }), 401);
        s.clock.advance(-13 * 3600 * 1000);
        expect((await s.call('GET', '/api/auth/me', { token })).status).toBe(200);
      });

      it('creates, uses and revokes API tokens, stored only hashed', async () => {
        const created = await s.call('POST', '/api/auth/tokens', { token: member, body: { name: 'crm sync' } });
        expect(created.status).toBe(201);
        const secret = created.body.token as string;
        expect(secret.startsWith('bt_')).toBe(true);
        const rows = await s.store.db.selectFrom('api_tokens').selectAll().where('id', '=', created.body.id).execute();
        expect(JSON.stringify(rows)).not.toContain(secret);
        expect((await s.call('GET', '/api/auth/me', { token: secret })).body).toMatchObject({ id: 'li.na', via: 'api-token' });
        const list = await s.call('GET', '/api/auth/tokens', { token: member });
        expect(JSON.stringify(list.body)).not.toContain(secret);
        // Someone else cannot revoke it (and learns nothing about it).
        expectError(await s.call('DELETE', `/api/auth/tokens/${created.body.id}`, { token: await s.token('zhang.wei') }), 404);
        expect((await s.call('DELETE', `/api/auth/tokens/${created.body.id}`, { token: member })).status).toBe(200);
        expectError(await s.call('GET', '/api/auth/me', { token: secret }), 401);
        expectError(await s.call('DELETE', `/api/auth/tokens/${created.body.id}`, { token: member }), 409, 'already-revoked');
      });
    });

    describe('bodies', () => {
      it('refuses malformed JSON (400), other media types (415), unknown properties and bad values (422)', async () => {
        expectError(await s.call('POST', '/api/org/roles', { token: admin, raw: '{"id": ', headers: { 'content-type': 'application/json' } }), 400, 'malformed-json');
        expectError(await s.call('POST', '/api/org/roles', { token: admin, raw: 'id=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415);
        expectError(await s.call('POST', '/api/org/roles', { token: admin, raw: '{"id":"x"}' }), 415);
        const unknown = await s.call('POST', '/api/org/roles', { token: admin, body: { id: 'auditor', colour: 'red' } });
        expectError(unknown, 422, 'validation-failed');
        expect(unknown.body.error.pointer).toBe('/colour');
        const bad = await s.call('POST', '/api/org/roles', { token: admin, body: { id: 'Not A Key' } });
        expectError(bad, 422);
        expect(bad.body.error.pointer).toBe('/id');
        expect((await s.call('GET', '/api/org/roles', { token: admin })).body.items.map((r: any) => r.id)).not.toContain('auditor');
      });

      it('refuses prototype-pollution keys anywhere in the body', async () => {
        for (const raw of ['{"__proto__":{"admin":true},"name":"x"}', '{"name":"x","constructor":{"prototype":{"a":1}}}']) {
          const r = await s.call('POST', '/api/auth/tokens', { token: member, raw, headers: { 'content-type': 'application/json' } });
          expectError(r, 422, 'forbidden-key');
        }
        expect(({} as any).admin).toBeUndefined();
        const list = await s.call('GET', '/api/auth/tokens', { token: member });
        expect(list.body.items.filter((t: any) => t.name === 'x')).toHaveLength(0);
      });

      it('refuses oversized bodies, declared or chunked, with 413', async () => {
        const big = JSON.stringify({ name: 'x'.repeat(70 * 1024) });
        expectError(await s.call('POST', '/api/auth/tokens', { token: member, raw: big, headers: { 'content-type': 'application/json' } }), 413, 'payload-too-large');
        const chunks = new ReadableStream<Uint8Array>({
          start(ctrl) {
            for (let i = 0; i < 80; i++) ctrl.enqueue(new TextEncoder().encode('x'.repeat(1024)));
            ctrl.close();
          },
        });
        const res = await fetch(`${s.url}/api/auth/tokens`, { method: 'POST', headers: { authorization: `Bearer ${member}`, 'content-type': 'application/json' }, body: chunks, duplex: 'half' } as RequestInit);
        expect(res.status).toBe(413);
        expect((await res.json()).error.code).toBe('payload-too-large');
      });
    });

    describe('org directory', () => {
      it('lists users with filters, departments and roles', async () => {
        const users = await s.call('GET', '/api/org/users?department=sales-east', { token: member });
        expect(users.body.items.map((u: any) => u.id).sort()).toEqual(['li.na', 'wang.lei', 'zhang.wei']);
        const byRole = await s.call('GET', '/api/org/users?role=finance-lead', { token: member });
        expect(byRole.body.items.map((u: any) => u.id)).toEqual(['chen.jing']);
        const q = await s.call('GET', '/api/org/users?q=WANG', { token: member });
        expect(q.body.items.map((u: any) => u.id)).toEqual(['wang.lei']);
        const depts = await s.call('GET', '/api/org/departments', { token: member });
        expect(depts.body.items.find((d: any) => d.id === 'sales')).toMatchObject({ parent: 'hq', head: 'sarah.chen' });
        expectError(await s.call('GET', '/api/org/users/ghost', { token: member }), 404, 'not-found');
      });

      it('creates and changes users, departments and roles, checking references', async () => {
        expect((await s.call('POST', '/api/org/roles', { token: admin, body: { id: 'auditor', name: 'Auditor 审计' } })).status).toBe(201);
        expectError(await s.call('POST', '/api/org/roles', { token: admin, body: { id: 'auditor' } }), 409, 'already-exists');
        expect((await s.call('POST', '/api/org/departments', { token: admin, body: { id: 'audit', name: 'Audit', parent: 'finance' } })).status).toBe(201);
        expectError(await s.call('POST', '/api/org/departments', { token: admin, body: { id: 'audit2', name: 'Audit', parent: 'nowhere' } }), 422, 'bad-parent');
        expectError(await s.call('PUT', '/api/org/departments/finance', { token: admin, body: { name: 'Finance', parent: 'audit' } }), 422, 'bad-parent');
        const u = await s.call('POST', '/api/org/users', { token: admin, body: { id: 'ann.auditor', name: 'Ann', department: 'audit', manager: 'chen.jing', roles: ['auditor'], password: 'long-enough-1' } });
        expect(u.status).toBe(201);
        expect(u.body).toMatchObject({ id: 'ann.auditor', roles: ['auditor'], systemRole: 'member', active: true });
        expect(u.body.password).toBeUndefined();
        const bad = await s.call('POST', '/api/org/users', { token: admin, body: { id: 'x.y', name: 'X', roles: ['auditor', 'wizard'] } });
        expectError(bad, 422, 'unknown-role');
        expect(bad.body.error.pointer).toBe('/roles/1');
        expectError(await s.call('PATCH', '/api/org/users/ann.auditor', { token: admin, body: { manager: 'ann.auditor' } }), 422, 'unknown-manager');
        expectError(await s.call('POST', '/api/org/users', { token: admin, body: { id: 'system', name: 'Sneaky' } }), 422, 'reserved-id');
        expect((await s.call('PATCH', '/api/org/users/ann.auditor', { token: admin, body: { department: null, systemRole: 'designer' } })).body).toMatchObject({ systemRole: 'designer' });
        expect((await s.call('POST', '/api/auth/login', { body: { username: 'ann.auditor', password: 'long-enough-1' } })).status).toBe(200);
        expect((await s.call('DELETE', '/api/org/users/ann.auditor', { token: admin })).body.active).toBe(false);
        expectError(await s.call('POST', '/api/auth/login', { body: { username: 'ann.auditor', password: 'long-enough-1' } }), 401);
        expectError(await s.call('DELETE', '/api/org/departments/hq', { token: admin }), 409, 'not-empty');
      });

      it('imports CSV and JSON with a report of rejected rows, writing only the good ones', async () => {
        const csv = 'id,name,email,department,manager,roles\r\nnew.one,"One, New",one@example.com,finance,chen.jing,finance\nnew.two,Two,not-an-email,finance,,\nnew.three,Three,,atlantis,,\n,Nameless,,,,\nnew.four,Four,,legal,ghost,legal-counsel\n';
        const r = await s.call('POST', '/api/org/import', { token: admin, raw: csv, headers: { 'content-type': 'text/csv' } });
        expect(r.status).toBe(200);
        expect(r.body.users).toEqual({ created: 2, updated: 0 });
        expect(r.body.rejected.map((x: any) => x.row)).toEqual(['line 3', 'line 4', 'line 5', 'line 6']);
        expect(r.body.rejected[0].reason['zh-CN']).toContain('邮箱');
        const one = await s.call('GET', '/api/org/users/new.one', { token: admin });
        expect(one.body).toMatchObject({ name: 'One, New', manager: 'chen.jing', roles: ['finance'] });
        expectError(await s.call('GET', '/api/org/users/new.two', { token: admin }), 404);
        const json = await s.call('POST', '/api/org/import', { token: admin, body: { roles: [{ id: 'Bad Role' }], departments: [{ id: 'rnd', name: 'R&D', parent: 'hq', head: 'new.one' }], users: [{ id: 'new.one', name: 'One' }, { name: 'no id' }] } });
        expect(json.body).toMatchObject({ users: { created: 0, updated: 1 }, departments: { created: 1, updated: 0 } });
        expect(json.body.rejected.map((x: any) => x.row)).toEqual(['/roles/0', '/users/1']);
        expectError(await s.call('POST', '/api/org/import', { token: admin, raw: 'a,b\n1,2', headers: { 'content-type': 'text/csv' } }), 422, 'bad-csv');
        expectError(await s.call('POST', '/api/org/import', { token: admin, raw: '<x/>', headers: { 'content-type': 'application/xml' } }), 415);
        expectError(await s.call('POST', '/api/org/import', { token: admin, body: { users: 'all' } }), 422);
      });

      it('exports the org as an org document', async () => {
        const r = await s.call('GET', '/api/org/export', { token: admin });
        expect(r.body.users.find((u: any) => u.id === 'li.na')).toMatchObject({ department: 'sales-east', manager: 'wang.lei' });
        expect(r.body.departments.length).toBeGreaterThanOrEqual(10);
      });
    });

    describe('audit', () => {
      it('records admin changes in a verifiable chain and detects an edited or deleted row', async () => {
        const list = await s.call('GET', '/api/audit?action=org.role.create', { token: admin });
        expect(list.body.items[0]).toMatchObject({ actor: 'admin', action: 'org.role.create', subject: 'role:auditor' });
        const page = await s.call('GET', '/api/audit?limit=2', { token: admin });
        expect(page.body.items).toHaveLength(2);
        const next = await s.call('GET', `/api/audit?limit=2&cursor=${page.body.nextCursor}`, { token: admin });
        expect(next.body.items[0].seq).toBeLessThan(page.body.items[1].seq);
        expectError(await s.call('GET', '/api/audit?cursor=abc', { token: admin }), 400);
        expect((await s.call('GET', '/api/audit/verify', { token: admin })).body).toMatchObject({ ok: true });

        const victim = list.body.items[0].seq as number;
        const orig = await s.store.db.selectFrom('audit').selectAll().where('seq', '=', victim).executeTakeFirstOrThrow();
        await s.store.db.updateTable('audit').set({ detail: '{"id":"superuser"}' }).where('seq', '=', victim).execute();
        const edited = await s.call('GET', '/api/audit/verify', { token: admin });
        expect(edited.status).toBe(409);
        expect(edited.body).toMatchObject({ ok: false, seq: victim, reason: 'edited' });
        await s.store.db.updateTable('audit').set({ detail: orig.detail }).where('seq', '=', victim).execute();
        await s.store.db.deleteFrom('audit').where('seq', '=', victim).execute();
        expect((await s.call('GET', '/api/audit/verify', { token: admin })).body).toMatchObject({ ok: false, seq: victim, reason: 'missing' });
        await s.store.db.insertInto('audit').values({ ...orig, seq: Number(orig.seq) }).execute();
        expect((await s.call('GET', '/api/audit/verify', { token: admin })).body.ok).toBe(true);
      });
    });
  });
}
