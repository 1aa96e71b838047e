// Definitions managed in git, over HTTP on SQLite and PostgreSQL: a draft whose file says
// `"managedBy": "git"` refuses saves and imports from the studio with 409 managed-by-git (in
// English and Chinese, nothing written), accepts them from the push (Baton-Managed-Push: git),
// which still needs the manage scope; a copy under a new key is the studio's to edit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from '../api/harness.ts';
import type { TestServer } from '../api/harness.ts';
import { simpleFlow } from '../api/fixtures.ts';

const cluster = usePgCluster();
const PUSH = { 'baton-managed-push': 'git' };

for (const dialect of DIALECTS) {
  describe(`definitions managed in git on ${dialect}`, () => {
    let s: TestServer;
    let designer: string;
    let member: string;
    const etagOf = async (key: string) => (await s.call('GET', `/api/definitions/${key}`, { token: designer })).headers.get('etag')!;

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      designer = await s.token('xu.ting');
      member = await s.token('li.na');
      const created = await s.call('POST', '/api/definitions', { token: designer, body: simpleFlow('git-claim', { managedBy: 'git' }) });
      expect(created.status).toBe(201);
    }, 60_000);
    afterAll(() => s.close());

    it('the list and the definition say it is managed in git', async () => {
      const list = await s.call('GET', '/api/definitions', { token: designer });
      expect(list.body.items.find((d: { key: string }) => d.key === 'git-claim')).toMatchObject({ managedBy: 'git' });
      const got = await s.call('GET', '/api/definitions/git-claim', { token: designer });
      expect(got.body.draft.managedBy).toBe('git');
    });

    it('a studio save is 409 managed-by-git in both languages, and nothing is written', async () => {
      const before = await etagOf('git-claim');
      const edited = simpleFlow('git-claim', { managedBy: 'git', name: { en: 'Edited in the studio' } });
      const attempts: Record<string, string>[] = [{ 'if-match': before }, { 'if-match': before, 'baton-managed-push': 'yes' }, { 'if-match': '"stale"' }];
      for (const headers of attempts) {
        const r = await s.call('PUT', '/api/definitions/git-claim/draft', { token: designer, body: edited, headers });
        expect(r.status).toBe(409);
        expect(r.body.error.code).toBe('managed-by-git');
        expect(r.body.error.message.en).toMatch(/managed in git.*baton push.*copy it to a new key/);
        expect(r.body.error.message['zh-CN']).toMatch(/由 git 管理/);
      }
      // Dropping the flag from the studio is a save like any other: refused too.
      const unflagged = await s.call('PUT', '/api/definitions/git-claim/draft', { token: designer, body: simpleFlow('git-claim'), headers: { 'if-match': before } });
      expect(unflagged.status).toBe(409);
      const imported = await s.call('POST', '/api/definitions/import', { token: designer, body: edited });
      expect(imported.status).toBe(409);
      expect(imported.body.error.code).toBe('managed-by-git');
      expect(await etagOf('git-claim')).toBe(before);
      const audit = await s.call('GET', '/api/audit?subject=definition:git-claim', { token: await s.token('admin') });
      expect(audit.status).toBe(200);
      expect(JSON.stringify(audit.body)).toContain('definition.create');
      expect(JSON.stringify(audit.body)).not.toContain('definition.save-draft');
    });

    it('the push saves with Baton-Managed-Push: git, If-Match still applies, and it needs the manage scope', async () => {
      const before = await etagOf('git-claim');
      const pushed = simpleFlow('git-claim', { managedBy: 'git', name: { en: 'Changed in git' } });
      const stale = await s.call('PUT', '/api/definitions/git-claim/draft', { token: designer, body: pushed, headers: { 'if-match': '"stale"', ...PUSH } });
      expect(stale.status).toBe(412);
      const asMember = await s.call('PUT', '/api/definitions/git-claim/draft', { token: member, body: pushed, headers: { 'if-match': before, ...PUSH } });
      expect(asMember.status).toBe(403);
      const ok = await s.call('PUT', '/api/definitions/git-claim/draft', { token: designer, body: pushed, headers: { 'if-match': before, ...PUSH } });
      expect(ok.status).toBe(200);
      const got = await s.call('GET', '/api/definitions/git-claim', { token: designer });
      expect(got.body.draft.name.en).toBe('Changed in git');
      const imported = await s.call('POST', '/api/definitions/import', { token: designer, body: { ...pushed, name: { en: 'Imported by the push' } }, headers: PUSH });
      expect(imported.status).toBe(200);
    });

    it('a copy under a new key is not managed, and the studio may edit it; the original stays managed', async () => {
      const copy = await s.call('POST', '/api/definitions/git-claim/duplicate', { token: designer, body: { key: 'git-claim-copy' } });
      expect(copy.status).toBe(201);
      const got = await s.call('GET', '/api/definitions/git-claim-copy', { token: designer });
      expect(got.body.draft.managedBy).toBeUndefined();
      expect(got.body.draft.name.en).toBe('Imported by the push (copy)');
      const saved = await s.call('PUT', '/api/definitions/git-claim-copy/draft', { token: designer, body: simpleFlow('git-claim-copy', { name: { en: 'Experiment' } }), headers: { 'if-match': got.headers.get('etag')! } });
      expect(saved.status).toBe(200);
      expect((await s.call('GET', '/api/definitions/git-claim', { token: designer })).body.draft.managedBy).toBe('git');
    });

    it('a push without the flag hands the definition back to the studio', async () => {
      const handed = await s.call('PUT', '/api/definitions/git-claim/draft', { token: designer, body: simpleFlow('git-claim'), headers: { 'if-match': await etagOf('git-claim'), ...PUSH } });
      expect(handed.status).toBe(200);
      const studio = await s.call('PUT', '/api/definitions/git-claim/draft', { token: designer, body: simpleFlow('git-claim', { name: { en: 'Studio again' } }), headers: { 'if-match': await etagOf('git-claim') } });
      expect(studio.status).toBe(200);
    });

    it('managedBy takes only "git"', async () => {
      const r = await s.call('POST', '/api/definitions', { token: designer, body: simpleFlow('git-bad', { managedBy: 'svn' }) });
      expect(r.status).toBe(422);
      expect(r.body.error.pointer).toBe('/managedBy');
    });
  });
}
