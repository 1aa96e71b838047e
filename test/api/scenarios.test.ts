// A flow's scenarios over real HTTP, on SQLite and PostgreSQL: installed with the template, run
// against the draft or a version with the server's org, saved and replaced from the studio,
// deleted; bad scenarios, ids and versions refused with pointers and nothing written.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const DIR = new URL('../../templates/discount-approval/scenarios/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const read = (f: string) => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as Record<string, any>;
const cluster = usePgCluster();

for (const dialect of DIALECTS) {
  describe(`flow scenarios on ${dialect}`, () => {
    let s: TestServer;
    let designer: string;
    const count = async (table: 'definition_scenarios' | 'audit') =>
      Number((await s.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      designer = await s.token('xu.ting');
      const r = await s.call('POST', '/api/templates/discount-approval/install', { token: designer, body: { publish: true } });
      expect(r.status).toBe(201);
    }, 60_000);
    afterAll(() => s.close());

    it('installs the template\'s scenarios with the flow, named by their files', async () => {
      const r = await s.call('GET', '/api/definitions/discount-approval/scenarios', { token: designer });
      expect(r.status).toBe(200);
      expect(r.body.items.map((i: { id: string }) => i.id)).toEqual(FILES.map((f) => f.replace(/\.json$/, '')));
      expect(r.body.items[0].scenario.name).toBe(read(FILES[0]!).name);
      expect(r.body.items[0].updatedBy).toBe('xu.ting');
    });

    it('runs every scenario on the draft and on version 1 against the server\'s org: all pass', async () => {
      for (const version of ['draft', 1]) {
        const r = await s.call('POST', '/api/definitions/discount-approval/scenarios/run', { token: designer, body: { version } });
        expect(r.status).toBe(200);
        expect(r.body).toMatchObject({ key: 'discount-approval', version, total: FILES.length, passed: FILES.length, failed: 0 });
        for (const x of r.body.results) expect(x.mismatches, x.id).toEqual([]);
        const small = r.body.results.find((x: { id: string }) => x.id === 'small-discount-manager-approves');
        expect(small.result.path).toEqual(read('small-discount-manager-approves.json').expect.path);
        expect(small.result.assignees.manager).toEqual(['wang.lei']);
      }
    });

    it('saves a new scenario, reports its mismatch when run, replaces it, and audits both saves', async () => {
      const base = read('small-discount-manager-approves.json');
      const wrong = { ...base, name: 'Expects a rejection that never comes', expect: { ...base.expect, status: 'rejected', outcome: 'rejected' } };
      const audit = await count('audit');
      const created = await s.call('PUT', '/api/definitions/discount-approval/scenarios/expects-rejection', { token: designer, body: wrong });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({ key: 'discount-approval', id: 'expects-rejection', created: true });
      const run = await s.call('POST', '/api/definitions/discount-approval/scenarios/run', { token: designer, body: { ids: ['expects-rejection'] } });
      expect(run.body).toMatchObject({ total: 1, passed: 0, failed: 1 });
      expect(run.body.results[0].mismatches).toContainEqual({ what: 'status', expected: 'rejected', actual: 'approved' });
      const replaced = await s.call('PUT', '/api/definitions/discount-approval/scenarios/expects-rejection', { token: designer, body: { ...base, name: 'Fixed' } });
      expect(replaced.status).toBe(200);
      expect(replaced.body.created).toBe(false);
      const again = await s.call('POST', '/api/definitions/discount-approval/scenarios/run', { token: designer, body: { ids: ['expects-rejection'] } });
      expect(again.body).toMatchObject({ total: 1, passed: 1 });
      expect(again.body.results[0].name).toBe('Fixed');
      expect(await count('audit')).toBe(audit + 2);
    });

    it('shows a draft change that breaks a scenario (the director step given to someone else)', async () => {
      const got = await s.call('GET', '/api/definitions/discount-approval', { token: designer });
      const draft = got.body.draft;
      const etag = got.headers.get('etag')!;
      // The director's step now goes to zhao.ming by name instead of the sales-director role.
      const director = draft.nodes.find((n: { id: string }) => n.id === 'director');
      const changed = { ...draft, nodes: draft.nodes.map((n: { id: string }) => (n.id === 'director' ? { ...director, assignees: [{ type: 'users', users: ['zhao.ming'] }] } : n)) };
      const saved = await s.call('PUT', '/api/definitions/discount-approval/draft', { token: designer, body: changed, headers: { 'if-match': etag } });
      expect(saved.status).toBe(200);
      const draftRun = await s.call('POST', '/api/definitions/discount-approval/scenarios/run', { token: designer, body: {} });
      const broken = draftRun.body.results.filter((x: { ok: boolean }) => !x.ok).map((x: { id: string }) => x.id);
      expect(broken).toContain('large-discount-director-and-finance');
      const mismatch = draftRun.body.results.find((x: { id: string }) => x.id === 'large-discount-director-and-finance').mismatches;
      expect(mismatch.some((m: { what: string }) => m.what.startsWith('assignees.director') || m.what.startsWith('step'))).toBe(true);
      // The published version still passes.
      const v1 = await s.call('POST', '/api/definitions/discount-approval/scenarios/run', { token: designer, body: { version: 1, ids: ['large-discount-director-and-finance'] } });
      expect(v1.body.passed).toBe(1);
    });

    it('refuses bad scenarios, ids and versions with pointers, and writes nothing', async () => {
      const before = { rows: await count('definition_scenarios'), audit: await count('audit') };
      const base = read('small-discount-manager-approves.json');
      const { expect: _e, ...noExpect } = base;
      const missing = await s.call('PUT', '/api/definitions/discount-approval/scenarios/x', { token: designer, body: noExpect });
      expect(missing.status).toBe(422);
      expect(missing.body.error.pointer).toBe('/expect');
      const typo = await s.call('PUT', '/api/definitions/discount-approval/scenarios/x', { token: designer, body: { ...base, expekt: {} } });
      expect(typo.status).toBe(422);
      expect(typo.body.error.pointer).toBe('/expekt');
      const badId = await s.call('PUT', '/api/definitions/discount-approval/scenarios/Bad_Id', { token: designer, body: base });
      expect(badId.status).toBe(400);
      expect(badId.body.error.code).toBe('bad-scenario-id');
      const unknown = await s.call('POST', '/api/definitions/discount-approval/scenarios/run', { token: designer, body: { ids: ['small-discount-manager-approves', 'nope'] } });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.pointer).toBe('/ids/1');
      const version = await s.call('POST', '/api/definitions/discount-approval/scenarios/run', { token: designer, body: { version: 99 } });
      expect(version.status).toBe(404);
      expect(version.body.error.pointer).toBe('/version');
      const extra = await s.call('POST', '/api/definitions/discount-approval/scenarios/run', { token: designer, body: { all: true } });
      expect(extra.status).toBe(422);
      expect(extra.body.error.pointer).toBe('/all');
      const member = await s.token('li.na');
      expect((await s.call('GET', '/api/definitions/discount-approval/scenarios', { token: member })).status).toBe(403);
      expect((await s.call('PUT', '/api/definitions/discount-approval/scenarios/x', { token: member, body: base })).status).toBe(403);
      expect((await s.call('GET', '/api/definitions/discount-approval/scenarios')).status).toBe(401);
      expect((await s.call('GET', '/api/definitions/no-such-flow/scenarios', { token: designer })).status).toBe(404);
      expect({ rows: await count('definition_scenarios'), audit: await count('audit') }).toEqual(before);
    });

    it('deletes a scenario (audited); deleting it again is 404', async () => {
      const audit = await count('audit');
      const del = await s.call('DELETE', '/api/definitions/discount-approval/scenarios/expects-rejection', { token: designer });
      expect(del.status).toBe(200);
      expect((await s.call('DELETE', '/api/definitions/discount-approval/scenarios/expects-rejection', { token: designer })).status).toBe(404);
      const list = await s.call('GET', '/api/definitions/discount-approval/scenarios', { token: designer });
      expect(list.body.items).toHaveLength(FILES.length);
      expect(await count('audit')).toBe(audit + 1);
    });
  });
}
