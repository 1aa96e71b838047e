// The rest of the engine's commands over HTTP on SQLite and PostgreSQL: reject, return and
// resubmit, delegate, add and remove signers, take back, edit fields, complete a handler task,
// and the org/role/draft routes not exercised elsewhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();

const BUTTONS = ['approve', 'reject', 'return', 'transfer', 'delegate', 'add-signer', 'remove-signer', 'comment', 'cc', 'take-back'];
const twoStep = {
  key: 'two-step',
  name: { en: 'Two step', 'zh-CN': '两级审批' },
  form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount' }, required: true }, { key: 'reason', type: 'text', label: { en: 'Reason' } }] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', assignees: [{ type: 'manager', level: 1 }], fieldPermissions: { reason: 'edit' }, buttons: BUTTONS },
    { id: 'director', type: 'approval', assignees: [{ type: 'users', users: ['sarah.chen'] }], buttons: BUTTONS },
    { id: 'paperwork', type: 'handler', assignees: [{ type: 'initiator' }] },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { from: 'start', to: 'manager' },
    { from: 'manager', to: 'director' },
    { from: 'director', to: 'paperwork' },
    { from: 'paperwork', to: 'end' },
  ],
  settings: { withdraw: 'until-done' },
};

for (const dialect of DIALECTS) {
  describe(`commands on ${dialect}`, () => {
    let s: TestServer;
    const tok: Record<string, string> = {};
    const as = (user: string) => tok[user]!;
    const start = async () => (await s.call('POST', '/api/instances', { token: as('li.na'), body: { definition: 'two-step', data: { amount: 10, reason: 'trip' } } })).body;
    const pending = async (id: string) => (await s.call('GET', `/api/instances/${id}`, { token: as('admin') })).body.tasks.filter((t: any) => t.status === 'pending');
    const act = (user: string, task: string, action: string, body: object = {}) => s.call('POST', `/api/tasks/${task}/${action}`, { token: as(user), body });

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      for (const u of ['admin', 'xu.ting', 'li.na', 'wang.lei', 'sarah.chen', 'zhang.wei', 'tom.baker']) tok[u] = await s.token(u);
      expect((await s.call('POST', '/api/definitions', { token: as('xu.ting'), body: twoStep })).status).toBe(201);
      expect((await s.call('POST', '/api/definitions/two-step/publish', { token: as('xu.ting') })).status).toBe(201);
    }, 60_000);
    afterAll(() => s.close());

    it('walks approve, approve, complete to the end', async () => {
      const r = await start();
      expect((await act('wang.lei', r.tasks[0].id, 'approve')).status).toBe(200);
      const [director] = await pending(r.id);
      expect(director).toMatchObject({ node: 'director', user: 'sarah.chen' });
      expect((await act('sarah.chen', director.id, 'approve')).status).toBe(200);
      const [paper] = await pending(r.id);
      expect(paper).toMatchObject({ node: 'paperwork', user: 'li.na' });
      expect((await act('li.na', paper.id, 'approve')).status).toBeGreaterThanOrEqual(400);
      const done = await act('li.na', paper.id, 'complete', { comment: 'signed copy uploaded' });
      expect(done.body.status).toBe('approved');
    });

    it('puts urges, transfers, CCs and withdraws on the timeline with who, to whom and the note, in order', async () => {
      const r = await start();
      expect((await s.call('POST', `/api/instances/${r.id}/urge`, { token: as('li.na'), body: { comment: 'customer waiting' } })).status).toBe(200);
      expect((await act('wang.lei', r.tasks[0].id, 'transfer', { to: 'tom.baker', comment: 'on leave' })).status).toBe(200);
      expect((await s.call('POST', `/api/instances/${r.id}/cc`, { token: as('li.na'), body: { users: ['zhang.wei'], comment: 'fyi' } })).status).toBe(200);
      expect((await s.call('POST', `/api/instances/${r.id}/withdraw`, { token: as('li.na'), body: { comment: 'wrong amount' } })).status).toBe(200);
      const detail = (await s.call('GET', `/api/instances/${r.id}`, { token: as('li.na') })).body;
      const events = detail.timeline.filter((e: { kind: string }) => e.kind === 'event');
      expect(events).toEqual([
        { at: expect.any(String), kind: 'event', type: 'urged', by: 'li.na', to: ['wang.lei'], comment: 'customer waiting' },
        { at: expect.any(String), kind: 'event', type: 'transferred', by: 'wang.lei', node: 'manager', to: 'tom.baker', comment: 'on leave' },
        { at: expect.any(String), kind: 'event', type: 'cc', by: 'li.na', users: ['zhang.wei'], comment: 'fyi' },
        { at: expect.any(String), kind: 'event', type: 'withdrawn', by: 'li.na', comment: 'wrong amount' },
      ]);
      const times = detail.timeline.map((e: { at: string }) => e.at);
      expect(times).toEqual([...times].sort());
      // The CC'd colleague reads the same timeline; an outsider cannot see the request at all.
      expect((await s.call('GET', `/api/instances/${r.id}`, { token: as('zhang.wei') })).body.timeline.filter((e: { kind: string }) => e.kind === 'event')).toHaveLength(4);
      expect((await s.call('GET', `/api/instances/${r.id}`, { token: as('sarah.chen') })).status).toBe(404);
    });

    it('rejects, and returns to the initiator who resubmits', async () => {
      const r1 = await start();
      expect((await act('wang.lei', r1.tasks[0].id, 'reject', { comment: 'no budget' })).body.status).toBe('rejected');
      const r2 = await start();
      const returned = await act('wang.lei', r2.tasks[0].id, 'return', { to: 'initiator', comment: 'add receipts' });
      expect(returned.body.status).toBe('returned');
      expect((await s.call('POST', `/api/instances/${r2.id}/resubmit`, { token: as('zhang.wei'), body: {} })).status).toBe(403);
      const again = await s.call('POST', `/api/instances/${r2.id}/resubmit`, { token: as('li.na'), body: { data: { amount: 12, reason: 'trip, receipts attached' } } });
      expect(again.body.status).toBe('running');
      expect((await pending(r2.id))[0]).toMatchObject({ node: 'manager', user: 'wang.lei' });
      expect((await act('wang.lei', (await pending(r2.id))[0].id, 'return', { to: 'nowhere' })).status).toBe(422);
    });

    it('delegates a task and takes the delegate\'s opinion back', async () => {
      const r = await start();
      const del = await act('wang.lei', r.tasks[0].id, 'delegate', { to: 'tom.baker', comment: 'please check' });
      expect(del.status).toBe(200);
      const tomTask = (await pending(r.id)).find((t: any) => t.user === 'tom.baker');
      expect(tomTask).toBeDefined();
      expect((await act('tom.baker', tomTask.id, 'approve', { comment: 'looks fine' })).status).toBe(200);
      const back = (await pending(r.id)).find((t: any) => t.user === 'wang.lei');
      expect(back?.node).toBe('manager');
      expect((await act('wang.lei', r.tasks[0].id, 'delegate', { to: 'wang.lei' })).status).toBeGreaterThanOrEqual(400);
    });

    it('adds a signer after, removes one, and takes back a decision before the next step acts', async () => {
      const r = await start();
      const added = await act('wang.lei', r.tasks[0].id, 'add-signer', { users: ['zhang.wei'], position: 'parallel' });
      expect(added.status).toBe(200);
      expect((await pending(r.id)).map((t: any) => t.user).sort()).toEqual(['wang.lei', 'zhang.wei']);
      expect((await s.call('POST', `/api/instances/${r.id}/remove-signer`, { token: as('wang.lei'), body: { node: 'manager' } })).status).toBe(422);
      const removed = await s.call('POST', `/api/instances/${r.id}/remove-signer`, { token: as('wang.lei'), body: { node: 'manager', users: ['zhang.wei'] } });
      expect(removed.status).toBe(200);
      expect((await pending(r.id)).map((t: any) => t.user)).toEqual(['wang.lei']);
      expect((await act('wang.lei', r.tasks[0].id, 'approve')).status).toBe(200);
      const back = await act('wang.lei', r.tasks[0].id, 'take-back');
      expect(back.status).toBe(200);
      expect((await pending(r.id)).map((t: any) => t.node)).toEqual(['manager']);
    });

    it('edits the fields the step may edit, and only those', async () => {
      const r = await start();
      const ok = await act('wang.lei', r.tasks[0].id, 'edit-fields', { data: { reason: 'trip to Shanghai' } });
      expect(ok.status).toBe(200);
      const bad = await act('wang.lei', r.tasks[0].id, 'edit-fields', { data: { amount: 1 } });
      expect(bad.status).toBe(422);
      expect(bad.body.error.code).toBe('field-not-editable');
      expect((await act('wang.lei', r.tasks[0].id, 'edit-fields', {})).status).toBe(422);
      expect((await s.call('GET', `/api/instances/${r.id}`, { token: as('li.na') })).body.data).toEqual({ amount: 10, reason: 'trip to Shanghai' });
    });

    it('routes tasks of an out-of-office approver to their delegate', async () => {
      const admin = as('admin');
      const now = s.clock.now().getTime();
      const rule = { from: new Date(now - 3600_000).toISOString(), to: new Date(now + 86_400_000).toISOString(), delegate: 'tom.baker' };
      expect((await s.call('PATCH', '/api/org/users/wang.lei', { token: admin, body: { outOfOffice: [{ ...rule, delegate: 'ghost' }] } })).body.error.pointer).toBe('/outOfOffice/0/delegate');
      expect((await s.call('PATCH', '/api/org/users/wang.lei', { token: admin, body: { outOfOffice: [{ ...rule, to: rule.from }] } })).status).toBe(422);
      expect((await s.call('PATCH', '/api/org/users/wang.lei', { token: admin, body: { outOfOffice: [rule] } })).body.outOfOffice).toEqual([rule]);
      const r = await start();
      expect(r.tasks[0].user).toBe('tom.baker');
      const detail = await s.call('GET', `/api/instances/${r.id}`, { token: as('tom.baker') });
      expect(detail.body.tasks[0].why.join(' ')).toMatch(/wang\.lei/);
      await s.call('PATCH', '/api/org/users/wang.lei', { token: admin, body: { outOfOffice: [] } });
      expect((await start()).tasks[0].user).toBe('wang.lei');
    });

    it('renames and deletes roles, lists request drafts, deletes an empty department', async () => {
      const admin = as('admin');
      await s.call('POST', '/api/org/roles', { token: admin, body: { id: 'temp-role', name: 'Temp' } });
      await s.call('PATCH', '/api/org/users/he.jun', { token: admin, body: { roles: ['temp-role'] } });
      expect((await s.call('PUT', '/api/org/roles/temp-role', { token: admin, body: { name: 'Temporary' } })).body).toEqual({ id: 'temp-role', name: 'Temporary' });
      expect((await s.call('PUT', '/api/org/roles/ghost', { token: admin, body: { name: 'x' } })).status).toBe(404);
      expect((await s.call('DELETE', '/api/org/roles/temp-role', { token: admin })).status).toBe(200);
      expect((await s.call('GET', '/api/org/users/he.jun', { token: admin })).body.roles).toEqual([]);
      await s.call('POST', '/api/org/departments', { token: admin, body: { id: 'pop-up', name: 'Pop-up store' } });
      expect((await s.call('DELETE', '/api/org/departments/pop-up', { token: admin })).status).toBe(200);
      expect((await s.call('DELETE', '/api/org/departments/pop-up', { token: admin })).status).toBe(404);
      await s.call('POST', '/api/request-drafts', { token: as('zhang.wei'), body: { definition: 'two-step', data: { amount: 1 } } });
      const list = await s.call('GET', '/api/request-drafts', { token: as('zhang.wei') });
      expect(list.body.items).toHaveLength(1);
      expect((await s.call('GET', '/api/request-drafts', { token: as('li.na') })).body.items).toHaveLength(0);
    });
  });
}
