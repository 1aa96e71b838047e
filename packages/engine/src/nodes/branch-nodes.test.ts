import { describe, expect, it } from 'vitest';
import type { BatonWorkflowDefinition, Edge, Field } from '@baton/schema';
import { crmApproval } from '../testing/crm-fixtures.ts';
import { approval, flow, Harness, path, pending, tasks, users } from '../testing/harness.ts';

const fay = approval('fay', { assignees: [users('fay')] });
const lee = approval('lee', { assignees: [users('lee')] });
const dan = approval('dan', { assignees: [users('dan')] });

describe('exclusive branch', () => {
  it.each([
    [25000, ['start', 'manager', 'amount', 'director']],
    [10000, ['start', 'manager', 'amount', 'finance']],
  ])('amount %d goes %j', (amount, expected) => {
    const h = new Harness(crmApproval());
    const s = h.approve(h.start({ data: { amount } }), 'mia');
    expect(path(s)).toEqual(expected);
  });

  const edges = (extra: Edge[]): Edge[] => [{ from: 'start', to: 'x' }, ...extra, { from: 'fay', to: 'end' }, { from: 'lee', to: 'end' }, { from: 'dan', to: 'end' }];
  const def = (e: Edge[], variables?: BatonWorkflowDefinition['variables']) => flow([{ id: 'x', type: 'exclusive' }, fay, lee, dan, { id: 'end', type: 'end' }], { edges: edges(e), ...(variables ? { variables } : {}) });

  it('tries edges by priority, not by file order', () => {
    const h = new Harness(def([
      { from: 'x', to: 'fay', condition: 'amount > 10.0', priority: 5 },
      { from: 'x', to: 'lee', condition: 'amount > 1.0', priority: 1 },
      { from: 'x', to: 'dan', default: true },
    ]));
    expect(path(h.start())).toEqual(['start', 'x', 'lee']);
  });

  it('takes the default edge when no condition holds, wherever it is listed', () => {
    const h = new Harness(def([
      { from: 'x', to: 'dan', default: true },
      { from: 'x', to: 'fay', condition: 'amount > 1000.0' },
    ]));
    const s = h.start();
    expect(path(s)).toEqual(['start', 'x', 'dan']);
    expect(s.history[1]!.note).toEqual(['default branch -> dan']);
  });

  it('reads declared variables and the initiator', () => {
    const h = new Harness(def(
      [
        { from: 'x', to: 'fay', condition: 'amount > vars.limit && initiator.department == "east"' },
        { from: 'x', to: 'dan', default: true },
      ],
      { limit: { type: 'number', value: 50 as never } },
    ));
    expect(path(h.start())).toEqual(['start', 'x', 'fay']);
    expect(path(h.start({ initiator: 'fay' }))).toEqual(['start', 'x', 'dan']);
  });

  it('counts a condition that cannot be evaluated as false, and notes why', () => {
    const h = new Harness(def([
      { from: 'x', to: 'fay', condition: 'missing_field > 1' },
      { from: 'x', to: 'dan', default: true },
    ]));
    const s = h.start();
    expect(path(s)).toEqual(['start', 'x', 'dan']);
    expect(s.history[1]!.note![0]).toMatch(/could not be evaluated/);
  });

  it('refuses the command that reaches a branch with no way to go', () => {
    const h = new Harness(def([{ from: 'x', to: 'fay', condition: 'amount > 1000.0' }]));
    expect(h.startRefusal().code).toBe('no-branch');
  });
});

describe('parallel and inclusive branches', () => {
  const parallel = flow([{ id: 'p', type: 'parallel' }, fay, lee, { id: 'j', type: 'join' }, dan, { id: 'end', type: 'end' }], {
    edges: [
      { from: 'start', to: 'p' },
      { from: 'p', to: 'fay' },
      { from: 'p', to: 'lee' },
      { from: 'fay', to: 'j' },
      { from: 'lee', to: 'j' },
      { from: 'j', to: 'dan' },
      { from: 'dan', to: 'end' },
    ],
  });

  it('runs every branch and joins once', () => {
    const h = new Harness(parallel);
    let s = h.start();
    expect(pending(s).map((t) => t.user)).toEqual(['fay', 'lee']);
    s = h.approve(s, 'lee');
    expect(pending(s).map((t) => t.user)).toEqual(['fay']);
    expect(s.forks).toEqual([{ id: 'f1', node: 'p', branches: 2, arrived: [1] }]);
    s = h.approve(s, 'fay');
    expect(pending(s).map((t) => t.user)).toEqual(['dan']);
    expect(s.forks).toBeUndefined();
    expect(path(s)).toEqual(['start', 'p', 'fay', 'lee', 'j', 'dan']);
    expect(h.approve(s, 'dan').status).toBe('approved');
  });

  it('rejects the whole request when one branch rejects', () => {
    const h = new Harness(parallel);
    const s = h.reject(h.start(), 'fay');
    expect(s.status).toBe('rejected');
    expect(tasks(s)).toEqual([['fay', 'fay', 'rejected'], ['lee', 'lee', 'cancelled']]);
  });

  it('nests forks', () => {
    const def = flow([{ id: 'p', type: 'parallel' }, { id: 'q', type: 'parallel' }, fay, lee, dan, { id: 'jq', type: 'join' }, { id: 'jp', type: 'join' }, { id: 'end', type: 'end' }], {
      edges: [
        { from: 'start', to: 'p' },
        { from: 'p', to: 'q' },
        { from: 'p', to: 'dan' },
        { from: 'q', to: 'fay' },
        { from: 'q', to: 'lee' },
        { from: 'fay', to: 'jq' },
        { from: 'lee', to: 'jq' },
        { from: 'jq', to: 'jp' },
        { from: 'dan', to: 'jp' },
        { from: 'jp', to: 'end' },
      ],
    });
    const h = new Harness(def);
    let s = h.start();
    expect(pending(s).map((t) => t.user).sort()).toEqual(['dan', 'fay', 'lee']);
    s = h.approve(h.approve(s, 'fay'), 'lee');
    expect(s.status).toBe('running');
    s = h.approve(s, 'dan');
    expect(s.status).toBe('approved');
    expect(path(s).filter((n) => n.startsWith('j'))).toEqual(['jq', 'jp']);
  });

  const inclusive = (amount: number) => {
    const def = flow([{ id: 'i', type: 'inclusive' }, fay, lee, dan, { id: 'j', type: 'join' }, { id: 'end', type: 'end' }], {
      edges: [
        { from: 'start', to: 'i' },
        { from: 'i', to: 'fay', condition: 'amount > 100.0' },
        { from: 'i', to: 'lee', condition: 'amount > 1000.0' },
        { from: 'i', to: 'dan', default: true },
        { from: 'fay', to: 'j' },
        { from: 'lee', to: 'j' },
        { from: 'dan', to: 'j' },
        { from: 'j', to: 'end' },
      ],
    });
    const h = new Harness(def);
    return { h, s: h.start({ data: { amount } }) };
  };

  it.each([
    [5000, ['fay', 'lee']],
    [500, ['fay']],
    [5, ['dan']],
  ])('inclusive: amount %d runs %j, and the join waits only for those', (amount, expected) => {
    let { h, s } = inclusive(amount);
    expect(pending(s).map((t) => t.user)).toEqual(expected);
    for (const u of expected) s = h.approve(s, u);
    expect(s.status).toBe('approved');
  });
});

describe('cc, delay, automation, subflow, end', () => {
  it('cc makes readers and tells them, without waiting', () => {
    const h = new Harness(flow([{ id: 'cc', type: 'cc', assignees: [users('lee', 'ghost')] }, fay]));
    const r = h.engine.start(h.def, { initiator: 'sam', data: { amount: 1 } }, h.env());
    if (!r.ok) throw new Error();
    expect(r.snapshot.readers).toEqual(['lee']);
    expect(r.effects.find((e) => e.type === 'cc')).toMatchObject({ to: ['lee'], node: 'cc' });
    expect(pending(r.snapshot).map((t) => t.user)).toEqual(['fay']);
    expect(r.snapshot.history[1]!.note).toContain('ghost is unknown or inactive: skipped');
  });

  it('delay waits for its timer, then goes on', () => {
    const h = new Harness(flow([{ id: 'wait', type: 'delay', duration: 'P1D' }, fay]));
    const started = h.engine.start(h.def, { initiator: 'sam', data: { amount: 1 } }, h.env());
    if (!started.ok) throw new Error();
    const s = started.snapshot;
    expect(s.timers).toEqual([{ id: 'timer-1', due: '2026-01-06T09:00:00.000Z', kind: 'delay', act: 'a1' }]);
    expect(started.effects).toContainEqual({ type: 'start-timer', id: 'effect-1', timer: 'timer-1', due: '2026-01-06T09:00:00.000Z' });
    expect(h.refusal(s, { type: 'timer-fired', actor: 'system', timerId: 'timer-1' }).code).toBe('timer-not-due');
    h.now = '2026-01-06T09:00:00.000Z';
    const after = h.do(s, { type: 'timer-fired', actor: 'system', timerId: 'timer-1' });
    expect(after.timers).toEqual([]);
    expect(pending(after).map((t) => t.user)).toEqual(['fay']);
  });

  it.each([
    ['2026-01-20', undefined, '2026-01-20T00:00:00.000Z'],
    ['2026-01-20', '-P1D', '2026-01-19T00:00:00.000Z'],
  ])('wait-until %s %s waits for %s', (date, offset, due) => {
    const fields: Field[] = [{ key: 'amount', type: 'money', label: { en: 'A' } }, { key: 'deadline', type: 'date', label: { en: 'D' } }];
    const h = new Harness(flow([{ id: 'wait', type: 'delay', until: { field: 'deadline', ...(offset ? { offset } : {}) } }, fay], { fields }));
    expect(h.start({ data: { deadline: date } }).timers[0]!.due).toBe(due);
  });

  it('wait-until a date already past (or missing) does not wait', () => {
    const fields: Field[] = [{ key: 'amount', type: 'money', label: { en: 'A' } }, { key: 'deadline', type: 'date', label: { en: 'D' } }];
    const h = new Harness(flow([{ id: 'wait', type: 'delay', until: { field: 'deadline' } }, fay], { fields }));
    expect(pending(h.start({ data: { deadline: '2025-01-01' } })).map((t) => t.user)).toEqual(['fay']);
    const s = h.start({ data: {} });
    expect(pending(s).map((t) => t.user)).toEqual(['fay']);
    expect(s.history[1]!.note).toEqual(['field deadline holds no date: not waiting']);
  });

  it('automation emits its effect and waits for the result; saveAs feeds later conditions', () => {
    const def = flow([{ id: 'call', type: 'automation', action: { type: 'http', method: 'POST', url: 'https://crm.example/api/score', body: { amount: { field: 'amount' }, twice: { cel: 'amount * 2.0' } }, saveAs: 'score' } }, { id: 'x', type: 'exclusive' }, fay, lee, { id: 'end', type: 'end' }], {
      edges: [
        { from: 'start', to: 'call' },
        { from: 'call', to: 'x' },
        { from: 'x', to: 'fay', condition: 'vars.score > 50' },
        { from: 'x', to: 'lee', default: true },
        { from: 'fay', to: 'end' },
        { from: 'lee', to: 'end' },
      ],
      variables: { score: { type: 'number', value: 0 as never } },
    });
    const h = new Harness(def);
    const r = h.engine.start(h.def, { initiator: 'sam', data: { amount: 30 } }, h.env());
    if (!r.ok) throw new Error();
    const http = r.effects.find((e) => e.type === 'http')!;
    expect(http).toEqual({ type: 'http', id: 'effect-1', node: 'call', method: 'POST', url: 'https://crm.example/api/score', body: { amount: 30, twice: 60 } });
    expect(r.snapshot.active).toEqual([{ id: 'a1', node: 'call', effect: 'effect-1' }]);
    expect(h.refusal(r.snapshot, { type: 'automation-result', actor: 'system', effectId: 'nope', ok: true }).code).toBe('effect-unknown');
    const s = h.do(r.snapshot, { type: 'automation-result', actor: 'system', effectId: http.id, ok: true, result: 80 });
    expect(s.vars).toEqual({ score: 80 });
    expect(pending(s).map((t) => t.user)).toEqual(['fay']);
  });

  it.each([
    ['terminate', 'terminated'],
    ['continue', 'running'],
  ] as const)('a failed automation with onFailure %s leaves the request %s', (onFailure, status) => {
    const h = new Harness(flow([{ id: 'upd', type: 'automation', onFailure, action: { type: 'update-record', set: { stage: { value: 'won' } } } }, fay]));
    const s = h.do(h.start({ record: { id: 'r1' } }), { type: 'automation-result', actor: 'system', node: 'upd', ok: false, error: '500' });
    expect(s.status).toBe(status);
  });

  it.each([
    [{ type: 'update-record', set: { stage: { value: 'won' } } }, { type: 'update-record', node: 'auto', record: 'r1', set: { stage: 'won' } }, true],
    [{ type: 'create-record', recordType: 'task', values: { title: { value: 'Call back' } } }, { type: 'create-record', node: 'auto', recordType: 'task', values: { title: 'Call back' } }, true],
    [{ type: 'assign-owner', pool: [{ type: 'role', role: 'finance' }] }, { type: 'assign-owner', node: 'auto', strategy: 'round-robin', pool: ['fay', 'fred'], record: 'r1' }, true],
    [{ type: 'email', to: [users('lee')], subject: { en: 'Hi' }, body: { en: 'Body' } }, { type: 'email', node: 'auto', to: ['lee'], subject: { en: 'Hi' }, body: { en: 'Body' } }, false],
    [{ type: 'notify', to: [users('lee')], message: { en: 'Hi' } }, { type: 'notify', node: 'auto', to: ['lee'], reason: 'automation', message: { en: 'Hi' } }, false],
  ] as const)('automation %j', (action, effect, waits) => {
    const h = new Harness(flow([{ id: 'auto', type: 'automation', action: action as never }, fay]));
    const r = h.engine.start(h.def, { initiator: 'sam', data: { amount: 1 }, record: { id: 'r1' } }, h.env());
    if (!r.ok) throw new Error(r.refusal.code);
    expect(r.effects[0]).toMatchObject(effect);
    expect(pending(r.snapshot).length).toBe(waits ? 0 : 1);
  });

  it.each([
    ['approved', 'running'],
    ['rejected', 'rejected'],
    ['withdrawn', 'rejected'],
  ] as const)('subflow finishing %s leaves the parent %s', (outcome, status) => {
    const h = new Harness(flow([{ id: 'sub', type: 'subflow', flow: 'child-flow', input: { amount: { field: 'amount' } } }, fay]));
    const r = h.engine.start(h.def, { initiator: 'sam', data: { amount: 7 } }, h.env());
    if (!r.ok) throw new Error();
    expect(r.effects[0]).toMatchObject({ type: 'start-subflow', flow: 'child-flow', input: { amount: 7 }, wait: true });
    expect(h.do(r.snapshot, { type: 'subflow-finished', actor: 'system', node: 'sub', outcome }).status).toBe(status);
  });

  it('a subflow that does not wait goes straight on', () => {
    const h = new Harness(flow([{ id: 'sub', type: 'subflow', flow: 'child-flow', wait: false }, fay]));
    expect(pending(h.start()).map((t) => t.user)).toEqual(['fay']);
  });

  it.each(['approved', 'rejected', 'completed'] as const)('an end node records outcome %s', (outcome) => {
    const h = new Harness(flow([{ id: 'end', type: 'end', outcome }]));
    const s = h.start();
    expect(s).toMatchObject({ status: outcome, outcome, finished: s.created });
  });
});

describe('change-set flows (approve the change, not the record)', () => {
  const def = flow([fay], { record: { type: 'order', changeSet: { fields: ['discount', 'price'] } }, settings: { withdraw: 'until-done', admins: [users('ada')] } });
  const start = (h: Harness) => h.start({ record: { id: 'o-9', owner: 'sue', values: { discount: 5, price: 100 } }, patch: { discount: 15 } });

  it('emits one apply-patch with before and after on approval', () => {
    const h = new Harness(def);
    const r = h.apply(start(h), { type: 'approve', actor: 'fay', taskId: 'task-1' });
    const patches = r.effects.filter((e) => e.type === 'apply-patch');
    expect(patches).toEqual([{ type: 'apply-patch', id: expect.any(String), record: 'o-9', recordType: 'order', before: { discount: 5 }, after: { discount: 15 } }]);
  });

  it.each([
    ['reject', { type: 'reject', actor: 'fay', taskId: 'task-1' }],
    ['withdraw', { type: 'withdraw', actor: 'sam' }],
    ['terminate', { type: 'terminate', actor: 'ada' }],
  ] as const)('emits none on %s', (_name, command) => {
    const h = new Harness(def);
    const r = h.apply(start(h), command);
    expect(r.snapshot.status).not.toBe('running');
    expect(r.effects.filter((e) => e.type === 'apply-patch')).toEqual([]);
  });
});
