// Races over real HTTP on SQLite and PostgreSQL: 20 parallel approvals of one task, two branches
// reaching a join at once, withdraw racing approve. Each resolves to exactly one winner, and the
// audit chain stays whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startSecondServer, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';
import { parallelFlow, simpleFlow } from './fixtures.ts';

const cluster = usePgCluster();

for (const dialect of DIALECTS) {
  describe(`races on ${dialect}`, () => {
    let s: TestServer;
    let lina: string;
    let wang: string;
    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      const designer = await s.token('xu.ting');
      for (const doc of [simpleFlow('expense'), parallelFlow('dual')]) {
        expect((await s.call('POST', '/api/definitions', { token: designer, body: doc })).status).toBe(201);
        expect((await s.call('POST', `/api/definitions/${doc.key}/publish`, { token: designer })).status).toBe(201);
      }
      lina = await s.token('li.na');
      wang = await s.token('wang.lei');
    }, 60_000);
    afterAll(() => s.close());

    const approvals = async (instanceId: string) =>
      (await s.store.db.selectFrom('audit').select('action').where('subject', '=', `instance:${instanceId}`).execute()).map((r) => r.action);

    it('20 parallel approvals of one task give exactly one success', async () => {
      const r = await s.call('POST', '/api/instances', { token: lina, body: { definition: 'expense', data: { amount: 5 } } });
      const task = r.body.tasks[0].id as string;
      const results = await Promise.all(Array.from({ length: 20 }, () => s.call('POST', `/api/tasks/${task}/approve`, { token: wang, body: {} })));
      const statuses = results.map((x) => x.status);
      expect(statuses.filter((x) => x === 200)).toHaveLength(1);
      expect(statuses.filter((x) => x !== 200).every((x) => x === 409)).toBe(true);
      expect((await approvals(r.body.id)).filter((a) => a === 'instance.approve')).toHaveLength(1);
      const rows = await s.store.db.selectFrom('tasks').select('status').where('instance_id', '=', r.body.id).execute();
      expect(rows.map((t) => t.status)).toEqual(['approved']);
    });

    it('two branches reaching a join at the same moment give one continuation', async () => {
      for (let round = 0; round < 3; round++) {
        const r = await s.call('POST', '/api/instances', { token: lina, body: { definition: 'dual', data: { amount: 5 } } });
        const left = r.body.tasks.find((t: any) => t.node === 'left').id;
        const right = r.body.tasks.find((t: any) => t.node === 'right').id;
        const [a, b] = await Promise.all([
          s.call('POST', `/api/tasks/${left}/approve`, { token: wang, body: {} }),
          s.call('POST', `/api/tasks/${right}/approve`, { token: await s.token('chen.jing'), body: {} }),
        ]);
        expect([a.status, b.status]).toEqual([200, 200]);
        const tasks = await s.store.db.selectFrom('tasks').select(['node_id', 'status']).where('instance_id', '=', r.body.id).execute();
        expect(tasks.filter((t) => t.node_id === 'after')).toEqual([{ node_id: 'after', status: 'pending' }]);
        const detail = await s.call('GET', `/api/instances/${r.body.id}`, { token: lina });
        expect(detail.body.graph.nodes.find((n: any) => n.id === 'join').state).toBe('done');
      }
    });

    it('withdraw racing approve resolves to one', async () => {
      for (let round = 0; round < 4; round++) {
        const r = await s.call('POST', '/api/instances', { token: lina, body: { definition: 'expense', data: { amount: 5 } } });
        const task = r.body.tasks[0].id as string;
        const [approve, withdraw] = await Promise.all([
          s.call('POST', `/api/tasks/${task}/approve`, { token: wang, body: {} }),
          s.call('POST', `/api/instances/${r.body.id}/withdraw`, { token: lina, body: {} }),
        ]);
        expect([approve.status, withdraw.status].filter((x) => x === 200)).toHaveLength(1);
        const final = await s.call('GET', `/api/instances/${r.body.id}`, { token: lina });
        expect(final.body.status).toBe(approve.status === 200 ? 'approved' : 'withdrawn');
      }
    });

    it('deactivation with cancel racing approvals: each request ends approved or terminated, no errors', async () => {
      const designer = await s.token('xu.ting');
      await s.call('POST', '/api/definitions', { token: designer, body: simpleFlow('racy') });
      await s.call('POST', '/api/definitions/racy/publish', { token: designer });
      const started = [];
      for (let i = 0; i < 10; i++) started.push((await s.call('POST', '/api/instances', { token: lina, body: { definition: 'racy', data: { amount: i } } })).body);
      const [deactivate, ...approvals] = await Promise.all([
        s.call('POST', '/api/definitions/racy/deactivate', { token: designer, body: { policy: 'cancel', reason: 'race' } }),
        ...started.map((r: any) => s.call('POST', `/api/tasks/${r.tasks[0].id}/approve`, { token: wang, body: {} })),
      ]);
      expect(deactivate!.status).toBe(200);
      expect(approvals.every((a) => a.status === 200 || a.status === 409)).toBe(true);
      const finals = await Promise.all(started.map(async (r: any) => (await s.call('GET', `/api/instances/${r.id}`, { token: lina })).body.status));
      expect(finals.every((x) => x === 'approved' || x === 'terminated')).toBe(true);
      expect(finals.filter((x) => x === 'terminated')).toHaveLength(deactivate!.body.cancelled);
      expect(finals.filter((x) => x === 'approved')).toHaveLength(approvals.filter((a) => a.status === 200).length);
    });

    it('keeps the audit chain whole after the races', async () => {
      expect((await s.call('GET', '/api/audit/verify', { token: await s.token('admin') })).body.ok).toBe(true);
    });
  });
}

describe('two servers on one PostgreSQL', () => {
  it('give one success for 20 approvals split between them, and fire a timer once', async () => {
    if (!cluster.pg) return expect(DIALECTS).not.toContain('postgres');
    const a = await startTestServer('postgres', cluster.pg);
    const b = await startSecondServer(a);
    try {
      const designer = await a.token('xu.ting');
      const timed = simpleFlow('timed');
      (timed.nodes[1] as any).timeouts = [{ after: 'PT1H', action: 'auto-approve' }];
      for (const doc of [simpleFlow('expense'), timed]) {
        await a.call('POST', '/api/definitions', { token: designer, body: doc });
        await a.call('POST', `/api/definitions/${doc.key}/publish`, { token: designer });
      }
      const lina = await a.token('li.na');
      const r = await a.call('POST', '/api/instances', { token: lina, body: { definition: 'expense', data: { amount: 5 } } });
      const task = r.body.tasks[0].id as string;
      const wangA = await a.token('wang.lei');
      const wangB = await b.token('wang.lei');
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? b : a).call('POST', `/api/tasks/${task}/approve`, { token: i % 2 ? wangB : wangA, body: {} })));
      expect(results.filter((x) => x.status === 200)).toHaveLength(1);
      expect(results.filter((x) => x.status !== 200).every((x) => x.status === 409)).toBe(true);

      const t = await a.call('POST', '/api/instances', { token: lina, body: { definition: 'timed', data: { amount: 5 } } });
      a.clock.advance(2 * 3600 * 1000);
      b.clock.advance(2 * 3600 * 1000);
      const runs = await Promise.all([a, b, a, b].map(async (srv) => (await srv.call('POST', '/api/admin/timers/run', { token: await srv.token('admin') })).body));
      expect(runs.reduce((n, x) => n + x.fired, 0)).toBe(1);
      const detail = await b.call('GET', `/api/instances/${t.body.id}`, { token: lina });
      expect(detail.body.status).toBe('approved');
      expect((await a.call('GET', '/api/audit/verify', { token: await a.token('admin') })).body.ok).toBe(true);
    } finally {
      await b.close();
      await a.close();
    }
  });
});
