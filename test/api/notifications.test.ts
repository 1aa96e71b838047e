// In-app notifications over HTTP on SQLite and PostgreSQL: a real flow run (assignment, urge,
// return, resubmit, decisions, cc node, ad-hoc cc, finish) drained by the app's outbox worker;
// each user sees only their own notices; replayed outbox rows write nothing twice; the definition's
// channels are respected; mark read / read all; bad queries and bodies answer 4xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppOutboxWorker } from '../../packages/server/src/index.ts';
import { fireDueTimers } from '../../packages/server/src/runtime/timer-runner.ts';
import type { OutboxWorker } from '../../packages/server/src/index.ts';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const flow = (key: string, notifications?: Record<string, unknown>) => ({
  key,
  name: { en: 'Notice flow', 'zh-CN': '通知流程' },
  form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount', 'zh-CN': '金额' }, required: true }] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'review', type: 'approval', name: { en: 'Manager review', 'zh-CN': '主管审批' }, assignees: [{ type: 'users', users: ['wang.lei'] }] },
    { id: 'copy', type: 'cc', assignees: [{ type: 'users', users: ['chen.jing'] }] },
    { id: 'end', type: 'end' },
  ],
  edges: [{ from: 'start', to: 'review' }, { from: 'review', to: 'copy' }, { from: 'copy', to: 'end' }],
  settings: { withdraw: 'until-done', ...(notifications ? { notifications } : {}) },
});

const cluster = usePgCluster();

for (const dialect of DIALECTS) {
  describe(`notifications on ${dialect}`, () => {
    let s: TestServer;
    let worker: OutboxWorker;
    const tok: Record<string, string> = {};
    const list = async (user: string, query = '') => {
      const r = await s.call('GET', `/api/notifications${query}`, { token: tok[user] });
      expect(r.status).toBe(200);
      return r.body as { items: any[]; nextCursor: string | null };
    };
    const unread = async (user: string) => (await s.call('GET', '/api/notifications/unread-count', { token: tok[user] })).body.unread as number;
    const start = async (key: string) => {
      const r = await s.call('POST', '/api/instances', { token: tok['li.na'], body: { definition: key, data: { amount: 120 } } });
      expect(r.status).toBe(201);
      await worker.drain();
      return r.body as { id: string; tasks: Array<{ id: string }> };
    };
    const pendingTask = async (id: string) => {
      const r = await s.call('GET', `/api/instances/${id}`, { token: tok['wang.lei'] });
      return (r.body.tasks as any[]).find((t) => t.status === 'pending' && t.user === 'wang.lei').id as string;
    };
    const kindsFor = async (user: string, instance: string) => (await list(user, '?limit=100')).items.filter((n) => n.instanceId === instance).map((n) => n.kind).sort();

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      worker = createAppOutboxWorker(s.baton.ctx);
      for (const u of ['li.na', 'wang.lei', 'chen.jing', 'sarah.chen', 'xu.ting', 'admin']) tok[u] = await s.token(u);
      for (const [key, n] of [['ntf-flow', { channels: ['in-app'], notifyInitiatorOnEachStep: true }], ['ntf-default', undefined], ['ntf-email-only', { channels: ['email'] }]] as const) {
        expect((await s.call('POST', '/api/definitions', { token: tok['xu.ting'], body: flow(key, n) })).status).toBe(201);
        expect((await s.call('POST', `/api/definitions/${key}/publish`, { token: tok['xu.ting'] })).status).toBe(201);
      }
    }, 60_000);
    afterAll(() => s?.close());

    it('tells each person about their part of a real run, once, and only them', async () => {
      const inst = await start('ntf-flow');
      expect(await kindsFor('wang.lei', inst.id)).toEqual(['task-assigned']);
      const assigned = (await list('wang.lei', '?unread=true')).items.find((n) => n.instanceId === inst.id);
      expect(assigned).toMatchObject({ kind: 'task-assigned', title: expect.any(String) });
      expect(assigned.text['zh-CN']).toContain('主管审批');
      expect(assigned.text.en).toContain('Manager review');
      expect(assigned.readAt).toBeUndefined();

      // Urge (催办): the assignee is told who urged.
      s.clock.advance(2 * 3600_000);
      expect((await s.call('POST', `/api/instances/${inst.id}/urge`, { token: tok['li.na'], body: {} })).status).toBe(200);
      await worker.drain();
      const urged = (await list('wang.lei')).items.find((n) => n.instanceId === inst.id && n.kind === 'urged');
      expect(urged).toMatchObject({ actor: 'li.na' });

      // Return (退回) to the initiator, who resubmits: the task comes back to wang.lei.
      const back = await s.call('POST', `/api/tasks/${await pendingTask(inst.id)}/return`, { token: tok['wang.lei'], body: { to: 'initiator', comment: 'receipts' } });
      expect(back.status).toBe(200);
      await worker.drain();
      expect(await kindsFor('li.na', inst.id)).toContain('returned');
      expect((await s.call('POST', `/api/instances/${inst.id}/resubmit`, { token: tok['li.na'], body: {} })).status).toBe(200);
      await worker.drain();
      expect((await kindsFor('wang.lei', inst.id)).filter((k) => k === 'task-assigned')).toHaveLength(2);

      // Ad-hoc CC by the initiator, then approval: the cc node copies chen.jing and the initiator
      // hears the decision (notifyInitiatorOnEachStep) and the outcome.
      expect((await s.call('POST', `/api/instances/${inst.id}/cc`, { token: tok['li.na'], body: { users: ['sarah.chen'] } })).status).toBe(200);
      expect((await s.call('POST', `/api/tasks/${await pendingTask(inst.id)}/approve`, { token: tok['wang.lei'], body: {} })).status).toBe(200);
      await worker.drain();
      expect(await kindsFor('sarah.chen', inst.id)).toEqual(['cc']);
      expect((await list('sarah.chen')).items.find((n) => n.instanceId === inst.id)).toMatchObject({ actor: 'li.na' });
      expect(await kindsFor('chen.jing', inst.id)).toEqual(['cc']);
      const mine = await kindsFor('li.na', inst.id);
      expect(mine).toContain('finished');
      expect(mine).toContain('decided');
      const finished = (await list('li.na')).items.find((n) => n.instanceId === inst.id && n.kind === 'finished');
      expect(finished.text.en).toContain('approved');
      expect(finished.text['zh-CN']).toContain('已通过');
      // Nobody is told about their own urge or copy.
      expect((await kindsFor('li.na', inst.id)).filter((k) => k === 'urged' || k === 'cc')).toEqual([]);
      // Only one's own notices: xu.ting took no part.
      expect((await list('xu.ting')).items.filter((n) => n.instanceId === inst.id)).toEqual([]);

      // A crash replay: every outbox row of the instance is claimed and run again; nothing doubles.
      const before = await Promise.all(['li.na', 'wang.lei', 'chen.jing', 'sarah.chen'].map((u) => kindsFor(u, inst.id)));
      await s.store.db.updateTable('outbox').set({ status: 'pending', lease_owner: null, lease_until: null })
        .where('instance_id', '=', inst.id).where('kind', 'in', ['task-created', 'notify', 'cc']).execute();
      expect((await worker.drain()).claimed).toBeGreaterThan(0);
      expect(await Promise.all(['li.na', 'wang.lei', 'chen.jing', 'sarah.chen'].map((u) => kindsFor(u, inst.id)))).toEqual(before);
    });

    it('counts unread, marks one or all read, and answers 404 for someone else\'s notice', async () => {
      const inst = await start('ntf-default');
      const n0 = await unread('wang.lei');
      expect(n0).toBeGreaterThan(0);
      const item = (await list('wang.lei', '?unread=true')).items.find((n) => n.instanceId === inst.id);
      expect(item.kind).toBe('task-assigned');
      // Someone else's id: 404 (not 403), and it stays unread.
      const other = await s.call('POST', `/api/notifications/${item.id}/read`, { token: tok['li.na'] });
      expect(other.status).toBe(404);
      expect(other.body.error).toMatchObject({ code: 'not-found', message: { en: expect.any(String), 'zh-CN': expect.any(String) } });
      expect(await unread('wang.lei')).toBe(n0);
      const read = await s.call('POST', `/api/notifications/${item.id}/read`, { token: tok['wang.lei'] });
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ notification: { id: item.id, readAt: s.clock.now().toISOString() }, unread: n0 - 1 });
      // Marking again is harmless; the read time stays the first one.
      s.clock.advance(1000);
      expect((await s.call('POST', `/api/notifications/${item.id}/read`, { token: tok['wang.lei'] })).body.notification.readAt).toBe(read.body.notification.readAt);
      expect((await list('wang.lei', '?unread=true')).items.map((n) => n.id)).not.toContain(item.id);
      expect((await list('wang.lei', '?unread=false')).items.map((n) => n.id)).toContain(item.id);
      expect((await s.call('POST', '/api/notifications/ntf_nope/read', { token: tok['wang.lei'] })).status).toBe(404);

      const all = await s.call('POST', '/api/notifications/read-all', { token: tok['wang.lei'] });
      expect(all.status).toBe(200);
      expect(all.body).toEqual({ marked: n0 - 1, unread: 0 });
      expect(await unread('wang.lei')).toBe(0);
      // Another user's count is untouched by wang.lei's read-all.
      expect(await unread('li.na')).toBeGreaterThan(0);
    });

    it('pages newest first with a cursor, without gaps or repeats', async () => {
      for (let i = 0; i < 3; i++) {
        s.clock.advance(1000);
        await start('ntf-default');
      }
      const all = (await list('wang.lei', '?limit=100')).items;
      expect(all.length).toBeGreaterThanOrEqual(5);
      const seen: string[] = [];
      let cursor: string | null = '';
      for (let pages = 0; cursor !== null && pages < 50; pages++) {
        const page: { items: any[]; nextCursor: string | null } = await list('wang.lei', `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((n) => n.id));
        cursor = page.nextCursor;
      }
      expect(seen).toEqual(all.map((n) => n.id));
      const times = all.map((n) => n.createdAt);
      expect([...times].sort().reverse()).toEqual(times);
    });

    it('follows the definition\'s channels: email only writes no in-app notice', async () => {
      const inst = await start('ntf-email-only');
      expect(await kindsFor('wang.lei', inst.id)).toEqual([]);
      const dflt = await start('ntf-default');
      expect(await kindsFor('wang.lei', dflt.id)).toEqual(['task-assigned']);
      // No SMTP configured: the rows are closed (not left waiting) and no mail row is queued.
      const rows = await s.store.db.selectFrom('outbox').select(['kind', 'status']).where('instance_id', '=', inst.id).execute();
      expect(rows.filter((r) => r.kind === 'mail')).toEqual([]);
      expect(rows.filter((r) => r.kind === 'task-created').map((r) => r.status)).toEqual(['done']);
    });

    it('tells of reminders, escalations and automation notices (placeholders filled)', async () => {
      const timed = {
        ...flow('ntf-timers'),
        nodes: [
          { id: 'start', type: 'start' },
          { id: 'notice', type: 'automation', action: { type: 'notify', to: [{ type: 'initiator' }], message: { en: 'Filed: {{amount}}', 'zh-CN': '已提交：{{amount}}' } } },
          { id: 'review', type: 'approval', name: { en: 'Review', 'zh-CN': '审核' }, assignees: [{ type: 'users', users: ['wang.lei'] }], timeouts: [{ after: 'PT1H', action: 'remind' }, { after: 'PT2H', action: 'escalate' }] },
          { id: 'end', type: 'end' },
        ],
        edges: [{ from: 'start', to: 'notice' }, { from: 'notice', to: 'review' }, { from: 'review', to: 'end' }],
      };
      const made = await s.call('POST', '/api/definitions', { token: tok['xu.ting'], body: timed });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      expect((await s.call('POST', '/api/definitions/ntf-timers/publish', { token: tok['xu.ting'] })).status).toBe(201);
      const inst = await start('ntf-timers');
      const auto = (await list('li.na')).items.find((n) => n.instanceId === inst.id);
      expect(auto).toMatchObject({ kind: 'automation', text: { en: 'Filed: 120', 'zh-CN': '已提交：120' } });
      // Timers are an input: the clock moves, the due timers fire, the outbox runs.
      s.clock.advance(3600_000 + 1000);
      await fireDueTimers(s.baton.ctx);
      await worker.drain();
      expect(await kindsFor('wang.lei', inst.id)).toEqual(['reminded', 'task-assigned']);
      const reminded = (await list('wang.lei')).items.find((n) => n.instanceId === inst.id && n.kind === 'reminded');
      expect(reminded.text['zh-CN']).toContain('审核');
      s.clock.advance(3600_000 + 1000);
      await fireDueTimers(s.baton.ctx);
      await worker.drain();
      // Escalated to wang.lei's manager, who gets the task and the reason.
      expect(await kindsFor('sarah.chen', inst.id)).toContain('escalated');
    });

    it('keeps each user\'s email language', async () => {
      expect((await s.call('GET', '/api/notifications/settings', { token: tok['li.na'] })).body).toEqual({ locale: 'zh-CN' });
      expect((await s.call('PUT', '/api/notifications/settings', { token: tok['li.na'], body: { locale: 'en' } })).body).toEqual({ locale: 'en' });
      expect((await s.call('GET', '/api/notifications/settings', { token: tok['li.na'] })).body).toEqual({ locale: 'en' });
      expect((await s.call('GET', '/api/notifications/settings', { token: tok['wang.lei'] })).body).toEqual({ locale: 'zh-CN' });
    });

    it('answers bad input with 4xx, a pointer and both languages', async () => {
      const bad: Array<[string, string, number, string]> = [
        ['GET', '/api/notifications?limit=0', 400, '/limit'],
        ['GET', '/api/notifications?limit=101', 400, '/limit'],
        ['GET', '/api/notifications?limit=abc', 400, '/limit'],
        ['GET', '/api/notifications?limit=2.5', 400, '/limit'],
        ['GET', '/api/notifications?unread=yes', 400, '/unread'],
        ['GET', '/api/notifications?cursor=not-a-cursor', 400, '/cursor'],
        ['GET', `/api/notifications?cursor=${Buffer.from('2026-01-01T00:00:00.000Z|x').toString('base64url')}`, 400, '/cursor'],
      ];
      for (const [method, path, status, pointer] of bad) {
        const r = await s.call(method, path, { token: tok['li.na'] });
        expect(r.status, path).toBe(status);
        expect(r.body.error.pointer, path).toBe(pointer);
        expect(r.body.error.message['zh-CN'], path).toBeTruthy();
      }
      for (const [body, pointer] of [[{ locale: 'fr' }, '/locale'], [{ locale: ['en'] }, '/locale'], [{ locale: 'en', extra: 1 }, undefined], [{}, undefined]] as const) {
        const r = await s.call('PUT', '/api/notifications/settings', { token: tok['li.na'], body });
        expect(r.status, JSON.stringify(body)).toBe(422);
        expect(r.body.error.message.en).toBeTruthy();
        if (pointer) expect(r.body.error.pointer).toBe(pointer);
      }
      expect((await s.call('PUT', '/api/notifications/settings', { token: tok['li.na'], raw: '{"locale":', headers: { 'content-type': 'application/json' } })).status).toBe(400);
      expect((await s.call('GET', '/api/notifications/settings', { token: tok['li.na'] })).body).toEqual({ locale: 'en' });
      for (const [method, path] of [['GET', '/api/notifications'], ['GET', '/api/notifications/unread-count'], ['POST', '/api/notifications/read-all'], ['POST', '/api/notifications/x/read']] as const) {
        expect((await s.call(method, path)).status, path).toBe(401);
      }
    });
  });
}
