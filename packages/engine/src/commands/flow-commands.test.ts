// Successes of the commands that move the flow: return, resubmit, reject behaviours, withdraw,
// take-back, transfer, delegate, signers, terminate.
import { describe, expect, it } from 'vitest';
import { approval, flow, Harness, path, pending, tasks, users } from '../testing/harness.ts';
import type { Snapshot } from '../types/snapshot.ts';

const three = (extra: Parameters<typeof approval>[1] = {}, settings = {}) =>
  flow([approval('one', { assignees: [users('fay')] }), approval('two', { assignees: [users('lee')] }), approval('three', { assignees: [users('dan')], ...extra })], { settings });

describe('return and resubmit', () => {
  const ret = (h: Harness, s: Snapshot, user: string, target: { to: 'initiator' } | { to: 'previous' } | { to: 'node'; node: string }) =>
    h.do(s, { type: 'return', actor: user, taskId: h.task(s, user).id, target, comment: 'please fix' });

  it('to the previous step: it runs again with a new task', () => {
    const h = new Harness(three());
    let s = h.approve(h.approve(h.start(), 'fay'), 'lee');
    s = ret(h, s, 'dan', { to: 'previous' });
    expect(pending(s).map((t) => [t.node, t.user])).toEqual([['two', 'lee']]);
    expect(tasks(s).at(-2)).toEqual(['three', 'dan', 'returned']);
    expect(s.tasks.find((t) => t.status === 'returned')!.comment).toBe('please fix');
    s = h.approve(s, 'lee');
    expect(pending(s).map((t) => t.user)).toEqual(['dan']);
  });

  it('to any step that ran before', () => {
    const h = new Harness(three());
    let s = h.approve(h.approve(h.start(), 'fay'), 'lee');
    s = ret(h, s, 'dan', { to: 'node', node: 'one' });
    expect(pending(s).map((t) => t.node)).toEqual(['one']);
    expect(path(s)).toEqual(['start', 'one', 'two', 'three', 'one']);
  });

  it('from the first step, "previous" is the initiator', () => {
    const h = new Harness(three());
    const s = ret(h, h.start(), 'fay', { to: 'previous' });
    expect(s.status).toBe('returned');
  });

  it('to the initiator; resubmit "resume" goes back to the step that returned it, earlier approvals stand', () => {
    const h = new Harness(three());
    let s = h.approve(h.approve(h.start(), 'fay'), 'lee');
    const r = h.apply(s, { type: 'return', actor: 'dan', taskId: h.task(s, 'dan').id, target: { to: 'initiator' } });
    s = r.snapshot;
    expect(s.status).toBe('returned');
    expect(s.parked).toEqual([{ node: 'three' }]);
    expect(r.effects).toContainEqual(expect.objectContaining({ type: 'notify', to: ['sam'], reason: 'returned' }));
    expect(pending(s)).toEqual([]);
    s = h.do(s, { type: 'resubmit', actor: 'sam', data: { amount: 50 } });
    expect(s.status).toBe('running');
    expect(s.data.amount).toBe(50);
    expect(pending(s).map((t) => t.node)).toEqual(['three']);
    expect(tasks(s).filter(([n]) => n !== 'three')).toEqual([['one', 'fay', 'approved'], ['two', 'lee', 'approved']]);
  });

  it('resubmit "restart" starts again after the start node', () => {
    const h = new Harness(three({}, { resubmit: 'restart' }));
    let s = h.approve(h.approve(h.start(), 'fay'), 'lee');
    s = ret(h, s, 'dan', { to: 'initiator' });
    s = h.do(s, { type: 'resubmit', actor: 'sam' });
    expect(pending(s).map((t) => t.node)).toEqual(['one']);
  });

  it('resume re-enters every branch that was open', () => {
    const def = flow([{ id: 'p', type: 'parallel' }, approval('fa', { assignees: [users('fay')] }), approval('le', { assignees: [users('lee')] }), { id: 'j', type: 'join' }, { id: 'end', type: 'end' }], {
      edges: [
        { from: 'start', to: 'p' },
        { from: 'p', to: 'fa' },
        { from: 'p', to: 'le' },
        { from: 'fa', to: 'j' },
        { from: 'le', to: 'j' },
        { from: 'j', to: 'end' },
      ],
    });
    const h = new Harness(def);
    let s = h.start();
    s = ret(h, s, 'fay', { to: 'initiator' });
    s = h.do(s, { type: 'resubmit', actor: 'sam' });
    expect(pending(s).map((t) => t.user).sort()).toEqual(['fay', 'lee']);
    s = h.approve(h.approve(s, 'fay'), 'lee');
    expect(s.status).toBe('approved');
  });

  it('a rejection sent back to the initiator inside a branch resumes that branch too', () => {
    const def = flow([{ id: 'p', type: 'parallel' }, approval('fa', { assignees: [users('fay')], onReject: { to: 'initiator' } }), approval('le', { assignees: [users('lee')] }), { id: 'j', type: 'join' }, { id: 'end', type: 'end' }], {
      edges: [
        { from: 'start', to: 'p' },
        { from: 'p', to: 'fa' },
        { from: 'p', to: 'le' },
        { from: 'fa', to: 'j' },
        { from: 'le', to: 'j' },
        { from: 'j', to: 'end' },
      ],
    });
    const h = new Harness(def);
    let s = h.reject(h.start(), 'fay');
    expect(s.status).toBe('returned');
    expect(s.parked).toEqual([{ node: 'fa', scope: ['f1.0'] }, { node: 'le', scope: ['f1.1'] }]);
    s = h.do(s, { type: 'resubmit', actor: 'sam' });
    s = h.approve(h.approve(s, 'fay'), 'lee');
    expect(s.status).toBe('approved');
  });

  it('across a parallel branch, only steps of the same branch are targets', () => {
    const def = flow([approval('first', { assignees: [users('dan')] }), { id: 'p', type: 'parallel' }, approval('fa', { assignees: [users('fay')] }), approval('le', { assignees: [users('lee')] }), { id: 'j', type: 'join' }, { id: 'end', type: 'end' }], {
      edges: [
        { from: 'start', to: 'first' },
        { from: 'first', to: 'p' },
        { from: 'p', to: 'fa' },
        { from: 'p', to: 'le' },
        { from: 'fa', to: 'j' },
        { from: 'le', to: 'j' },
        { from: 'j', to: 'end' },
      ],
    });
    const h = new Harness(def);
    const s = h.approve(h.start(), 'dan');
    expect(h.refusal(s, { type: 'return', actor: 'fay', taskId: h.task(s, 'fay').id, target: { to: 'node', node: 'first' } }).code).toBe('return-target-invalid');
    expect(h.refusal(s, { type: 'return', actor: 'fay', taskId: h.task(s, 'fay').id, target: { to: 'node', node: 'le' } }).code).toBe('return-target-invalid');
  });
});

describe('reject behaviours (onReject)', () => {
  it.each([
    ['end', undefined, 'rejected', []],
    ['initiator', undefined, 'returned', []],
    ['previous', undefined, 'running', [['two', 'lee']]],
    ['node', 'one', 'running', [['one', 'fay']]],
    ['node', 'start', 'rejected', []],
  ] as const)('to %s %s leaves the request %s', (to, node, status, next) => {
    const h = new Harness(three({ onReject: { to, ...(node ? { node } : {}) } }));
    const s = h.reject(h.approve(h.approve(h.start(), 'fay'), 'lee'), 'dan');
    expect(s.status).toBe(status);
    expect(pending(s).map((t) => [t.node, t.user])).toEqual(next);
    if (status === 'rejected') expect(s.outcome).toBe('rejected');
  });
});

describe('withdraw', () => {
  it.each([
    ['until-done', true, 'withdrawn'],
    ['before-first-action', false, 'withdrawn'],
  ] as const)('policy %s (after an approval: %s) withdraws', (withdraw, afterApproval, status) => {
    const h = new Harness(three({}, { withdraw }));
    let s = h.start();
    if (afterApproval) s = h.approve(s, 'fay');
    const r = h.apply(s, { type: 'withdraw', actor: 'sam' });
    expect(r.snapshot.status).toBe(status);
    expect(pending(r.snapshot)).toEqual([]);
    expect(r.effects.filter((e) => e.type === 'task-closed').map((e) => (e as { status: string }).status)).toEqual(['cancelled']);
  });

  it('a returned request may be withdrawn under before-first-action', () => {
    const h = new Harness(three());
    let s = h.start();
    s = h.do(s, { type: 'return', actor: 'fay', taskId: h.task(s, 'fay').id, target: { to: 'initiator' } });
    expect(h.do(s, { type: 'withdraw', actor: 'sam' }).status).toBe('withdrawn');
  });
});

describe('take back (取回)', () => {
  const def = () => three({}, {});
  const withButton = () => {
    const d = def();
    return { ...d, nodes: d.nodes.map((n) => (n.type === 'approval' ? { ...n, buttons: ['approve', 'take-back'] as Array<'approve' | 'take-back'> } : n)) };
  };

  it('undoes the last decision while the next step has not acted', () => {
    const h = new Harness(withButton());
    const s0 = h.start();
    const id = h.task(s0, 'fay').id;
    const s1 = h.approve(s0, 'fay');
    const r = h.apply(s1, { type: 'take-back', actor: 'fay', taskId: id });
    expect(tasks(r.snapshot)).toEqual([['one', 'fay', 'pending'], ['two', 'lee', 'cancelled']]);
    expect(r.snapshot.active.map((a) => a.node)).toEqual(['one']);
    expect(r.effects.map((e) => e.type)).toEqual(['task-created', 'task-closed']);
    expect(r.snapshot.undo).toBeUndefined();
    expect(h.approve(h.approve(h.approve(r.snapshot, 'fay'), 'lee'), 'dan').status).toBe('approved');
  });

  it('is kept through comments and urges, and lost once the next step acts', () => {
    const h = new Harness(withButton());
    const s0 = h.start();
    const id = h.task(s0, 'fay').id;
    let s = h.approve(s0, 'fay');
    s = h.do(s, { type: 'comment', actor: 'sam', text: 'thanks' });
    s = h.do(s, { type: 'urge', actor: 'sam' });
    expect(h.do(s, { type: 'take-back', actor: 'fay', taskId: id }).tasks[0]!.status).toBe('pending');
    s = h.approve(s, 'lee');
    expect(h.refusal(s, { type: 'take-back', actor: 'fay', taskId: id }).code).toBe('take-back-not-allowed');
  });

  it('restarts the timers of the task taken back', () => {
    const d = flow([approval('one', { assignees: [users('fay')], buttons: ['approve', 'take-back'], timeouts: [{ after: 'PT2H', action: 'remind' }] }), approval('two', { assignees: [users('lee')] })]);
    const h = new Harness(d);
    const s0 = h.start();
    const s1 = h.approve(s0, 'fay');
    expect(s1.timers).toEqual([]);
    const s2 = h.do(s1, { type: 'take-back', actor: 'fay', taskId: 'task-1' });
    expect(s2.timers).toEqual(s0.timers);
  });
});

describe('transfer, delegate and signers', () => {
  it('transfer keeps the seat and records where the task came from', () => {
    const h = new Harness(three());
    const s = h.do(h.start(), { type: 'transfer', actor: 'fay', taskId: 'task-1', to: 'fred', comment: 'on leave' });
    expect(s.tasks[1]).toMatchObject({ user: 'fred', seat: 'task-1', origin: { type: 'transferred-from', task: 'task-1', by: 'fay' }, why: ['transferred by fay'] });
    expect(s.tasks[0]).toMatchObject({ status: 'transferred', comment: 'on leave' });
  });

  it('a delegated handler task comes back to the delegator with the opinion', () => {
    const def = flow([{ id: 'h', type: 'handler', assignees: [users('fay')], buttons: ['complete', 'delegate'] }]);
    const h = new Harness(def);
    let s = h.do(h.start(), { type: 'delegate', actor: 'fay', taskId: 'task-1', to: 'lee' });
    expect(tasks(s)).toEqual([['h', 'fay', 'delegated'], ['h', 'lee', 'pending']]);
    const r = h.apply(s, { type: 'complete', actor: 'lee', taskId: 'task-2', comment: 'done the checks' });
    s = r.snapshot;
    expect(tasks(s)).toEqual([['h', 'fay', 'pending'], ['h', 'lee', 'completed']]);
    expect(s.tasks[1]).toMatchObject({ opinion: 'approve', comment: 'done the checks' });
    expect(r.effects).toContainEqual(expect.objectContaining({ type: 'task-created', task: 'task-1', reopened: true }));
    s = h.do(s, { type: 'complete', actor: 'fay', taskId: 'task-1' });
    expect(s.status).toBe('approved');
  });

  it('a before-signer who rejects rejects the task they were added to', () => {
    const h = new Harness(three());
    let s = h.do(h.start(), { type: 'add-signer', actor: 'fay', taskId: 'task-1', users: ['fred'], position: 'before' });
    s = h.reject(s, 'fred');
    expect(s.status).toBe('rejected');
    expect(s.tasks[0]).toMatchObject({ status: 'rejected', by: 'fred' });
  });

  it('removing a before-signer releases the task', () => {
    const h = new Harness(three());
    let s = h.do(h.start(), { type: 'add-signer', actor: 'fay', taskId: 'task-1', users: ['fred', 'lee'], position: 'before' });
    expect(s.tasks[0]!.hold).toBe(2);
    s = h.approve(s, 'lee');
    expect(s.tasks[0]!.hold).toBe(1);
    s = h.do(s, { type: 'remove-signer', actor: 'fay', node: 'one', users: ['fred'] });
    expect(s.tasks[0]!.hold).toBeUndefined();
    expect(h.approve(s, 'fay', 'one').tasks.at(-1)).toMatchObject({ node: 'two', user: 'lee' });
  });

  it('after-signers follow one another, and a queued one can be removed before their turn', () => {
    const h = new Harness(three());
    let s = h.do(h.start(), { type: 'add-signer', actor: 'fay', taskId: 'task-1', users: ['fred', 'dan'], position: 'after' });
    s = h.do(s, { type: 'remove-signer', actor: 'fay', node: 'one', users: ['dan'] });
    s = h.approve(s, 'fay');
    expect(pending(s).map((t) => [t.node, t.user])).toEqual([['one', 'fred']]);
    s = h.approve(s, 'fred');
    expect(pending(s).map((t) => [t.node, t.user])).toEqual([['two', 'lee']]);
  });

  it('removes the signer entry the actor added when someone else added the same user too', () => {
    const def = flow([approval('one', { assignees: [users('fay', 'fred')], mode: 'all' })]);
    const h = new Harness(def);
    let s = h.do(h.start(), { type: 'add-signer', actor: 'fay', taskId: 'task-1', users: ['lee'], position: 'parallel' });
    s = h.do(s, { type: 'add-signer', actor: 'fred', taskId: 'task-2', users: ['dan'], position: 'after' });
    s = h.do(s, { type: 'add-signer', actor: 'fay', taskId: 'task-1', users: ['dan'], position: 'after' });
    s = h.do(s, { type: 'remove-signer', actor: 'fred', node: 'one', users: ['dan'] });
    expect(s.tasks.find((t) => t.id === 'task-2')!.then).toBeUndefined();
    expect(s.tasks.find((t) => t.id === 'task-1')!.then).toEqual([{ user: 'dan', by: 'fay' }]);
    expect(h.refusal(s, { type: 'remove-signer', actor: 'fred', node: 'one', users: ['dan'] }).code).toBe('action-not-allowed');
  });

  it('an admin may remove a signer someone else added', () => {
    const def = flow([approval('one', { assignees: [users('fay')] })], { settings: { admins: [{ type: 'role', role: 'flow-admin' }] } });
    const h = new Harness(def);
    const s = h.do(h.start(), { type: 'add-signer', actor: 'fay', taskId: 'task-1', users: ['fred'], position: 'parallel' });
    expect(tasks(h.do(s, { type: 'remove-signer', actor: 'ada', node: 'one', users: ['fred'] }))).toEqual([['one', 'fay', 'pending'], ['one', 'fred', 'cancelled']]);
  });
});

describe('terminate', () => {
  it.each([
    ['a flow admin by role', { admins: [{ type: 'role' as const, role: 'flow-admin' }] }, 'ada'],
    ['a flow admin by name', { admins: [users('lee')] }, 'lee'],
  ])('%s may terminate', (_name, settings, admin) => {
    const h = new Harness(three({}, settings));
    const r = h.apply(h.start(), { type: 'terminate', actor: admin, comment: 'duplicate' });
    expect(r.snapshot.status).toBe('terminated');
    expect(r.snapshot.outcome).toBeUndefined();
    expect(r.events.map((e) => e.type)).toEqual(['terminated', 'finished']);
  });

  it('a directory admin may terminate any request', () => {
    const h = new Harness(three());
    const s = h.start();
    const directory = { ...h.directory, user: (id: string) => (id === 'root' ? { id, admin: true } : h.directory.user(id)) };
    const r = h.engine.apply(h.def, s, { type: 'terminate', actor: 'root' }, { ...h.env(), directory });
    expect(r.ok && r.snapshot.status).toBe('terminated');
  });
});
