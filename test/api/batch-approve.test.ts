// Batch approve (POST /api/tasks/batch-approve) and the inbox rows that offer it, on SQLite and
// PostgreSQL: each task its own command (one refusal undoes nothing else), steps that need input
// refused with needs-input, someone else's task refused with nothing written, duplicates and
// over-the-limit lists refused with a pointer; to-do rows carry batchApprovable, the step's name
// and the title rendered from settings.title (without fields hidden from the caller).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();

const flow = (key: string, manager: Record<string, unknown>, settings: Record<string, unknown> = {}) => ({
  key,
  name: { en: key, 'zh-CN': key },
  form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount' }, required: true }, { key: 'reason', type: 'text', label: { en: 'Reason' }, required: true }, { key: 'secret', type: 'text', label: { en: 'Secret' } }] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', name: { en: 'Manager review', 'zh-CN': '经理审批' }, assignees: [{ type: 'manager', level: 1 }], ...manager },
    { id: 'end', type: 'end' },
  ],
  edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'end' }],
  settings,
});

const FLOWS = [
  flow('plain', {}, { title: { en: 'Expense {{amount}} by {{initiator}}', 'zh-CN': '报销 {{amount}}（{{initiator}}）' } }),
  flow('needs-comment', { commentRequired: ['approve'] }),
  flow('needs-field', { fieldPermissions: { reason: 'edit' } }),
  flow('hidden-title', { fieldPermissions: { secret: 'hidden' } }, { title: { en: 'Deal {{secret}} for {{amount}}' } }),
  {
    // The manager picks the director (previous-approver-selects), behind an exclusive gateway.
    ...flow('picks-next', {}),
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'manager', type: 'approval', assignees: [{ type: 'manager', level: 1 }] },
      { id: 'route', type: 'exclusive' },
      { id: 'director', type: 'approval', assignees: [{ type: 'previous-approver-selects' }] },
      { id: 'end', type: 'end' },
    ],
    edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'route' }, { from: 'route', to: 'director', condition: 'amount > 5.0', priority: 1 }, { from: 'route', to: 'end', default: true }, { from: 'director', to: 'end' }],
  },
];

for (const dialect of DIALECTS) {
  describe(`batch approve on ${dialect}`, () => {
    let s: TestServer;
    const tok: Record<string, string> = {};
    const as = (user: string) => tok[user]!;
    const start = async (definition: string, user = 'li.na', amount = 10) => {
      const r = await s.call('POST', '/api/instances', { token: as(user), body: { definition, data: { amount, reason: 'trip', secret: 'PROJECT-X' } } });
      expect(r.status).toBe(201);
      return { id: r.body.id as string, task: r.body.tasks[0].id as string };
    };
    const batch = (user: string, body: unknown) => s.call('POST', '/api/tasks/batch-approve', { token: as(user), body });
    const detail = async (id: string) => (await s.call('GET', `/api/instances/${id}`, { token: as('admin') })).body;
    const todo = async (user: string) => (await s.call('GET', '/api/inbox/todo?limit=100', { token: as(user) })).body.items as any[];

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      for (const u of ['admin', 'xu.ting', 'li.na', 'wang.lei', 'sarah.chen', 'tom.baker']) tok[u] = await s.token(u);
      for (const f of FLOWS) {
        expect((await s.call('POST', '/api/definitions', { token: as('xu.ting'), body: f })).status).toBe(201);
        expect((await s.call('POST', `/api/definitions/${f.key}/publish`, { token: as('xu.ting') })).status).toBe(201);
      }
    }, 60_000);
    afterAll(() => s.close());

    it('approves each plain task, refuses the rest one by one, and writes nothing for the refused', async () => {
      const a = await start('plain');
      const b = await start('plain', 'li.na', 20);
      const comment = await start('needs-comment');
      const field = await start('needs-field');
      const picks = await start('picks-next');
      const others = await start('plain', 'tom.baker'); // sarah.chen's task
      const othersBefore = await detail(others.id);
      const r = await batch('wang.lei', { tasks: [a.task, comment.task, others.task, 'no-such-task', field.task, picks.task, b.task], comment: 'batch ok' });
      expect(r.status).toBe(200);
      expect(r.body.approved).toBe(2);
      expect(r.body.results.map((x: any) => [x.id, x.ok, x.ok ? x.status : x.error.code])).toEqual([
        [a.task, true, 'approved'],
        [comment.task, false, 'needs-input'],
        [others.task, false, 'not-assignee'],
        ['no-such-task', false, 'task-not-found'],
        [field.task, false, 'needs-input'],
        [picks.task, false, 'needs-input'],
        [b.task, true, 'approved'],
      ]);
      for (const x of r.body.results.filter((y: any) => !y.ok)) {
        expect(x.error.message.en).toBeTruthy();
        expect(x.error.message['zh-CN']).toBeTruthy();
      }
      expect((await detail(a.id)).status).toBe('approved');
      expect((await detail(b.id)).status).toBe('approved');
      for (const p of [comment, field, picks]) {
        const d = await detail(p.id);
        expect(d.status).toBe('running');
        expect(d.tasks.find((t: any) => t.id === p.task).status).toBe('pending');
      }
      const othersAfter = await detail(others.id);
      expect(othersAfter.revision).toBe(othersBefore.revision);
      expect(othersAfter.tasks).toEqual(othersBefore.tasks);
      const audit = await s.store.db.selectFrom('audit').select('subject').where('subject', '=', `instance:${others.id}`).execute();
      expect(audit).toHaveLength(1); // the start only
      // The comment went with each approval.
      const approvedTask = (await detail(a.id)).tasks.find((t: any) => t.id === a.task);
      expect(JSON.stringify(approvedTask)).toContain('batch ok');
    });

    it('refuses a task already decided, and the owner of the other task can still act on it', async () => {
      const a = await start('plain');
      expect((await batch('wang.lei', { tasks: [a.task] })).body.approved).toBe(1);
      const again = await batch('wang.lei', { tasks: [a.task] });
      expect(again.status).toBe(200);
      expect(again.body.approved).toBe(0);
      expect(again.body.results[0]).toMatchObject({ id: a.task, ok: false });
      expect(again.body.results[0].error.status).toBeGreaterThanOrEqual(400);
      const others = await start('plain', 'tom.baker');
      const mine = await batch('sarah.chen', { tasks: [others.task] });
      expect(mine.body.results[0]).toMatchObject({ id: others.task, ok: true, status: 'approved' });
    });

    it('refuses duplicates, empty and over-the-limit lists and unknown keys with 422 and a pointer, writing nothing', async () => {
      const a = await start('plain');
      const dup = await batch('wang.lei', { tasks: [a.task, a.task] });
      expect(dup.status).toBe(422);
      expect(dup.body.error.pointer).toBe('/tasks');
      const tooMany = await batch('wang.lei', { tasks: [a.task, ...Array.from({ length: 100 }, (_, i) => `t-${i}`)] });
      expect(tooMany.status).toBe(422);
      expect(tooMany.body.error.pointer).toBe('/tasks');
      expect((await batch('wang.lei', { tasks: [] })).body.error.pointer).toBe('/tasks');
      expect((await batch('wang.lei', {})).body.error.pointer).toBe('/tasks');
      const extra = await batch('wang.lei', { tasks: [a.task], force: true });
      expect(extra.status).toBe(422);
      expect(extra.body.error.pointer).toBe('/force');
      expect((await batch('wang.lei', { tasks: [a.task], comment: 'x'.repeat(5001) })).body.error.pointer).toBe('/comment');
      expect((await s.call('POST', '/api/tasks/batch-approve', { body: { tasks: [a.task] } })).status).toBe(401);
      expect((await detail(a.id)).status).toBe('running');
    });

    it('marks to-do rows batchApprovable, names the step in both languages and renders the title', async () => {
      const plain = await start('plain', 'li.na', 42);
      const comment = await start('needs-comment');
      const field = await start('needs-field');
      const hidden = await start('hidden-title', 'li.na', 7);
      const rows = await todo('wang.lei');
      const row = (task: string) => rows.find((x) => x.task?.id === task);
      expect(row(plain.task)).toMatchObject({ batchApprovable: true, task: { node: 'manager', nodeName: { en: 'Manager review', 'zh-CN': '经理审批' } } });
      expect(row(plain.task).instance.titleText).toEqual({ en: 'Expense 42 by 李娜', 'zh-CN': '报销 42（李娜）' });
      expect(row(comment.task).batchApprovable).toBe(false);
      expect(row(field.task).batchApprovable).toBe(false);
      const picks = await start('picks-next');
      expect((await todo('wang.lei')).find((x) => x.task?.id === picks.task).batchApprovable).toBe(false);
      expect(row(comment.task).instance.titleText).toBeNull();
      // The approver may not see "secret" at this step, so the title leaves it out; the initiator sees it.
      expect(row(hidden.task).instance.titleText.en).toBe('Deal  for 7');
      const started = (await s.call('GET', '/api/inbox/started?limit=100', { token: as('li.na') })).body.items as any[];
      expect(started.find((x) => x.instance.id === hidden.id).instance.titleText.en).toBe('Deal PROJECT-X for 7');
      expect(started.every((x) => !('batchApprovable' in x))).toBe(true);
      // The request page says the same.
      const asApprover = (await s.call('GET', `/api/instances/${hidden.id}`, { token: as('wang.lei') })).body;
      expect(asApprover.titleText).toEqual({ en: 'Deal  for 7' });
      expect((await s.call('GET', `/api/instances/${hidden.id}`, { token: as('li.na') })).body.titleText).toEqual({ en: 'Deal PROJECT-X for 7' });
      expect((await s.call('GET', `/api/instances/${comment.id}`, { token: as('li.na') })).body.titleText).toBeNull();
    });
  });
}
