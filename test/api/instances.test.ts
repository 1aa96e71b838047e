// Requests and tasks over HTTP on SQLite and PostgreSQL: start with form checks and
// Idempotency-Key, detail with hidden fields, commands, inbox views, drafts, version pinning,
// deactivation with cancel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';
import { simpleFlow } from './fixtures.ts';

const cluster = usePgCluster();

for (const dialect of DIALECTS) {
  describe(`instances on ${dialect}`, () => {
    let s: TestServer;
    let designer: string;
    let admin: string;
    let lina: string;
    let wang: string;
    const start = async (token: string, data: Record<string, unknown> = { amount: 120, reason: 'taxi', cost_centre: 'CC-7' }, headers: Record<string, string> = {}) =>
      s.call('POST', '/api/instances', { token, body: { definition: 'expense', data }, headers });
    const auditCount = async () => Number((await s.store.db.selectFrom('audit').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      designer = await s.token('xu.ting');
      admin = await s.token('admin');
      lina = await s.token('li.na');
      wang = await s.token('wang.lei');
      expect((await s.call('POST', '/api/definitions', { token: designer, body: simpleFlow('expense') })).status).toBe(201);
      expect((await s.call('POST', '/api/definitions/expense/publish', { token: designer })).status).toBe(201);
    }, 60_000);
    afterAll(() => s.close());

    it('starts a request, assigning the initiator\'s manager', async () => {
      const r = await start(lina);
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ status: 'running', tasks: [{ node: 'manager', user: 'wang.lei' }] });
      const todo = await s.call('GET', '/api/inbox/todo', { token: wang });
      expect(todo.body.items.map((i: any) => i.instance.id)).toContain(r.body.id);
    });

    it('checks form data against the version\'s form, with pointers under /data', async () => {
      const missing = await start(lina, { reason: 'no amount' });
      expect(missing.status).toBe(422);
      expect(missing.body.error.pointer).toBe('/data/amount');
      const unknown = await start(lina, { amount: 1, colour: 'red' });
      expect(unknown.status).toBe(422);
      expect(unknown.body.error.pointer).toBe('/data/colour');
      expect((await start(lina, { amount: 'lots' })).status).toBe(422);
      expect((await s.call('POST', '/api/instances', { token: lina, body: { definition: 'nope', data: {} } })).status).toBe(404);
    });

    it('honours Idempotency-Key: same key and body replay one effect, another body is refused', async () => {
      const before = (await s.call('GET', '/api/inbox/counts', { token: lina })).body.started;
      const a = await start(lina, { amount: 55 }, { 'idempotency-key': 'k-1' });
      const b = await start(lina, { amount: 55 }, { 'idempotency-key': 'k-1' });
      expect(a.status).toBe(201);
      expect(b.status).toBe(201);
      expect(b.body).toEqual(a.body);
      expect((await s.call('GET', '/api/inbox/counts', { token: lina })).body.started).toBe(before + 1);
      const c = await start(lina, { amount: 56 }, { 'idempotency-key': 'k-1' });
      expect(c.status).toBe(422);
      expect(c.body.error.code).toBe('idempotency-key-reused');
      expect((await start(lina, { amount: 56 }, { 'idempotency-key': 'bad key with spaces' })).status).toBe(400);
      // Keys are per user: another user's identical key is a new request.
      const other = await start(await s.token('zhang.wei'), { amount: 55 }, { 'idempotency-key': 'k-1' });
      expect(other.status).toBe(201);
      expect(other.body.id).not.toBe(a.body.id);
    });

    it('shows the detail a caller may see: hidden fields are not sent; strangers get 404', async () => {
      const r = await start(lina);
      const mine = await s.call('GET', `/api/instances/${r.body.id}`, { token: lina });
      expect(mine.body.data).toEqual({ amount: 120, reason: 'taxi', cost_centre: 'CC-7' });
      expect(mine.body.graph.nodes.map((n: any) => [n.id, n.state])).toEqual([['start', 'done'], ['manager', 'active'], ['end', 'untouched']]);
      const approver = await s.call('GET', `/api/instances/${r.body.id}`, { token: wang });
      expect(approver.body.data).toEqual({ amount: 120, reason: 'taxi' });
      expect(approver.body.hiddenFields).toEqual(['cost_centre']);
      expect(approver.body.form.fields.map((f: any) => f.key)).toEqual(['amount', 'reason']);
      expect(JSON.stringify(approver.body)).not.toContain('CC-7');
      expect(approver.body.allowedActions.map((a: any) => a.action)).toContain('approve');
      expect(approver.body.tasks[0].why.length).toBeGreaterThan(0);
      expect((await s.call('GET', `/api/instances/${r.body.id}`, { token: await s.token('zhang.wei') })).status).toBe(404);
      expect((await s.call('GET', `/api/instances/${r.body.id}`, { token: admin })).body.data.cost_centre).toBe('CC-7');
    });

    it('lets only the current assignee act; anyone else is refused and nothing is written', async () => {
      const r = await start(lina);
      const task = r.body.tasks[0].id as string;
      const before = await auditCount();
      for (const who of ['li.na', 'zhang.wei', 'admin']) {
        const refused = await s.call('POST', `/api/tasks/${task}/approve`, { token: await s.token(who), body: {} });
        expect(refused.status).toBe(403);
        expect(refused.body.error.code).toBe('not-assignee');
      }
      expect(await auditCount()).toBe(before);
      const inst = await s.store.db.selectFrom('instances').select('revision').where('id', '=', r.body.id).executeTakeFirstOrThrow();
      expect(Number(inst.revision)).toBe(r.body.revision);
      const ok = await s.call('POST', `/api/tasks/${task}/approve`, { token: wang, body: { comment: 'fine' } });
      expect(ok.status).toBe(200);
      expect(ok.body.status).toBe('approved');
      expect((await s.call('POST', `/api/tasks/${task}/approve`, { token: wang, body: {} })).status).toBe(409);
      expect((await s.call('POST', '/api/tasks/no-such-task/approve', { token: wang, body: {} })).status).toBe(404);
      const detail = await s.call('GET', `/api/instances/${r.body.id}`, { token: lina });
      expect(detail.body.timeline.some((e: any) => e.kind === 'task-decided' && e.comment === 'fine')).toBe(true);
    });

    it('refuses the old assignee of a task transferred while their page was open', async () => {
      const r = await start(lina);
      const task = r.body.tasks[0].id as string;
      const page = await s.call('GET', `/api/instances/${r.body.id}`, { token: wang });
      expect(page.body.allowedActions.map((a: any) => a.action)).toContain('approve');
      expect((await s.call('POST', `/api/tasks/${task}/transfer`, { token: wang, body: {} })).status).toBe(422);
      const moved = await s.call('POST', `/api/tasks/${task}/transfer`, { token: wang, body: { to: 'tom.baker', comment: 'away' } });
      expect(moved.status).toBe(200);
      const stale = await s.call('POST', `/api/tasks/${task}/approve`, { token: wang, body: {} });
      expect(stale.status).toBeGreaterThanOrEqual(403);
      expect(stale.status).toBeLessThan(500);
      const tom = await s.token('tom.baker');
      const newTask = (await s.call('GET', '/api/inbox/todo', { token: tom })).body.items.find((i: any) => i.instance.id === r.body.id).task.id;
      expect((await s.call('POST', `/api/tasks/${newTask}/approve`, { token: tom, body: {} })).body.status).toBe('approved');
    });

    it('runs request-level commands: comment, cc, urge (rate-limited), withdraw, terminate', async () => {
      const r = await start(lina);
      const id = r.body.id as string;
      expect((await s.call('POST', `/api/instances/${id}/comment`, { token: lina, body: {} })).status).toBe(422);
      expect((await s.call('POST', `/api/instances/${id}/comment`, { token: lina, body: { comment: 'please hurry' } })).status).toBe(200);
      expect((await s.call('POST', `/api/instances/${id}/cc`, { token: lina, body: { users: ['sun.li'] } })).status).toBe(200);
      const cc = await s.call('GET', '/api/inbox/cc', { token: await s.token('sun.li') });
      expect(cc.body.items.map((i: any) => i.instance.id)).toContain(id);
      expect((await s.call('GET', `/api/instances/${id}`, { token: await s.token('sun.li') })).status).toBe(200);
      expect((await s.call('POST', `/api/instances/${id}/urge`, { token: lina, body: {} })).status).toBe(200);
      expect((await s.call('POST', `/api/instances/${id}/urge`, { token: lina, body: {} })).status).toBe(429);
      s.clock.advance(2 * 3600 * 1000);
      expect((await s.call('POST', `/api/instances/${id}/urge`, { token: lina, body: {} })).status).toBe(200);
      expect((await s.call('POST', `/api/instances/${id}/withdraw`, { token: wang, body: {} })).status).toBe(403);
      expect((await s.call('POST', `/api/instances/${id}/withdraw`, { token: lina, body: {} })).body.status).toBe('withdrawn');
      const r2 = await start(lina);
      expect((await s.call('POST', `/api/instances/${r2.body.id}/terminate`, { token: lina, body: {} })).status).toBe(403);
      expect((await s.call('POST', `/api/instances/${r2.body.id}/terminate`, { token: await s.token('gao.feng'), body: { reason: 'duplicate' } })).body.status).toBe('terminated');
      expect((await s.call('POST', '/api/instances/ghost/withdraw', { token: lina, body: {} })).status).toBe(404);
    });

    it('lists inbox views with counts, filters, keyword search and cursor pages', async () => {
      const zhang = await s.token('zhang.wei');
      for (let i = 0; i < 5; i++) {
        s.clock.advance(1000);
        await start(zhang, { amount: 10 + i, reason: i === 3 ? 'Hotel in Shanghai' : 'misc' });
      }
      const counts = await s.call('GET', '/api/inbox/counts', { token: zhang });
      expect(counts.body.started).toBe(6);
      const p1 = await s.call('GET', '/api/inbox/started?limit=4', { token: zhang });
      expect(p1.body.items).toHaveLength(4);
      const p2 = await s.call('GET', `/api/inbox/started?limit=4&cursor=${p1.body.nextCursor}`, { token: zhang });
      expect(p2.body.items).toHaveLength(2);
      expect(p2.body.nextCursor).toBeNull();
      const ids = [...p1.body.items, ...p2.body.items].map((i: any) => i.instance.id);
      expect(new Set(ids).size).toBe(6);
      const search = await s.call('GET', '/api/inbox/started?q=shanghai', { token: zhang });
      expect(search.body.items).toHaveLength(1);
      expect((await s.call('GET', '/api/inbox/started?status=approved', { token: zhang })).body.items).toHaveLength(0);
      expect((await s.call('GET', '/api/inbox/started?definition=expense', { token: zhang })).body.items).toHaveLength(6);
      expect((await s.call('GET', '/api/inbox/started?from=2100-01-01T00:00:00Z', { token: zhang })).body.items).toHaveLength(0);
      expect((await s.call('GET', '/api/inbox/started?cursor=%%%', { token: zhang })).status).toBe(400);
      const done = await s.call('GET', '/api/inbox/done', { token: wang });
      expect(done.body.items.every((i: any) => i.task.status !== 'pending')).toBe(true);
      expect(done.body.items.length).toBeGreaterThan(0);
    });

    it('keyword search in the inbox never matches a field hidden at some step, for anyone, across commands', async () => {
      const r = await start(lina, { amount: 77, reason: 'Team dinner zq-visible-4410', cost_centre: 'zq-hidden-4410' });
      const found = async (token: string, view: string, q: string) =>
        (await s.call('GET', `/api/inbox/${view}?q=${encodeURIComponent(q)}`, { token })).body.items.map((i: any) => i.instance.id);
      expect(await found(wang, 'todo', 'zq-visible-4410')).toEqual([r.body.id]);
      // The manager may not see cost_centre: a hit would tell him its value.
      expect(await found(wang, 'todo', 'zq-hidden-4410')).toEqual([]);
      // Nor its owner (the index is one per request, not per reader), and still not after a command rewrote the row.
      expect(await found(lina, 'started', 'zq-hidden-4410')).toEqual([]);
      expect((await s.call('POST', `/api/instances/${r.body.id}/comment`, { token: lina, body: { comment: 'any news?' } })).status).toBe(200);
      expect(await found(lina, 'started', 'zq-hidden')).toEqual([]);
      expect(await found(lina, 'started', 'zq-visible')).toEqual([r.body.id]);
    });

    it('keeps request drafts private and consumes one on submit', async () => {
      const d = await s.call('POST', '/api/request-drafts', { token: lina, body: { definition: 'expense', data: { amount: 9 } } });
      expect(d.status).toBe(201);
      expect((await s.call('GET', `/api/request-drafts/${d.body.id}`, { token: wang })).status).toBe(404);
      expect((await s.call('PUT', `/api/request-drafts/${d.body.id}`, { token: lina, body: { definition: 'expense', data: { amount: 10 } } })).body.data).toEqual({ amount: 10 });
      expect((await s.call('POST', '/api/instances', { token: wang, body: { definition: 'expense', data: { amount: 10 }, draft: d.body.id } })).status).toBe(404);
      const started = await s.call('POST', '/api/instances', { token: lina, body: { definition: 'expense', data: { amount: 10 }, draft: d.body.id } });
      expect(started.status).toBe(201);
      expect((await s.call('GET', `/api/request-drafts/${d.body.id}`, { token: lina })).status).toBe(404);
      expect((await s.call('DELETE', `/api/request-drafts/${d.body.id}`, { token: lina })).status).toBe(404);
    });

    it('pins running requests to their version; new ones use the latest', async () => {
      const old = await start(lina);
      const cur = await s.call('GET', '/api/definitions/expense', { token: designer });
      const v2 = simpleFlow('expense');
      v2.nodes[1] = { id: 'manager', type: 'approval', assignees: [{ type: 'users', users: ['chen.jing'] }] } as any;
      await s.call('PUT', '/api/definitions/expense/draft', { token: designer, body: v2, headers: { 'if-match': cur.headers.get('etag')! } });
      expect((await s.call('POST', '/api/definitions/expense/publish', { token: designer })).body.version).toBe(2);
      const fresh = await start(lina);
      expect(fresh.body.tasks[0].user).toBe('chen.jing');
      const oldDetail = await s.call('GET', `/api/instances/${old.body.id}`, { token: lina });
      expect(oldDetail.body.definition.version).toBe(1);
      expect((await s.call('POST', `/api/tasks/${old.body.tasks[0].id}/approve`, { token: wang, body: {} })).body.status).toBe('approved');
    });

    it('fires due timers once: a timeout auto-approves after its duration', async () => {
      const timed = simpleFlow('timed');
      (timed.nodes[1] as any).timeouts = [{ after: 'PT1H', action: 'auto-approve' }];
      expect((await s.call('POST', '/api/definitions', { token: designer, body: timed })).status).toBe(201);
      expect((await s.call('POST', '/api/definitions/timed/publish', { token: designer })).status).toBe(201);
      const r = await s.call('POST', '/api/instances', { token: lina, body: { definition: 'timed', data: { amount: 3 } } });
      expect(r.status).toBe(201);
      expect((await s.call('POST', '/api/admin/timers/run', { token: admin })).body).toEqual({ fired: 0, retired: 0 });
      s.clock.advance(61 * 60 * 1000);
      const [a, b] = await Promise.all([s.call('POST', '/api/admin/timers/run', { token: admin }), s.call('POST', '/api/admin/timers/run', { token: admin })]);
      expect(a.body.fired + b.body.fired).toBe(1);
      const detail = await s.call('GET', `/api/instances/${r.body.id}`, { token: lina });
      expect(detail.body.status).toBe('approved');
      expect(detail.body.tasks[0].status).toBe('auto-approved');
      expect((await s.call('POST', '/api/admin/timers/run', { token: admin })).body.fired).toBe(0);
      expect((await s.call('GET', '/api/admin/outbox', { token: admin })).body.items.length).toBeGreaterThan(0);
    });

    it('reports impact and deactivates with cancel, terminating running requests', async () => {
      const impact = await s.call('GET', '/api/definitions/expense/impact', { token: designer });
      expect(impact.body.runningInstances).toBeGreaterThan(0);
      expect(impact.body.byNode[0].nodeId).toBe('manager');
      expect(impact.body.pendingTasksByApprover.map((x: any) => x.userId)).toContain('wang.lei');
      const d = await s.call('POST', '/api/definitions/expense/deactivate', { token: designer, body: { policy: 'cancel', reason: 'replaced' } });
      expect(d.status).toBe(200);
      expect(d.body.cancelled).toBe(impact.body.runningInstances);
      expect((await s.call('GET', '/api/definitions/expense/impact', { token: designer })).body.runningInstances).toBe(0);
      expect((await s.call('GET', '/api/inbox/counts', { token: wang })).body.todo).toBe(0);
      const refused = await start(lina);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('not-active');
      const verify = await s.call('GET', '/api/audit/verify', { token: admin });
      expect(verify.body.ok).toBe(true);
    });
  });
}
