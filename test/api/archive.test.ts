// The archive over HTTP on SQLite and PostgreSQL: policy archiving by the job (fake clock moves
// days), manual archive and restore with their permission checks, keyword search in English and
// Chinese, every filter, cursor pages, visibility, CSV/JSON export, retention purge with an
// intact audit chain, two jobs racing, and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArchiveJob } from '../../packages/server/src/archive/archive-job.ts';
import { DIALECTS, startSecondServer, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';
import { simpleFlow } from './fixtures.ts';

const cluster = usePgCluster();
const DAY = 86_400_000;

for (const dialect of DIALECTS) {
  describe(`archive on ${dialect}`, () => {
    let s: TestServer;
    let [admin, designer, lina, wang, sarah, stranger, chen] = ['', '', '', '', '', '', ''];
    const ids = { a: '', b: '', running: '', e1: '', e2: '' };
    const runJob = () => createArchiveJob(s.baton.ctx).run();

    /** Starts a request and lets the first approver decide it (or leaves it running). */
    const request = async (token: string, definition: string, data: Record<string, unknown>, decision?: 'approve' | 'reject', decider?: string, cc?: string[]) => {
      const r = await s.call('POST', '/api/instances', { token, body: { definition, data } });
      expect(r.status).toBe(201);
      if (cc) expect((await s.call('POST', `/api/instances/${r.body.id}/cc`, { token, body: { users: cc } })).status).toBe(200);
      if (decision) expect((await s.call('POST', `/api/tasks/${r.body.tasks[0].id}/${decision}`, { token: decider!, body: {} })).status).toBe(200);
      return r.body.id as string;
    };
    const search = async (token: string, query = '') => {
      const r = await s.call('GET', `/api/archive${query ? `?${query}` : ''}`, { token });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return (r.body.items as Array<{ id: string }>).map((i) => i.id).sort();
    };
    const sorted = (...xs: string[]) => [...xs].sort();
    const auditOf = async (id: string) => (await s.call('GET', `/api/audit?subject=instance:${id}&limit=500`, { token: admin })).body.items as Array<{ action: string; actor: string; detail: any }>;
    const startedIds = async (token: string) => ((await s.call('GET', '/api/inbox/started?limit=100', { token })).body.items as any[]).map((i) => i.instance.id);

    // Sessions expire as the fake clock moves by days: sign in again after each move.
    const signIn = async () => {
      [admin, designer, lina, wang, sarah, stranger, chen] = (await Promise.all(['admin', 'xu.ting', 'li.na', 'wang.lei', 'sarah.chen', 'he.jun', 'chen.jing'].map((u) => s.signIn(u)))) as [string, string, string, string, string, string, string];
    };
    const advanceDays = async (days: number) => {
      s.clock.advance(days * DAY);
      await signIn();
    };

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      await signIn();
      const contract = simpleFlow('contract', {
        name: { en: 'Contract review', 'zh-CN': '合约评审' },
        category: 'sales',
        settings: { withdraw: 'until-done', archive: { afterDays: 30, retentionDays: 90 } },
      });
      for (const body of [contract, { ...simpleFlow('expense'), category: 'finance' }]) {
        expect((await s.call('POST', '/api/definitions', { token: designer, body })).status).toBe(201);
        expect((await s.call('POST', `/api/definitions/${body.key}/publish`, { token: designer })).status).toBe(201);
      }
    }, 60_000);
    afterAll(() => s.close());

    it('archives finished requests by the flow\'s policy, N days after they finish, and only then', async () => {
      // cost_centre is hidden from the manager's step (fixtures.ts): it must never be searchable.
      ids.a = await request(lina, 'contract', { amount: 5000, reason: 'Acme Corp 合同续签 renewal', cost_centre: 'zq-hidden-7731' }, 'approve', wang);
      ids.b = await request(lina, 'contract', { amount: 80, reason: 'Globex 办公用品, "stationery"' }, 'reject', wang);
      ids.running = await request(lina, 'contract', { amount: 1, reason: 'still open' });
      expect(await runJob()).toEqual({ archived: 0, purged: 0 });
      await advanceDays(29);
      expect(await runJob()).toEqual({ archived: 0, purged: 0 });
      await advanceDays(2);
      expect(await runJob()).toEqual({ archived: 2, purged: 0 });
      expect(await runJob()).toEqual({ archived: 0, purged: 0 });

      // Gone from the default lists, still viewable by everyone who could see them.
      const started = await startedIds(lina);
      expect(started).toContain(ids.running);
      expect(started).not.toContain(ids.a);
      expect(started).not.toContain(ids.b);
      const done = ((await s.call('GET', '/api/inbox/done?limit=100', { token: wang })).body.items as any[]).map((i) => i.instance.id);
      expect(done).not.toContain(ids.a);
      for (const token of [lina, wang, admin]) {
        const detail = await s.call('GET', `/api/instances/${ids.a}`, { token });
        expect(detail.status).toBe(200);
        expect(detail.body).toMatchObject({ archived: true, status: 'approved' });
      }
      expect((await s.call('GET', `/api/instances/${ids.a}`, { token: stranger })).status).toBe(404);
      const live = await s.call('GET', `/api/instances/${ids.running}`, { token: lina });
      expect(live.body.archived).toBe(false);
      expect((await auditOf(ids.a)).find((r) => r.action === 'instance.archived')).toMatchObject({ actor: 'system', detail: { how: 'policy', definition: 'contract' } });
    });

    it('archives by hand (admins and the flow\'s managers, finished requests only) and restores (admins)', async () => {
      const running = await request(lina, 'expense', { amount: 3, reason: 'open' });
      expect((await s.call('POST', `/api/instances/${running}/archive`, { token: admin })).body.error.code).toBe('not-finished');
      ids.e1 = await request(lina, 'expense', { amount: 300, reason: 'taxi 出租车 airport' }, 'approve', wang);
      const archive = (id: string, token: string) => s.call('POST', `/api/instances/${id}/archive`, { token });
      expect((await archive(ids.e1, lina)).status).toBe(403);
      expect((await archive(ids.e1, stranger)).status).toBe(404);
      expect((await archive('no-such-request', admin)).status).toBe(404);
      expect((await archive(running, admin)).status).toBe(409);
      expect(await startedIds(lina)).toContain(ids.e1);
      const ok = await archive(ids.e1, designer);
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({ id: ids.e1, archived: true });
      const again = await archive(ids.e1, admin);
      expect(again.status).toBe(409);
      expect(again.body.error).toMatchObject({ code: 'already-archived', message: { en: expect.any(String), 'zh-CN': expect.any(String) } });
      expect(await startedIds(lina)).not.toContain(ids.e1);

      const unarchive = (id: string, token: string) => s.call('POST', `/api/instances/${id}/unarchive`, { token });
      expect((await unarchive(ids.e1, designer)).status).toBe(403);
      expect((await unarchive(ids.e1, lina)).status).toBe(403);
      expect((await unarchive(ids.e1, admin)).body).toEqual({ id: ids.e1, archived: false });
      expect((await unarchive(ids.e1, admin)).body.error.code).toBe('not-archived');
      expect((await unarchive('no-such-request', admin)).status).toBe(404);
      expect(await startedIds(lina)).toContain(ids.e1);
      expect((await s.call('GET', `/api/instances/${ids.e1}`, { token: lina })).body.archived).toBe(false);
      expect(await search(admin, 'q=taxi')).toEqual([]);
      expect((await auditOf(ids.e1)).filter((r) => r.action.startsWith('instance.') && r.action.includes('archived')).map((r) => [r.action, r.actor])).toEqual([
        ['instance.unarchived', 'admin'],
        ['instance.archived', 'xu.ting'],
      ]);

      // A restored request is left alone by the policy job; archiving it by hand still works.
      expect((await unarchive(ids.b, admin)).status).toBe(200);
      expect(await runJob()).toEqual({ archived: 0, purged: 0 });
      expect(await startedIds(lina)).toContain(ids.b);
      expect((await archive(ids.b, admin)).status).toBe(200);
      expect((await archive(ids.e1, admin)).status).toBe(200);
    });

    it('finds archived requests by keyword: English words by prefix, Chinese by any part, flow names too', async () => {
      expect(await search(admin, 'q=acme')).toEqual([ids.a]);
      expect(await search(admin, 'q=ACME%20renew')).toEqual([ids.a]);
      expect(await search(admin, `q=${encodeURIComponent('合同续签')}`)).toEqual([ids.a]);
      expect(await search(admin, `q=${encodeURIComponent('续签')}`)).toEqual([ids.a]);
      expect(await search(admin, `q=${encodeURIComponent('续')}`)).toEqual([ids.a]);
      expect(await search(admin, `q=${encodeURIComponent('签')}`)).toEqual([ids.a]);
      expect(await search(admin, `q=${encodeURIComponent('办公用品')}`)).toEqual([ids.b]);
      expect(await search(admin, `q=${encodeURIComponent('出租车')}`)).toEqual([ids.e1]);
      expect(await search(admin, `q=${encodeURIComponent('合约评审')}`)).toEqual(sorted(ids.a!, ids.b!));
      expect(await search(admin, 'q=5000')).toEqual([ids.a]);
      expect(await search(admin, 'q=acme%20globex')).toEqual([]);
      expect(await search(admin, 'q=nothing-like-this')).toEqual([]);
      // A field hidden at some step is not indexed: a hit would tell the manager its value.
      expect(await search(admin, 'q=zq-hidden-7731')).toEqual([]);
      expect(await search(wang, 'q=zq-hidden')).toEqual([]);
      expect(await search(admin, `q=${encodeURIComponent('"!! * OR NEAR(')}`)).toEqual([]);
      expect(await search(admin, `q=${encodeURIComponent("') OR 1=1 --")}`)).toEqual([]);
    });

    it('filters by flow, category, status, initiator and dates, and pages with a cursor', async () => {
      ids.e2 = await request(wang, 'expense', { amount: 42, reason: 'client dinner 晚餐' }, 'approve', sarah, ['chen.jing']);
      expect((await s.call('POST', `/api/instances/${ids.e2}/archive`, { token: admin })).status).toBe(200);
      const all = sorted(ids.a!, ids.b!, ids.e1!, ids.e2!);
      expect(await search(admin)).toEqual(all);
      expect(await search(admin, 'definition=expense')).toEqual(sorted(ids.e1!, ids.e2!));
      expect(await search(admin, 'category=sales')).toEqual(sorted(ids.a!, ids.b!));
      expect(await search(admin, 'category=hr')).toEqual([]);
      expect(await search(admin, 'status=rejected')).toEqual([ids.b]);
      expect(await search(admin, 'initiator=wang.lei')).toEqual([ids.e2]);
      expect(await search(admin, 'from=2026-03-20')).toEqual(sorted(ids.e1!, ids.e2!));
      expect(await search(admin, 'to=2026-03-20')).toEqual(sorted(ids.a!, ids.b!));
      expect(await search(admin, 'from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00%2B08:00&status=approved')).toEqual([ids.a]);
      expect(await search(admin, 'definition=expense&q=dinner')).toEqual([ids.e2]);

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const r = await s.call('GET', `/api/archive?limit=1${cursor ? `&cursor=${cursor}` : ''}`, { token: admin });
        expect(r.body.items).toHaveLength(1);
        seen.push(r.body.items[0].id);
        cursor = r.body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      // Newest archived first: e2, then e1 and b (archived by hand, in that order: b first), then a.
      expect(seen).toEqual([ids.e2, ids.e1, ids.b, ids.a]);
      const first = (await s.call('GET', '/api/archive?limit=2', { token: admin })).body;
      expect(first.items[0]).toMatchObject({ id: ids.e2, definition: 'expense', category: 'finance', status: 'approved', initiator: 'wang.lei', archivedAt: expect.any(String), createdAt: expect.any(String) });
    });

    it('shows each person only what they could see: their own, what they acted on, what they were CC\'d on', async () => {
      expect(await search(stranger)).toEqual([]);
      expect(await search(stranger, 'q=acme')).toEqual([]);
      expect(await search(lina)).toEqual(sorted(ids.a!, ids.b!, ids.e1!));
      expect(await search(wang)).toEqual(sorted(ids.a!, ids.b!, ids.e1!, ids.e2!));
      expect(await search(sarah)).toEqual([ids.e2]);
      expect(await search(chen)).toEqual([ids.e2]);
      expect(await search(chen, 'initiator=li.na')).toEqual([]);
      // A member's pages, with and without a keyword, walk their own rows only.
      for (const query of ['limit=1', 'limit=1&q=renewal%20acme', 'limit=1&definition=expense']) {
        const seen: string[] = [];
        let cursor: string | null = null;
        for (let i = 0; i < 10; i++) {
          const r = await s.call('GET', `/api/archive?${query}${cursor ? `&cursor=${cursor}` : ''}`, { token: wang });
          seen.push(...r.body.items.map((x: { id: string }) => x.id));
          cursor = r.body.nextCursor;
          if (!cursor) break;
        }
        const expected = query.includes('q=') ? [ids.a] : query.includes('definition') ? [ids.e2, ids.e1] : [ids.e2, ids.e1, ids.b, ids.a];
        expect(seen, query).toEqual(expected);
      }
    });

    it('exports CSV (header, RFC 4180 quoting, BOM) and JSON, with the same filters and visibility', async () => {
      const csv = await fetch(`${s.url}/api/archive/export?format=csv&definition=contract`, { headers: { authorization: `Bearer ${admin}` } });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="baton-archive-\d{4}-\d{2}-\d{2}\.csv"$/);
      const bytes = new Uint8Array(await csv.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
      expect(lines[0]).toBe('id,title,definition,category,status,initiator,createdAt,finishedAt,archivedAt');
      expect(lines).toHaveLength(4);
      expect(lines[3]).toBe('');
      expect(lines.slice(1, 3).map((l) => l.split(',')[0]).sort()).toEqual(sorted(ids.a!, ids.b!));
      expect(lines[1]!.split(',')).toHaveLength(9);

      const json = await s.call('GET', '/api/archive/export?format=json&q=acme', { token: admin });
      expect(json.status).toBe(200);
      expect(json.body).toEqual([expect.objectContaining({ id: ids.a, definition: 'contract', status: 'approved' })]);
      expect((await s.call('GET', '/api/archive/export?format=json', { token: stranger })).body).toEqual([]);
      expect((await s.call('GET', '/api/archive/export?format=json&limit=2', { token: admin })).body).toHaveLength(2);
      const mine = await fetch(`${s.url}/api/archive/export`, { headers: { authorization: `Bearer ${sarah}` } });
      const mineLines = (await mine.text()).replace(/^\ufeff/, '').split('\r\n').filter(Boolean);
      expect(mineLines.slice(1).map((l) => l.split(',')[0])).toEqual([ids.e2]);
    });

    it('purges archived requests after the retention period; the audit keeps a purged row and still verifies', async () => {
      await advanceDays(89);
      expect(await runJob()).toEqual({ archived: 0, purged: 0 });
      await advanceDays(2);
      expect(await runJob()).toEqual({ archived: 0, purged: 2 });
      for (const id of [ids.a!, ids.b!]) {
        expect((await s.call('GET', `/api/instances/${id}`, { token: admin })).status).toBe(404);
        const tasks = await s.store.db.selectFrom('tasks').select('id').where('instance_id', '=', id).execute();
        expect(tasks).toEqual([]);
        const rows = await auditOf(id);
        expect(rows[0]).toMatchObject({ action: 'instance.purged', actor: 'system', detail: { definition: 'contract', retentionDays: 90 } });
        expect(rows.some((r) => r.action === 'instance.start')).toBe(true);
      }
      expect(await search(admin, 'q=acme')).toEqual([]);
      expect(await search(admin)).toEqual(sorted(ids.e1!, ids.e2!));
      // The expense flow has no retention: its archived requests stay.
      expect((await s.call('GET', `/api/instances/${ids.e1}`, { token: lina })).body.archived).toBe(true);
      const verify = await s.call('GET', '/api/audit/verify', { token: admin });
      expect(verify.body).toMatchObject({ ok: true });
      expect(await runJob()).toEqual({ archived: 0, purged: 0 });
    });

    it('two jobs running at once archive each request once (SKIP LOCKED on PostgreSQL, serial writes on SQLite)', async () => {
      const made: string[] = [];
      for (let i = 0; i < 12; i++) made.push(await request(lina, 'contract', { amount: i, reason: `batch ${i}` }, 'approve', wang));
      await advanceDays(31);
      const second = dialect === 'postgres' ? await startSecondServer(s) : undefined;
      try {
        if (second) second.clock.set(s.clock.now().toISOString());
        const jobs = [createArchiveJob(s.baton.ctx), createArchiveJob((second ?? s).baton.ctx)];
        const runs = await Promise.all(jobs.map((j) => j.run({ batch: 3 })));
        expect(runs[0]!.archived + runs[1]!.archived).toBe(12);
        for (const id of made) expect((await auditOf(id)).filter((r) => r.action === 'instance.archived')).toHaveLength(1);
        expect((await s.call('GET', '/api/audit/verify', { token: admin })).body.ok).toBe(true);
      } finally {
        await second?.close();
      }
    });

    it('answers bad input with 4xx in the one error shape, naming the parameter', async () => {
      const cases: Array<[string, string]> = [
        [`q=${'x'.repeat(201)}`, '/q'],
        ['status=running', '/status'],
        ['from=yesterday', '/from'],
        ['to=2026-13-45', '/to'],
        ['limit=0', '/limit'],
        ['limit=101', '/limit'],
        ['limit=ten', '/limit'],
        ['cursor=not-a-cursor', '/cursor'],
        ['definition=bad%20key', '/definition'],
        ['initiator=%27%3B--', '/initiator'],
      ];
      for (const [query, pointer] of cases) {
        const r = await s.call('GET', `/api/archive?${query}`, { token: admin });
        expect(r.status, query).toBe(400);
        expect(r.body.error).toMatchObject({ code: 'bad-query', pointer, message: { en: expect.any(String), 'zh-CN': expect.any(String) } });
      }
      expect((await s.call('GET', '/api/archive/export?format=xml', { token: admin })).body.error.pointer).toBe('/format');
      expect((await s.call('GET', '/api/archive/export?limit=10001', { token: admin })).status).toBe(400);
      expect((await s.call('GET', '/api/archive')).status).toBe(401);
      expect((await s.call('GET', '/api/archive/export')).status).toBe(401);
    });
  });
}
