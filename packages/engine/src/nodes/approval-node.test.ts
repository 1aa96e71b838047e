import { describe, expect, it } from 'vitest';
import type { Settings } from '@baton/schema';
import { approval, flow, Harness, path, pending, tasks, users } from '../testing/harness.ts';

const three = users('fay', 'fred', 'lee');

describe('approval modes', () => {
  type Act = ['approve' | 'reject', string];
  const cases: Array<[string, 'sequential' | 'all' | 'any' | 'vote', number | undefined, Act[], string, Array<[string, string]>]> = [
    ['sequential: one at a time, in rule order', 'sequential', undefined, [['approve', 'fay'], ['approve', 'fred'], ['approve', 'lee']], 'approved', [['fay', 'approved'], ['fred', 'approved'], ['lee', 'approved']]],
    ['sequential: a reject stops the sequence', 'sequential', undefined, [['approve', 'fay'], ['reject', 'fred']], 'rejected', [['fay', 'approved'], ['fred', 'rejected']]],
    ['all (会签): everyone must approve', 'all', undefined, [['approve', 'lee'], ['approve', 'fay'], ['approve', 'fred']], 'approved', [['fay', 'approved'], ['fred', 'approved'], ['lee', 'approved']]],
    ['all: any reject rejects and cancels the rest', 'all', undefined, [['approve', 'fay'], ['reject', 'lee']], 'rejected', [['fay', 'approved'], ['fred', 'cancelled'], ['lee', 'rejected']]],
    ['any (或签): the first approval wins', 'any', undefined, [['approve', 'fred']], 'approved', [['fay', 'cancelled'], ['fred', 'approved'], ['lee', 'cancelled']]],
    ['any: the first reject wins', 'any', undefined, [['reject', 'lee']], 'rejected', [['fay', 'cancelled'], ['fred', 'cancelled'], ['lee', 'rejected']]],
    ['vote 2/3: passes at two approvals', 'vote', 0.66, [['approve', 'fay'], ['approve', 'lee']], 'approved', [['fay', 'approved'], ['fred', 'cancelled'], ['lee', 'approved']]],
    ['vote 2/3: fails as soon as passing is impossible', 'vote', 0.66, [['reject', 'fay'], ['reject', 'lee']], 'rejected', [['fay', 'rejected'], ['fred', 'cancelled'], ['lee', 'rejected']]],
    ['vote 1/2: one approval of three is not enough, a second decides', 'vote', 0.5, [['approve', 'fay'], ['reject', 'fred'], ['approve', 'lee']], 'approved', [['fay', 'approved'], ['fred', 'rejected'], ['lee', 'approved']]],
    ['vote 1.0: one reject fails', 'vote', 1, [['approve', 'fay'], ['reject', 'fred']], 'rejected', [['fay', 'approved'], ['fred', 'rejected'], ['lee', 'cancelled']]],
  ];
  it.each(cases)('%s', (_name, mode, passRatio, acts, status, result) => {
    const h = new Harness(flow([approval('step', { assignees: [three], mode, ...(passRatio ? { passRatio } : {}) })]));
    let s = h.start();
    if (mode === 'sequential') expect(pending(s).map((t) => t.user)).toEqual(['fay']);
    else expect(pending(s).map((t) => t.user)).toEqual(['fay', 'fred', 'lee']);
    for (const [act, user] of acts) {
      expect(s.status).toBe('running');
      s = act === 'approve' ? h.approve(s, user) : h.reject(s, user);
    }
    expect(s.status).toBe(status);
    expect(s.tasks.map((t) => [t.user, t.status]).sort()).toEqual(result);
  });

  it('runs a manager chain as a sequence from level 1 up', () => {
    const h = new Harness(flow([approval('chain', { assignees: [{ type: 'manager-chain', to: 'top' }], mode: 'all' })]));
    let s = h.start();
    expect(pending(s).map((t) => t.user)).toEqual(['mia']);
    s = h.approve(s, 'mia');
    expect(pending(s).map((t) => t.user)).toEqual(['vp']);
    s = h.approve(s, 'vp');
    s = h.approve(s, 'ceo');
    expect(s.status).toBe('approved');
    expect(s.tasks.map((t) => t.why.at(-1))).toEqual(['level 1: mia', 'level 2: vp', 'level 3: ceo']);
  });

  it('stops a manager chain at level N', () => {
    const h = new Harness(flow([approval('chain', { assignees: [{ type: 'manager-chain', to: 2 }] })]));
    let s = h.start({ initiator: 'sue' });
    s = h.approve(h.approve(s, 'mia'), 'vp');
    expect(s.status).toBe('approved');
    expect(tasks(s)).toEqual([['chain', 'mia', 'approved'], ['chain', 'vp', 'approved']]);
  });
});

describe('assignee policies', () => {
  const nobody = { type: 'role' as const, role: 'nobody' };
  it.each<[string, Settings, Partial<Parameters<typeof approval>[1]>, string, Array<[string, string, string]>, RegExp]>([
    ['empty -> auto-approve', { emptyAssignees: 'auto-approve' }, {}, 'approved', [], /approved automatically/],
    ['empty -> reject', { emptyAssignees: 'reject' }, {}, 'rejected', [], /policy: reject/],
    ['empty -> admin', { emptyAssignees: 'admin', admins: [users('ada')] }, {}, 'running', [['a', 'ada', 'pending']], /./],
    ['empty -> admin, no admins -> auto-approve', { emptyAssignees: 'admin' }, {}, 'approved', [], /no admin: approved automatically/],
    ['the node overrides the setting', { emptyAssignees: 'reject' }, { emptyAssignees: 'auto-approve' }, 'approved', [], /approved automatically/],
  ])('%s', (_name, settings, node, status, result, note) => {
    const h = new Harness(flow([approval('a', { assignees: [nobody], ...node })], { settings }));
    const s = h.start();
    expect(s.status).toBe(status);
    expect(tasks(s)).toEqual(result);
    const entry = s.history.find((e) => e.node === 'a')!;
    if (result.length === 0) expect(entry.note?.join('\n')).toMatch(note);
    else expect(s.tasks[0]!.why.slice(0, 2)).toEqual(['no assignee found', 'empty-assignee policy: flow admin']);
  });

  it.each<[string, 'auto-approve' | 'skip-to-manager' | 'require', Array<[string, string, string]>]>([
    ['approves their own step automatically', 'auto-approve', [['a', 'sam', 'auto-approved']]],
    ['passes it to their manager', 'skip-to-manager', [['a', 'mia', 'pending']]],
    ['makes them act like anyone else', 'require', [['a', 'sam', 'pending']]],
  ])('initiator among the assignees: %s', (_name, policy, result) => {
    const h = new Harness(flow([approval('a', { assignees: [{ type: 'initiator' }] })], { settings: { initiatorIsAssignee: policy } }));
    const s = h.start();
    expect(tasks(s)).toEqual(result);
    expect(s.status).toBe(policy === 'auto-approve' ? 'approved' : 'running');
  });

  const twoSteps = (dedupe: 'none' | 'first' | 'consecutive') =>
    flow([approval('one', { assignees: [users('fay')] }), approval('two', { assignees: [users('lee')] }), approval('three', { assignees: [users('fay')] })], { settings: { dedupe } });
  it.each<['none' | 'first' | 'consecutive', string]>([
    ['none', 'pending'],
    ['first', 'auto-approved'],
    ['consecutive', 'pending'],
  ])('dedupe %s: someone who approved two steps earlier gets a task that is %s', (dedupe, third) => {
    const h = new Harness(twoSteps(dedupe));
    let s = h.start();
    s = h.approve(h.approve(s, 'fay'), 'lee');
    expect(s.tasks.find((t) => t.node === 'three')!.status).toBe(third);
  });

  it('dedupe consecutive: the approver of the step just before approves automatically', () => {
    const def = flow([approval('one', { assignees: [users('fay')] }), approval('two', { assignees: [users('fay', 'lee')], mode: 'all' })], { settings: { dedupe: 'consecutive' } });
    const h = new Harness(def);
    const s = h.approve(h.start(), 'fay');
    expect(tasks(s)).toEqual([['one', 'fay', 'approved'], ['two', 'fay', 'auto-approved'], ['two', 'lee', 'pending']]);
    expect(s.tasks[1]!.why.at(-1)).toMatch(/dedupe \(consecutive\)/);
  });

  it('out of office: the task goes to the delegate, with the reason in the trace', () => {
    const org = {
      users: [
        { id: 'sam', name: 'Sam' },
        { id: 'fay', name: 'Fay', outOfOffice: [{ from: '2026-01-01T00:00:00Z', to: '2026-01-10T00:00:00Z', delegate: 'fred' }] },
        { id: 'fred', name: 'Fred' },
      ],
    };
    const h = new Harness(flow([approval('a', { assignees: [users('fay')] })]), org);
    const s = h.start();
    expect(tasks(s)).toEqual([['a', 'fred', 'pending']]);
    expect(s.tasks[0]!.why).toEqual(['rule 1: named user fay', 'fay is out of office until 2026-01-10T00:00:00Z -> delegate fred']);
    expect(path(s)).toEqual(['start', 'a']);
  });

  it('handler tasks are completed, not approved', () => {
    const h = new Harness(flow([{ id: 'h', type: 'handler', assignees: [users('lee')] }]));
    let s = h.start();
    expect(h.refusal(s, { type: 'approve', actor: 'lee', taskId: h.task(s, 'lee').id }).code).toBe('action-not-allowed');
    s = h.do(s, { type: 'complete', actor: 'lee', taskId: h.task(s, 'lee').id });
    expect(s.status).toBe('approved');
    expect(tasks(s)).toEqual([['h', 'lee', 'completed']]);
  });
});
