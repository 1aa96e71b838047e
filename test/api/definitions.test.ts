// The definition lifecycle over HTTP on SQLite and PostgreSQL: drafts with ETag / If-Match,
// publish and versions, diff, restore, duplicate, scopes, impact and deactivate, archive, the
// recycle bin, export and import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';
import { simpleFlow } from './fixtures.ts';

const cluster = usePgCluster();

for (const dialect of DIALECTS) {
  describe(`definitions on ${dialect}`, () => {
    let s: TestServer;
    let designer: string;
    let admin: string;
    let member: string;
    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      designer = await s.token('xu.ting');
      admin = await s.token('admin');
      member = await s.token('li.na');
    }, 60_000);
    afterAll(() => s.close());

    it('creates a draft, refusing invalid documents with pointers and duplicates with 409', async () => {
      const created = await s.call('POST', '/api/definitions', { token: designer, body: simpleFlow('claim') });
      expect(created.status).toBe(201);
      expect(created.headers.get('etag')).toBe(created.body.etag);
      const bad = simpleFlow('claim-bad');
      (bad.nodes[1] as any).assignees = [];
      const r = await s.call('POST', '/api/definitions', { token: designer, body: bad });
      expect(r.status).toBe(422);
      expect(r.body.error.pointer).toMatch(/^\/nodes\/1\/assignees/);
      expect(r.body.error.details.problems.length).toBeGreaterThan(0);
      const lint = simpleFlow('claim-lint');
      lint.edges.push({ from: 'manager', to: 'ghost' });
      const l = await s.call('POST', '/api/definitions', { token: designer, body: lint });
      expect(l.status).toBe(422);
      expect(l.body.error.pointer).toMatch(/^\/edges\/2/);
      expect((await s.call('POST', '/api/definitions', { token: designer, body: simpleFlow('claim') })).status).toBe(409);
      expect((await s.call('GET', '/api/definitions/claim-bad', { token: designer })).status).toBe(404);
    });

    it('saves drafts only with the current ETag: two designers never silently overwrite', async () => {
      const got = await s.call('GET', '/api/definitions/claim', { token: designer });
      const etag = got.headers.get('etag')!;
      const mine = { ...simpleFlow('claim'), name: { en: 'Mine' } };
      const theirs = { ...simpleFlow('claim'), name: { en: 'Theirs' } };
      expect((await s.call('PUT', '/api/definitions/claim/draft', { token: designer, body: mine })).status).toBe(428);
      const first = await s.call('PUT', '/api/definitions/claim/draft', { token: designer, body: mine, headers: { 'if-match': etag } });
      expect(first.status).toBe(200);
      const second = await s.call('PUT', '/api/definitions/claim/draft', { token: admin, body: theirs, headers: { 'if-match': etag } });
      expect(second.status).toBe(412);
      expect(second.body.error.details.currentEtag).toBe(first.body.etag);
      expect((await s.call('GET', '/api/definitions/claim', { token: designer })).body.draft.name).toEqual({ en: 'Mine' });
      const wrongKey = await s.call('PUT', '/api/definitions/claim/draft', { token: designer, body: simpleFlow('other'), headers: { 'if-match': first.body.etag } });
      expect(wrongKey.status).toBe(422);
      expect(wrongKey.body.error.pointer).toBe('/key');
    });

    it('publishes immutable versions, lists them, diffs and restores', async () => {
      const v1 = await s.call('POST', '/api/definitions/claim/publish', { token: designer });
      expect(v1.status).toBe(201);
      expect(v1.body.version).toBe(1);
      expect((await s.call('POST', '/api/definitions/claim/publish', { token: designer })).body.error.code).toBe('no-changes');
      const cur = await s.call('GET', '/api/definitions/claim', { token: designer });
      const changed = simpleFlow('claim');
      changed.nodes[1] = { id: 'manager', type: 'approval', assignees: [{ type: 'role', role: 'finance-lead' }] } as any;
      const saved = await s.call('PUT', '/api/definitions/claim/draft', { token: designer, body: changed, headers: { 'if-match': cur.headers.get('etag')! } });
      expect(saved.status).toBe(200);
      expect((await s.call('POST', '/api/definitions/claim/publish', { token: designer, headers: { 'if-match': '"stale"' } })).status).toBe(412);
      expect((await s.call('POST', '/api/definitions/claim/publish', { token: designer })).body.version).toBe(2);
      const versions = await s.call('GET', '/api/definitions/claim/versions', { token: designer });
      expect(versions.body.items.map((v: any) => [v.version, v.latest])).toEqual([[2, true], [1, false]]);
      const one = await s.call('GET', '/api/definitions/claim/versions/1', { token: designer });
      expect(one.body.definition.name).toEqual({ en: 'Mine' });
      const diff = await s.call('GET', '/api/definitions/claim/diff?from=1&to=2', { token: designer });
      expect(diff.body.changes.map((c: any) => c.kind)).toContain('assignees-changed');
      expect(diff.body.text['zh-CN'].length).toBeGreaterThan(0);
      expect((await s.call('GET', '/api/definitions/claim/diff?from=9&to=2', { token: designer })).status).toBe(404);
      const restored = await s.call('POST', '/api/definitions/claim/versions/1/restore', { token: designer });
      expect(restored.status).toBe(200);
      const draft = await s.call('GET', '/api/definitions/claim', { token: designer });
      expect(draft.body.draft.nodes[1].assignees).toEqual([{ type: 'manager', level: 1 }]);
      expect((await s.call('GET', '/api/definitions/claim/versions/2', { token: designer })).body.definition.nodes[1].assignees[0].type).toBe('role');
      expect((await s.call('POST', '/api/definitions/claim/versions/7/restore', { token: designer })).status).toBe(404);
    });

    it('simulates the draft or a version without writing anything', async () => {
      const before = Number((await s.store.db.selectFrom('instances').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const sim = await s.call('POST', '/api/definitions/claim/simulate', { token: designer, body: { initiator: 'li.na', data: { amount: 5 } } });
      expect(sim.status).toBe(200);
      expect(sim.body).toMatchObject({ status: 'approved', path: ['start', 'manager', 'end'] });
      expect(sim.body.steps.find((x: any) => x.node === 'manager').assignees[0]).toMatchObject({ user: 'wang.lei' });
      expect(sim.body.steps.find((x: any) => x.node === 'manager').assignees[0].explanation.length).toBeGreaterThan(0);
      const v2 = await s.call('POST', '/api/definitions/claim/simulate', { token: designer, body: { initiator: 'li.na', data: { amount: 5 }, version: 2, decisions: { manager: 'reject' } } });
      expect(v2.body).toMatchObject({ status: 'rejected' });
      expect(v2.body.steps.find((x: any) => x.node === 'manager').assignees[0].user).toBe('chen.jing');
      expect((await s.call('POST', '/api/definitions/claim/simulate', { token: designer, body: { data: {}, version: 9 } })).status).toBe(404);
      expect((await s.call('POST', '/api/definitions/claim/simulate', { token: designer, body: { data: {}, decisions: { manager: 'maybe' } } })).status).toBe(422);
      expect((await s.call('POST', '/api/definitions/claim/simulate', { token: member, body: { data: {} } })).status).toBe(403);
      expect(Number((await s.store.db.selectFrom('instances').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(before);
    });

    it('duplicates, exports canonical files and imports by key', async () => {
      const dup = await s.call('POST', '/api/definitions/claim/duplicate', { token: designer, body: { key: 'claim-copy' } });
      expect(dup.status).toBe(201);
      expect((await s.call('GET', '/api/definitions/claim-copy', { token: designer })).body.draft.name.en).toBe('Mine (copy)');
      expect((await s.call('POST', '/api/definitions/claim/duplicate', { token: designer, body: { key: 'claim-copy' } })).status).toBe(409);
      const exp = await s.call('GET', '/api/definitions/claim/export?version=2', { token: designer });
      expect(exp.status).toBe(200);
      expect(typeof exp.body).toBe('object');
      const text = await (await fetch(`${s.url}/api/definitions/claim/export`, { headers: { authorization: `Bearer ${designer}` } })).text();
      expect(text.endsWith('}\n')).toBe(true);
      expect(text.indexOf('"edges"')).toBeLessThan(text.indexOf('"form"'));
      const imported = await s.call('POST', '/api/definitions/import', { token: designer, body: { ...JSON.parse(text), key: 'claim-imported' } });
      expect(imported.status).toBe(201);
      const again = await s.call('POST', '/api/definitions/import', { token: designer, body: { ...JSON.parse(text), key: 'claim-imported', name: { en: 'Re-imported' } } });
      expect(again.status).toBe(200);
      expect(again.body.created).toBe(false);
      const bad = await s.call('POST', '/api/definitions/import', { token: designer, body: { key: 'x' } });
      expect(bad.status).toBe(422);
    });

    it('keeps scopes: only designers in the manage scope may manage, starters limit who starts', async () => {
      const designer2 = await s.token('gao.feng');
      expect((await s.call('PUT', '/api/definitions/claim-copy/scopes', { token: designer, body: { manage: { users: ['xu.ting'] }, start: { roles: ['finance'] } } })).status).toBe(200);
      await s.call('PATCH', '/api/org/users/he.jun', { token: admin, body: { systemRole: 'designer' } });
      const other = await s.token('he.jun');
      expect((await s.call('GET', '/api/definitions/claim-copy', { token: other })).status).toBe(403);
      expect((await s.call('GET', '/api/definitions/claim-copy', { token: designer2 })).status).toBe(200);
      expect((await s.call('POST', '/api/definitions/claim-copy/publish', { token: designer })).status).toBe(201);
      const forMember = await s.call('GET', '/api/definitions', { token: member });
      expect(forMember.body.items.map((d: any) => d.key)).toContain('claim');
      expect(forMember.body.items.map((d: any) => d.key)).not.toContain('claim-copy');
      const forFinance = await s.call('GET', '/api/definitions', { token: await s.token('sun.li') });
      expect(forFinance.body.items.find((d: any) => d.key === 'claim-copy')).toMatchObject({ canStart: true, canManage: false });
      const form = await s.call('GET', '/api/definitions/claim-copy/form', { token: await s.token('sun.li') });
      expect(form.body).toMatchObject({ key: 'claim-copy', version: 1, form: { fields: expect.any(Array) } });
      expect(form.body.dataSchema.required).toEqual(['amount']);
      expect((await s.call('GET', '/api/definitions/claim-copy/form', { token: member })).status).toBe(403);
      expect((await s.call('GET', '/api/definitions/nothing-here/form', { token: member })).status).toBe(404);
      expect((await s.call('PUT', '/api/definitions/claim-copy/scopes', { token: designer, body: { manage: { emails: [] } } })).status).toBe(422);
    });

    it('reports impact, deactivates (drain), activates, archives and uses the recycle bin', async () => {
      const impact = await s.call('GET', '/api/definitions/claim/impact', { token: designer });
      expect(impact.body).toMatchObject({ key: 'claim', runningInstances: 0, byNode: [], pendingTasksByApprover: [], dependents: [] });
      expect((await s.call('DELETE', '/api/definitions/claim', { token: designer })).body.error.code).toBe('bad-state');
      expect((await s.call('POST', '/api/definitions/claim/archive', { token: designer })).status).toBe(409);
      expect((await s.call('POST', '/api/definitions/claim/deactivate', { token: designer, body: { policy: 'sideways' } })).status).toBe(422);
      const d = await s.call('POST', '/api/definitions/claim/deactivate', { token: designer, body: { policy: 'drain' } });
      expect(d.body).toMatchObject({ status: 'inactive', policy: 'drain', cancelled: 0 });
      expect((await s.call('GET', '/api/definitions', { token: member })).body.items.map((x: any) => x.key)).not.toContain('claim');
      expect((await s.call('POST', '/api/definitions/claim/activate', { token: designer })).body.status).toBe('active');
      await s.call('POST', '/api/definitions/claim/deactivate', { token: designer, body: { policy: 'drain' } });
      expect((await s.call('POST', '/api/definitions/claim/archive', { token: designer })).body.status).toBe('archived');
      expect((await s.call('POST', '/api/definitions/claim/unarchive', { token: designer })).body.status).toBe('inactive');
      expect((await s.call('DELETE', '/api/definitions/claim', { token: designer })).status).toBe(200);
      expect((await s.call('GET', '/api/definitions?status=deleted', { token: designer })).body.items.map((x: any) => x.key)).toEqual(['claim']);
      expect((await s.call('POST', '/api/definitions/claim/publish', { token: designer })).status).toBe(404);
      expect((await s.call('POST', '/api/definitions/claim/restore', { token: designer })).status).toBe(200);
      expect((await s.call('POST', '/api/definitions/claim/restore', { token: designer })).status).toBe(409);
      await s.call('DELETE', '/api/definitions/claim', { token: designer });
      expect((await s.call('DELETE', '/api/definitions/claim/purge', { token: designer })).status).toBe(403);
      expect((await s.call('DELETE', '/api/definitions/claim/purge', { token: admin })).status).toBe(200);
      expect((await s.call('GET', '/api/definitions/claim', { token: admin })).status).toBe(404);
      const audit = await s.call('GET', '/api/audit?subject=definition:claim&limit=100', { token: admin });
      expect(audit.body.items.map((a: any) => a.action)).toEqual(expect.arrayContaining(['definition.create', 'definition.save-draft', 'definition.publish', 'definition.deactivate', 'definition.purge']));
    });
  });
}
