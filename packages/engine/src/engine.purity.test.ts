// The engine is a pure function (DESIGN.md section 4, STYLE.md "Tests check purity directly"):
// effects come back as data and are never performed; no clock, randomness, timers or network;
// inputs are never written to; the registry belongs to the engine instance.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from './engine.ts';
import { crmApproval } from './testing/crm-fixtures.ts';
import { approval, deepFreeze, flow, Harness, users } from './testing/harness.ts';
import type { NodeKind } from './nodes/node-kind.ts';
import { pass } from './runtime/flow.ts';

afterEach(() => vi.restoreAllMocks());

describe('purity', () => {
  it('returns effects as data and calls nothing: no clock, randomness, timers or network', () => {
    const spies = [
      vi.spyOn(Date, 'now'),
      vi.spyOn(Math, 'random'),
      vi.spyOn(globalThis, 'setTimeout'),
      vi.spyOn(globalThis, 'setInterval'),
      vi.spyOn(globalThis, 'fetch'),
      vi.spyOn(performance, 'now'),
    ];
    const def = deepFreeze(
      flow([
        { id: 'call', type: 'automation', action: { type: 'http', url: 'https://crm.example/hook', body: { amount: { field: 'amount' } } } },
        { id: 'mail', type: 'automation', action: { type: 'email', to: [users('lee')], subject: { en: 'S' }, body: { en: 'B' } } },
        approval('a', { assignees: [users('fay')], timeouts: [{ after: 'PT1H', action: 'remind' }] }),
        { id: 'wait', type: 'delay', duration: 'PT1H' },
      ]),
    );
    const h = new Harness(def);
    const started = h.engine.start(def, { initiator: 'sam', data: { amount: 5 } }, h.env());
    if (!started.ok) throw new Error(started.refusal.code);
    expect(started.effects.map((e) => e.type)).toEqual(['http']);
    const s1 = h.do(deepFreeze(started.snapshot), { type: 'automation-result', actor: 'system', node: 'call', ok: true });
    const s2 = h.approve(deepFreeze(s1), 'fay');
    expect(s2.timers[0]!.kind).toBe('delay');
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('gets the time only from env.now and ids only from env.ids', () => {
    const h = new Harness(crmApproval());
    const next = vi.fn((p: string) => `${p}#${next.mock.calls.length}`);
    const r = h.engine.start(h.def, { initiator: 'sam', data: { amount: 1 } }, { now: '2030-02-03T04:05:06.000Z', ids: { next }, directory: h.directory });
    if (!r.ok) throw new Error();
    expect(r.snapshot.created).toBe('2030-02-03T04:05:06.000Z');
    expect(r.snapshot.tasks[0]!.created).toBe('2030-02-03T04:05:06.000Z');
    expect(next.mock.calls.map(([p]) => p)).toEqual(['instance', 'task', 'effect']);
    expect(r.snapshot.id).toBe('instance#1');
  });

  it('keeps node kinds per engine: one engine\'s custom kind does not leak into another', () => {
    let entered = 0;
    const loud: NodeKind<'cc'> = {
      type: 'cc',
      enter(run, node, token) {
        entered++;
        pass(run, node.id, token.scope);
      },
    };
    const custom = createEngine({ nodeKinds: [loud] });
    const plain = createEngine();
    const def = flow([{ id: 'cc', type: 'cc', assignees: [users('lee')] }, approval('a')]);
    const h = new Harness(def);
    expect(custom.start(def, { initiator: 'sam', data: {} }, h.env()).ok).toBe(true);
    expect(plain.start(def, { initiator: 'sam', data: {} }, h.env()).ok).toBe(true);
    expect(entered).toBe(1);
    expect(custom.kinds.get('cc')).toBe(loud);
    expect(plain.kinds.get('cc')).not.toBe(loud);
  });

  it('a refused command changes nothing and returns no snapshot', () => {
    const h = new Harness(crmApproval());
    const s = deepFreeze(h.start());
    const before = JSON.stringify(s);
    const r = h.engine.apply(h.def, s, { type: 'approve', actor: 'dan', taskId: 'task-1' }, h.env());
    expect(r).toEqual({ ok: false, refusal: expect.objectContaining({ code: 'not-assignee' }) });
    expect(JSON.stringify(s)).toBe(before);
  });

  it('throws for a programmer error: something that is not a snapshot', () => {
    const h = new Harness(crmApproval());
    expect(() => h.engine.apply(h.def, {} as never, { type: 'urge', actor: 'sam' }, h.env())).toThrow(TypeError);
  });
});
