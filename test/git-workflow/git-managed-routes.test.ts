// Every route that changes what git holds of a managed flow (its draft, and the versions published
// from it) refuses the studio with 409 managed-by-git and writes nothing: save, import, restore a
// version into the draft, publish. The push (Baton-Managed-Push: git) still does each. Operational
// routes stay open for a managed flow: scopes, deactivate / activate, duplicate under a new key.
// Over HTTP on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from '../api/harness.ts';
import type { TestServer } from '../api/harness.ts';
import { simpleFlow } from '../api/fixtures.ts';

const cluster = usePgCluster();
const PUSH = { 'baton-managed-push': 'git' };
const KEY = 'git-routes';

for (const dialect of DIALECTS) {
  describe(`routes that change a flow managed in git, on ${dialect}`, () => {
    let s: TestServer;
    let designer: string;
    let member: string;
    const read = async () => (await s.call('GET', `/api/definitions/${KEY}`, { token: designer }));
    const versions = async () => (await s.call('GET', `/api/definitions/${KEY}/versions`, { token: designer })).body.items as Array<{ version: number }>;
    const expectManagedRefusal = (r: { status: number; body: any }) => {
      expect(r.status, JSON.stringify(r.body)).toBe(409);
      expect(r.body.error.code).toBe('managed-by-git');
      expect(r.body.error.message.en).toMatch(/managed in git/);
      expect(r.body.error.message['zh-CN']).toMatch(/由 git 管理/);
      expect(r.body.error.details).toEqual({ managedBy: 'git' });
    };

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      designer = await s.token('xu.ting');
      member = await s.token('li.na');
      // Version 1 is a studio flow; the push then hands it to git and publishes version 2.
      expect((await s.call('POST', '/api/definitions', { token: designer, body: simpleFlow(KEY, { name: { en: 'Studio era' } }) })).status).toBe(201);
      expect((await s.call('POST', `/api/definitions/${KEY}/publish`, { token: designer })).status).toBe(201);
      const etag = (await read()).headers.get('etag')!;
      const claimed = await s.call('PUT', `/api/definitions/${KEY}/draft`, { token: designer, body: simpleFlow(KEY, { managedBy: 'git', name: { en: 'Git era' } }), headers: { 'if-match': etag } });
      expect(claimed.status).toBe(200);
    }, 60_000);
    afterAll(() => s.close());

    it('publish from the studio is 409 managed-by-git, with or without If-Match, and publishes nothing', async () => {
      const etag = (await read()).headers.get('etag')!;
      expectManagedRefusal(await s.call('POST', `/api/definitions/${KEY}/publish`, { token: designer }));
      expectManagedRefusal(await s.call('POST', `/api/definitions/${KEY}/publish`, { token: designer, headers: { 'if-match': etag } }));
      expectManagedRefusal(await s.call('POST', `/api/definitions/${KEY}/publish`, { token: designer, headers: { 'if-match': etag, 'baton-managed-push': 'studio' } }));
      expect((await versions()).map((v) => v.version)).toEqual([1]);
    });

    it('the push publishes it (Baton-Managed-Push: git), If-Match still applies, and it needs the manage scope', async () => {
      const etag = (await read()).headers.get('etag')!;
      expect((await s.call('POST', `/api/definitions/${KEY}/publish`, { token: designer, headers: { 'if-match': '"stale"', ...PUSH } })).status).toBe(412);
      expect((await s.call('POST', `/api/definitions/${KEY}/publish`, { token: member, headers: { 'if-match': etag, ...PUSH } })).status).toBe(403);
      const published = await s.call('POST', `/api/definitions/${KEY}/publish`, { token: designer, headers: { 'if-match': etag, ...PUSH } });
      expect(published.status, JSON.stringify(published.body)).toBe(201);
      expect(published.body.version).toBe(2);
      expect((await versions()).map((v) => v.version)).toEqual([2, 1]);
    });

    it('restoring a version into the draft is 409 managed-by-git, and the draft and its ETag stay', async () => {
      const before = await read();
      const etag = before.headers.get('etag')!;
      expectManagedRefusal(await s.call('POST', `/api/definitions/${KEY}/versions/1/restore`, { token: designer }));
      expectManagedRefusal(await s.call('POST', `/api/definitions/${KEY}/versions/1/restore`, { token: designer, headers: { 'if-match': etag } }));
      // Refused before the version is even looked up: a managed draft is not the studio's.
      expectManagedRefusal(await s.call('POST', `/api/definitions/${KEY}/versions/99/restore`, { token: designer }));
      const after = await read();
      expect(after.headers.get('etag')).toBe(etag);
      expect(after.body.draft.name.en).toBe('Git era');
      const audit = await s.call('GET', `/api/audit?subject=definition:${KEY}`, { token: await s.token('admin') });
      expect(JSON.stringify(audit.body)).not.toContain('definition.restore-version');
    });

    it('a member is still 403 (or 404), not told the flow is managed', async () => {
      const r = await s.call('POST', `/api/definitions/${KEY}/versions/1/restore`, { token: member });
      expect([403, 404]).toContain(r.status);
      expect(r.body.error.code).not.toBe('managed-by-git');
    });

    it('the push may restore too (the header is the one writer), and If-Match applies there', async () => {
      expect((await s.call('POST', `/api/definitions/${KEY}/versions/2/restore`, { token: designer, headers: { 'if-match': '"stale"', ...PUSH } })).status).toBe(412);
      const etag = (await read()).headers.get('etag')!;
      const r = await s.call('POST', `/api/definitions/${KEY}/versions/2/restore`, { token: designer, headers: { 'if-match': etag, ...PUSH } });
      expect(r.status).toBe(200);
      expect(r.body.restored).toBe(2);
    });

    it('saves and imports stay refused from the studio and open to the push', async () => {
      const etag = (await read()).headers.get('etag')!;
      const body = simpleFlow(KEY, { managedBy: 'git', name: { en: 'Edited' } });
      expectManagedRefusal(await s.call('PUT', `/api/definitions/${KEY}/draft`, { token: designer, body, headers: { 'if-match': etag } }));
      expectManagedRefusal(await s.call('POST', '/api/definitions/import', { token: designer, body }));
      expect((await read()).headers.get('etag')).toBe(etag);
      const saved = await s.call('PUT', `/api/definitions/${KEY}/draft`, { token: designer, body, headers: { 'if-match': etag, ...PUSH } });
      expect(saved.status).toBe(200);
      const imported = await s.call('POST', '/api/definitions/import', { token: designer, body: { ...body, name: { en: 'Imported by the push' } }, headers: PUSH });
      expect(imported.status).toBe(200);
    });

    it('operational routes stay open: scopes, deactivate and activate, duplicate under a new key', async () => {
      const scopes = await s.call('PUT', `/api/definitions/${KEY}/scopes`, { token: designer, body: { start: { everyone: true } } });
      expect(scopes.status).toBe(200);
      const off = await s.call('POST', `/api/definitions/${KEY}/deactivate`, { token: designer, body: { policy: 'drain' } });
      expect(off.status, JSON.stringify(off.body)).toBe(200);
      expect((await s.call('POST', `/api/definitions/${KEY}/activate`, { token: designer })).status).toBe(200);
      const copy = await s.call('POST', `/api/definitions/${KEY}/duplicate`, { token: designer, body: { key: `${KEY}-copy` } });
      expect(copy.status).toBe(201);
      // The copy is the studio's: it publishes and restores without the header.
      expect((await s.call('POST', `/api/definitions/${KEY}-copy/publish`, { token: designer })).status).toBe(201);
      expect((await s.call('POST', `/api/definitions/${KEY}-copy/versions/1/restore`, { token: designer })).status).toBe(200);
      expect((await read()).body.draft.managedBy).toBe('git');
    });
  });
}
