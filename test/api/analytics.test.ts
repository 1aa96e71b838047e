// Analytics over HTTP on SQLite and PostgreSQL with the fake clock: requests run with known
// durations, then exact counts, rates, medians and p90, trend buckets (UTC and Asia/Shanghai),
// bottleneck and stuck order, the predicted finish, who may see what, and bad parameters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';
import { simpleFlow } from './fixtures.ts';

const cluster = usePgCluster();
const H = 3600_000;

/** start -> manager (initiator's manager, overdue after 48 h) -> finance (chen.jing) -> end. */
function loanFlow() {
  return simpleFlow('loan', {
    name: { en: 'Loan', 'zh-CN': '借款' },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'manager', type: 'approval', name: { en: 'Manager', 'zh-CN': '主管' }, assignees: [{ type: 'manager', level: 1 }], timeouts: [{ after: 'PT48H', action: 'remind' }] },
      { id: 'finance', type: 'approval', name: { en: 'Finance', 'zh-CN': '财务' }, assignees: [{ type: 'users', users: ['chen.jing'] }] },
      { id: 'end', type: 'end' },
    ],
    edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'finance' }, { from: 'finance', to: 'end' }],
  });
}

for (const dialect of DIALECTS) {
  describe(`analytics on ${dialect}`, () => {
    let s: TestServer;
    let designer: string;
    let admin: string;
    let lina: string;
    const ids: Record<string, string> = {};
    const at = (iso: string) => s.clock.set(iso);
    const pendingTask = async (id: string) => {
      const r = await s.call('GET', `/api/instances/${id}`, { token: admin });
      return (r.body.tasks as Array<{ id: string; status: string; user: string }>).find((t) => t.status === 'pending')!;
    };
    const decide = async (id: string, action: 'approve' | 'reject', when: string) => {
      at(when);
      const t = await pendingTask(id);
      const r = await s.call('POST', `/api/tasks/${t.id}/${action}`, { token: await s.token(t.user), body: {} });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    };
    const start = async (key: string, when: string) => {
      at(when);
      const r = await s.call('POST', '/api/instances', { token: lina, body: { definition: key, data: { amount: 100 } } });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as string;
    };
    const get = (path: string, token = designer) => s.call('GET', path, { token });

    beforeAll(async () => {
      // The history spans weeks of fake time: sessions must outlive it.
      s = await startTestServer(dialect, cluster.pg, { sessionTtlSeconds: 90 * 24 * 3600 });
      designer = await s.token('xu.ting');
      admin = await s.token('admin');
      lina = await s.token('li.na');
      for (const doc of [loanFlow(), simpleFlow('quick')]) {
        expect((await s.call('POST', '/api/definitions', { token: designer, body: doc })).status).toBe(201);
        expect((await s.call('PUT', `/api/definitions/${doc.key}/scopes`, { token: designer, body: { manage: { users: ['xu.ting'] } } })).status).toBe(200);
        expect((await s.call('POST', `/api/definitions/${doc.key}/publish`, { token: designer })).status).toBe(201);
      }
      ids.r1 = await start('loan', '2026-03-02T09:00:00Z');
      await decide(ids.r1, 'approve', '2026-03-02T10:00:00Z');
      await decide(ids.r1, 'approve', '2026-03-02T12:00:00Z');
      ids.r2 = await start('loan', '2026-03-03T09:00:00Z');
      await decide(ids.r2, 'approve', '2026-03-03T11:00:00Z');
      await decide(ids.r2, 'reject', '2026-03-03T15:00:00Z');
      ids.r3 = await start('loan', '2026-03-04T09:00:00Z');
      await decide(ids.r3, 'approve', '2026-03-04T12:00:00Z');
      await decide(ids.r3, 'approve', '2026-03-04T18:00:00Z');
      ids.r4 = await start('loan', '2026-03-05T09:00:00Z');
      await decide(ids.r4, 'reject', '2026-03-05T13:00:00Z');
      ids.r5 = await start('loan', '2026-03-05T10:00:00Z');
      at('2026-03-05T11:00:00Z');
      expect((await s.call('POST', `/api/instances/${ids.r5}/withdraw`, { token: lina, body: {} })).status).toBe(200);
      ids.r6 = await start('loan', '2026-03-06T09:00:00Z');
      ids.r7 = await start('loan', '2026-03-08T09:00:00Z');
      await decide(ids.r7, 'approve', '2026-03-08T10:00:00Z');
      at('2026-03-09T09:00:00Z');
    }, 120_000);
    afterAll(() => s.close());

    it('sums each flow over the range: outcomes, approval rate, median and p90 duration, running, overdue', async () => {
      const r = await get('/api/analytics/definitions?from=2026-03-01&to=2026-03-09');
      expect(r.status).toBe(200);
      expect(r.body.range).toEqual({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-10T00:00:00.000Z', tz: 'UTC' });
      expect(r.body.truncated).toBe(false);
      const loan = r.body.flows.find((f: any) => f.key === 'loan');
      expect(loan).toEqual({
        key: 'loan',
        name: { en: 'Loan', 'zh-CN': '借款' },
        started: 7,
        finished: { approved: 2, rejected: 2, withdrawn: 1, terminated: 0, total: 5 },
        approvalRate: 0.5,
        // 1, 3, 4, 6, 9 hours: median 4 h, p90 6 + 0.6 * 3 = 7.8 h
        duration: { count: 5, medianMs: 4 * H, p90Ms: 7.8 * H },
        running: 2,
        overdueTasks: 1,
      });
      expect(r.body.flows.find((f: any) => f.key === 'quick')).toMatchObject({ started: 0, approvalRate: null, duration: { count: 0, medianMs: null, p90Ms: null } });
      // A range that ends before the first request counts nothing but what runs now.
      const before = await get('/api/analytics/definitions?from=2026-02-01&to=2026-02-28');
      expect(before.body.flows.find((f: any) => f.key === 'loan')).toMatchObject({ started: 0, finished: { total: 0 }, running: 2, overdueTasks: 1 });
    });

    it('breaks one flow down by node, ranks bottlenecks by node and by approver, and buckets the trend by UTC day', async () => {
      const r = await get('/api/analytics/definitions/loan?from=2026-03-01&to=2026-03-09');
      expect(r.status).toBe(200);
      expect(r.body.summary.started).toBe(7);
      expect(r.body.nodes).toEqual([
        { id: 'manager', type: 'approval', name: { en: 'Manager', 'zh-CN': '主管' }, tasks: 7, decision: { count: 5, medianMs: 2 * H, p90Ms: 3.6 * H }, approved: 4, rejected: 1, returned: 0, pending: 1, overdue: 1 },
        { id: 'finance', type: 'approval', name: { en: 'Finance', 'zh-CN': '财务' }, tasks: 4, decision: { count: 3, medianMs: 4 * H, p90Ms: 5.6 * H }, approved: 2, rejected: 1, returned: 0, pending: 1, overdue: 0 },
      ]);
      // finance: 2, 4, 6 h decided and 23 h pending -> 5 h; manager: 1, 1, 2, 3, 4 h and 72 h pending -> 2.5 h
      expect(r.body.bottlenecks.byNode.map((b: any) => [b.id, b.medianWaitMs, b.pending, b.samples])).toEqual([['finance', 5 * H, 1, 4], ['manager', 2.5 * H, 1, 6]]);
      expect(r.body.bottlenecks.byApprover.map((b: any) => [b.id, b.medianWaitMs, b.pending])).toEqual([['chen.jing', 5 * H, 1], ['wang.lei', 2.5 * H, 1]]);
      expect(r.body.bottlenecks.byApprover[0].name).toBeTruthy();
      expect(r.body.trend.map((d: any) => [d.day, d.started, d.finished])).toEqual([
        ['2026-03-01', 0, 0], ['2026-03-02', 1, 1], ['2026-03-03', 1, 1], ['2026-03-04', 1, 1], ['2026-03-05', 2, 2],
        ['2026-03-06', 1, 0], ['2026-03-07', 0, 0], ['2026-03-08', 1, 0], ['2026-03-09', 0, 0],
      ]);
    });

    it('buckets the trend by the caller\'s local day (tz=Asia/Shanghai moves an 18:00 UTC finish to the next day)', async () => {
      const r = await get('/api/analytics/definitions/loan?from=2026-03-02&to=2026-03-05&tz=Asia/Shanghai');
      expect(r.status).toBe(200);
      expect(r.body.range).toEqual({ from: '2026-03-01T16:00:00.000Z', to: '2026-03-05T16:00:00.000Z', tz: 'Asia/Shanghai' });
      expect(r.body.trend.map((d: any) => [d.day, d.started, d.finished])).toEqual([
        ['2026-03-02', 1, 1], ['2026-03-03', 1, 1], ['2026-03-04', 1, 0], ['2026-03-05', 2, 3],
      ]);
    });

    it('lists the running requests waiting longest, filtered by node or approver', async () => {
      const all = await get('/api/analytics/definitions/loan/stuck');
      expect(all.status).toBe(200);
      expect(all.body.items.map((i: any) => [i.id, i.node, i.approver, i.waitingMs])).toEqual([[ids.r6, 'manager', 'wang.lei', 72 * H], [ids.r7, 'finance', 'chen.jing', 23 * H]]);
      expect(all.body.items[0]).toMatchObject({ initiator: 'li.na', waitingSince: '2026-03-06T09:00:00.000Z' });
      expect((await get('/api/analytics/definitions/loan/stuck?node=finance')).body.items.map((i: any) => i.id)).toEqual([ids.r7]);
      expect((await get('/api/analytics/definitions/loan/stuck?approver=wang.lei')).body.items.map((i: any) => i.id)).toEqual([ids.r6]);
      expect((await get('/api/analytics/definitions/loan/stuck?limit=1')).body.items.map((i: any) => i.id)).toEqual([ids.r6]);
      expect((await get('/api/analytics/definitions/loan/stuck?node=nowhere')).body.items).toEqual([]);
    });

    it('predicts the finish from the flow\'s history: unknown below five samples, then the median, then per-node medians', async () => {
      // Too little history for loan's finance step (three samples): unknown.
      expect((await get(`/api/instances/${ids.r7}`, admin)).body.predictedFinish).toBeNull();
      expect((await get(`/api/instances/${ids.r1}`, admin)).body.predictedFinish).toBeNull();
      // quick: the manager decides after 1, 2, 3, 4 hours...
      for (const [i, hours] of [1, 2, 3, 4].entries()) {
        const id = await start('quick', `2026-03-1${i}T09:00:00Z`);
        await decide(id, 'approve', `2026-03-1${i}T${String(9 + hours).padStart(2, '0')}:00:00Z`);
      }
      const open = await start('quick', '2026-03-16T09:00:00Z');
      expect((await get(`/api/instances/${open}`, lina)).body.predictedFinish).toBeNull();
      // ... and a fifth after 5 hours: five samples, median 3 h after the step was entered.
      const fifth = await start('quick', '2026-03-15T09:00:00Z');
      await decide(fifth, 'approve', '2026-03-15T14:00:00Z');
      at('2026-03-16T09:00:00Z');
      expect((await get(`/api/instances/${open}`, lina)).body.predictedFinish).toEqual({ at: '2026-03-16T12:00:00.000Z', basis: { samples: 5, method: 'history' } });
      // After 3.5 h only two past requests waited that long: per-node medians, never before now.
      at('2026-03-16T12:30:00Z');
      expect((await get(`/api/instances/${open}`, lina)).body.predictedFinish).toEqual({ at: '2026-03-16T12:30:00.000Z', basis: { samples: 5, method: 'node-medians' } });
    });

    it('refuses members, shows a designer only the flows they manage, and hides nothing from admins', async () => {
      for (const path of ['/api/analytics/definitions', '/api/analytics/definitions/loan', '/api/analytics/definitions/loan/stuck']) {
        const r = await get(path, lina);
        expect(r.status, path).toBe(403);
        expect(r.body.error.code).toBe('forbidden');
      }
      await s.call('PATCH', '/api/org/users/he.jun', { token: admin, body: { systemRole: 'designer' } });
      const other = await s.token('he.jun');
      expect((await s.call('POST', '/api/definitions', { token: other, body: simpleFlow('hejun-flow') })).status).toBe(201);
      expect((await s.call('PUT', '/api/definitions/hejun-flow/scopes', { token: other, body: { manage: { users: ['he.jun'] } } })).status).toBe(200);
      expect((await s.call('POST', '/api/definitions/hejun-flow/publish', { token: other })).status).toBe(201);
      expect((await get('/api/analytics/definitions', other)).body.flows.map((f: any) => f.key)).toEqual(['hejun-flow']);
      expect((await get('/api/analytics/definitions/loan', other)).status).toBe(403);
      expect((await get('/api/analytics/definitions/loan/stuck', other)).status).toBe(403);
      expect((await get('/api/analytics/definitions', designer)).body.flows.map((f: any) => f.key)).toEqual(['loan', 'quick']);
      expect((await get('/api/analytics/definitions', admin)).body.flows.map((f: any) => f.key)).toEqual(['hejun-flow', 'loan', 'quick']);
      expect((await get('/api/analytics/definitions/nothing-here', admin)).status).toBe(404);
    });

    it('answers bad parameters with 400, the one error shape and a pointer', async () => {
      const cases: Array<[string, string]> = [
        ['/api/analytics/definitions?from=2026-13-01', '/from'],
        ['/api/analytics/definitions?from=2026-02-30', '/from'],
        ['/api/analytics/definitions?from=yesterday', '/from'],
        ['/api/analytics/definitions?to=2026-03-01T25:00:00Z', '/to'],
        ['/api/analytics/definitions?from=2026-03-05&to=2026-03-01', '/from'],
        ['/api/analytics/definitions?from=2024-01-01&to=2026-03-01', '/to'],
        ['/api/analytics/definitions?tz=Mars/Olympus_Mons', '/tz'],
        ['/api/analytics/definitions/loan?tz=', '/tz'],
        ['/api/analytics/definitions/loan?from=2026-03-01T00:00:00', '/from'],
        ['/api/analytics/definitions/loan/stuck?limit=0', '/limit'],
        ['/api/analytics/definitions/loan/stuck?limit=101', '/limit'],
        ['/api/analytics/definitions/loan/stuck?limit=ten', '/limit'],
        ['/api/analytics/definitions/loan/stuck?node=' + 'n'.repeat(129), '/node'],
      ];
      for (const [path, pointer] of cases) {
        const r = await get(path);
        expect(r.status, path).toBe(400);
        expect(r.body.error, path).toMatchObject({ code: 'bad-query', pointer });
        expect(r.body.error.message['zh-CN'], path).toBeTruthy();
      }
    });
  });
}
