import { describe, expect, it } from 'vitest';
import type { Field } from '@baton/schema';
import { crmApproval } from './testing/crm-fixtures.ts';
import { approval, flow, Harness, path, pending, users } from './testing/harness.ts';

describe('start', () => {
  it('submits, records the path and waits on the first approver', () => {
    const h = new Harness(crmApproval());
    const r = h.engine.start(h.def, { initiator: 'sam', data: { amount: 20000, customer: 'ACME' } }, h.env());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.snapshot;
    expect(s).toMatchObject({ format: 1, workflow: 'crm-approval', status: 'running', revision: 1, initiator: 'sam', data: { amount: 20000, customer: 'ACME' } });
    expect(path(s)).toEqual(['start', 'manager']);
    expect(pending(s).map((t) => [t.node, t.user])).toEqual([['manager', 'mia']]);
    expect(r.effects).toEqual([{ type: 'task-created', id: 'effect-1', task: 'task-1', node: 'manager', user: 'mia' }]);
    expect(r.events.map((e) => e.type)).toEqual(['started']);
  });

  it('uses the id, title, record and patch given', () => {
    const def = flow([approval('a')], { record: { type: 'order', changeSet: { fields: ['discount'] } } });
    const s = new Harness(def).start({ id: 'req-7', title: 'Big deal', record: { id: 'o-1', owner: 'sue', values: { discount: 5 } }, patch: { discount: 20 } });
    expect(s).toMatchObject({ id: 'req-7', title: 'Big deal', record: { id: 'o-1', type: 'order', owner: 'sue', values: { discount: 5 } }, patch: { discount: 20 } });
  });

  it('fills in defaults and computes formulas', () => {
    const fields: Field[] = [
      { key: 'qty', type: 'number', label: { en: 'Qty' }, default: 2 },
      { key: 'price', type: 'money', label: { en: 'Price' } },
      { key: 'total', type: 'formula', label: { en: 'Total' }, expression: 'qty * price' },
    ];
    const s = new Harness(flow([approval('a')], { fields })).start({ data: { price: 50 } });
    expect(s.data).toEqual({ qty: 2, price: 50, total: 100 });
  });

  const refusals: Array<[string, () => ReturnType<Harness['startRefusal']>, string, string?]> = [
    ['an unknown initiator', () => new Harness(crmApproval()).startRefusal({ initiator: 'ghost' }), 'unknown-user', '/initiator'],
    ['an inactive initiator', () => new Harness(crmApproval()).startRefusal({ initiator: 'old' }), 'unknown-user'],
    ['someone not among the starters', () => new Harness(flow([approval('a')], { settings: { starters: { roles: ['finance'] } } })).startRefusal(), 'not-allowed-to-start'],
    ['an unknown field', () => new Harness(crmApproval()).startRefusal({ data: { amount: 1, colour: 'red' } }), 'invalid-data', '/data/colour'],
    ['a missing required field', () => new Harness(crmApproval()).startRefusal({ data: { customer: 'x' } }), 'invalid-data', '/data/amount'],
    ['a value of the wrong type', () => new Harness(crmApproval()).startRefusal({ data: { amount: '100' } }), 'invalid-data', '/data/amount'],
    ['data that is not an object', () => new Harness(crmApproval()).startRefusal({ data: [] as never }), 'invalid-data', '/data'],
    ['a patch on a flow without change-set', () => new Harness(crmApproval()).startRefusal({ record: { id: 'r' }, patch: { x: 1 } }), 'patch-invalid', '/patch'],
    [
      'a patch without the record',
      () => new Harness(flow([approval('a')], { record: { type: 'order', changeSet: { fields: ['discount'] } } })).startRefusal({ patch: { discount: 1 } }),
      'patch-invalid',
      '/record',
    ],
    [
      'a patch of a field outside the change-set',
      () => new Harness(flow([approval('a')], { record: { type: 'order', changeSet: { fields: ['discount'] } } })).startRefusal({ record: { id: 'o' }, patch: { price: 1 } }),
      'patch-invalid',
      '/patch/price',
    ],
    [
      'an empty patch',
      () => new Harness(flow([approval('a')], { record: { type: 'order', changeSet: { fields: ['discount'] } } })).startRefusal({ record: { id: 'o' }, patch: {} }),
      'patch-invalid',
    ],
    ['a flow without start node', () => new Harness({ ...crmApproval(), nodes: crmApproval().nodes.filter((n) => n.type !== 'start') }).startRefusal(), 'definition-broken'],
    ['an edge to a missing node', () => new Harness(flow([approval('a')], { edges: [{ from: 'start', to: 'ghost' }] })).startRefusal(), 'definition-broken'],
    ['a step with no way out', () => new Harness(flow([{ id: 'cc', type: 'cc', assignees: [users('lee')] }], { edges: [{ from: 'start', to: 'cc' }] })).startRefusal(), 'definition-broken'],
    [
      'a loop that never waits',
      () =>
        new Harness(
          flow([{ id: 'x', type: 'exclusive' }], {
            edges: [
              { from: 'start', to: 'x' },
              { from: 'x', to: 'x', default: true },
            ],
          }),
        ).startRefusal(),
      'definition-loop',
    ],
  ];
  it.each(refusals)('refuses %s', (_name, run, code, pointer) => {
    const r = run();
    expect(r.code).toBe(code);
    expect(r.command).toBe('start');
    expect(r.message.en.length).toBeGreaterThan(0);
    expect(r.message['zh-CN'].length).toBeGreaterThan(0);
    if (pointer) expect(r.pointer).toBe(pointer);
  });

  it('lets starters in by user, role or department (and its sub-departments)', () => {
    const def = (starters: object) => flow([approval('a')], { settings: { starters } });
    expect(() => new Harness(def({ users: ['sam'] })).start()).not.toThrow();
    expect(() => new Harness(def({ roles: ['finance'] })).start({ initiator: 'fay' })).not.toThrow();
    expect(() => new Harness(def({ departments: ['sales'] })).start({ initiator: 'sam' })).not.toThrow();
    expect(new Harness(def({ departments: ['finance'] })).startRefusal().code).toBe('not-allowed-to-start');
    expect(() => new Harness(def({ everyone: true })).start()).not.toThrow();
  });

  it('does not require a field that visibleWhen hides', () => {
    const fields: Field[] = [
      { key: 'amount', type: 'money', label: { en: 'Amount' }, required: true },
      { key: 'reason', type: 'text', label: { en: 'Reason' }, required: true, visibleWhen: 'amount > 1000.0' },
    ];
    const h = new Harness(flow([approval('a')], { fields }));
    expect(() => h.start({ data: { amount: 10 } })).not.toThrow();
    expect(h.startRefusal({ data: { amount: 5000 } }).pointer).toBe('/data/reason');
  });
});
