import { describe, expect, it } from 'vitest';
import type { BatonScenario } from '@baton/schema';
import { crmApproval, ORG } from '../testing/crm-fixtures.ts';
import { approval, flow, users } from '../testing/harness.ts';
import { runScenario } from './scenario-runner.ts';

const base = (over: Partial<BatonScenario>): BatonScenario => ({ name: 'test', org: ORG, initiator: 'sam', data: { amount: 20000 }, expect: { status: 'approved' }, ...over });

describe('runScenario', () => {
  it('passes a scenario that matches', () => {
    const r = runScenario(
      crmApproval(),
      base({
        steps: [
          { as: 'mia', do: 'approve', node: 'manager' },
          { as: 'fay', do: 'approve', node: 'director', expect: 'not-assignee' },
          { as: 'dan', do: 'approve', node: 'director', comment: 'ok' },
          { as: 'mia', do: 'approve', node: 'manager', expect: 'already-decided' },
          { as: 'fay', do: 'approve', node: 'finance' },
        ],
        expect: { status: 'approved', outcome: 'approved', path: ['start', 'manager', 'amount', 'director', 'finance', 'end'], assignees: { manager: ['mia'], director: ['dan'], finance: ['fay'] }, effects: ['task-created', 'notify'], noEffects: ['apply-patch'] },
      }),
      ORG,
    );
    expect(r.mismatches).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.result.status).toBe('approved');
  });

  it('reports every mismatch', () => {
    const r = runScenario(
      crmApproval(),
      base({
        steps: [
          { as: 'mia', do: 'reject', node: 'manager' },
          { as: 'dan', do: 'approve', node: 'director', expect: 'not-assignee' },
          { as: 'dan', do: 'approve', node: 'director' },
        ],
        expect: { status: 'approved', outcome: 'approved', path: ['start', 'manager'], assignees: { manager: ['fay'] }, effects: ['apply-patch'], noEffects: ['task-created'] },
      }),
      ORG,
    );
    expect(r.ok).toBe(false);
    expect(r.mismatches.map((m) => m.what)).toEqual(['step 2', 'step 3', 'status', 'outcome', 'assignees.manager', 'effects', 'noEffects']);
    expect(r.mismatches[0]).toEqual({ what: 'step 2', expected: 'refused with not-assignee', actual: 'refused with not-running' });
    expect(r.mismatches[2]).toEqual({ what: 'status', expected: 'approved', actual: 'rejected' });
  });

  it('fails a step expected to be refused that is accepted', () => {
    const r = runScenario(crmApproval(), base({ steps: [{ as: 'mia', do: 'approve', node: 'manager', expect: 'not-assignee' }], expect: { status: 'running' } }), ORG);
    expect(r.mismatches).toEqual([{ what: 'step 1', expected: 'refused with not-assignee', actual: 'accepted' }]);
  });

  it('reports a start that is refused', () => {
    const r = runScenario(crmApproval(), base({ initiator: 'ghost' }), ORG);
    expect(r.ok).toBe(false);
    expect(r.mismatches).toEqual([{ what: 'start', expected: 'accepted', actual: 'unknown-user' }]);
  });

  it('lets time pass: due timers fire in order, each at its own time', () => {
    const def = flow([approval('a', { assignees: [users('fay')], timeouts: [{ after: 'PT4H', action: 'remind', repeat: { every: 'PT4H', max: 1 } }, { after: 'P1D', action: 'escalate' }] })]);
    const r = runScenario(def, base({ data: { amount: 1 }, steps: [{ wait: 'PT26H' }, { as: 'fin', do: 'approve', node: 'a' }], expect: { status: 'approved', assignees: { a: ['fay', 'fin'] } } }), ORG);
    expect(r.mismatches).toEqual([]);
    expect(r.result.effects.filter((e) => e.type === 'notify' && e.reason === 'remind')).toHaveLength(2);
  });

  it('answers automations, and runs every kind of person step', () => {
    const def = flow(
      [
        { id: 'upd', type: 'automation', action: { type: 'update-record', set: { stage: { value: 'review' } } } },
        approval('a', { assignees: [users('fay')], buttons: ['approve', 'reject', 'return', 'transfer', 'delegate', 'add-signer', 'remove-signer', 'take-back'], fieldPermissions: { amount: 'edit' } }),
        approval('b', { assignees: [users('lee')] }),
      ],
      { settings: { withdraw: 'until-done', admins: [users('ada')] }, record: { type: 'order', changeSet: { fields: ['discount'] } } },
    );
    const r = runScenario(
      def,
      base({
        data: { amount: 1 },
        record: { id: 'o-1', values: { discount: 0 } },
        patch: { discount: 10 },
        steps: [
          { automation: 'upd', ok: true },
          { as: 'fay', do: 'edit', node: 'a', data: { amount: 5 } },
          { as: 'sam', do: 'urge' },
          { as: 'sam', do: 'urge', expect: 'urge-too-soon' },
          { as: 'fay', do: 'comment', comment: 'looking' },
          { as: 'fay', do: 'cc', users: ['lee'] },
          { as: 'fay', do: 'add-signer', node: 'a', users: ['dan'], position: 'after' },
          { as: 'fay', do: 'remove-signer', node: 'a', users: ['dan'] },
          { as: 'fay', do: 'delegate', node: 'a', to: 'fred' },
          { as: 'fred', do: 'approve', node: 'a' },
          { as: 'fay', do: 'transfer', node: 'a', to: 'dan' },
          { as: 'dan', do: 'return', node: 'a', to: 'initiator' },
          { as: 'sam', do: 'resubmit', data: { amount: 7 } },
          { as: 'fay', do: 'approve', node: 'a' },
          { as: 'fay', do: 'take-back', node: 'a' },
          { as: 'fay', do: 'approve', node: 'a' },
          { as: 'lee', do: 'approve', node: 'b' },
        ],
        expect: { status: 'approved', effects: ['update-record', 'apply-patch', 'cc'], assignees: { a: ['fay', 'fred', 'dan', 'fay'] } },
      }),
      ORG,
    );
    expect(r.mismatches).toEqual([]);
  });

  it.each([
    [{ as: 'sam', do: 'withdraw' }, 'withdrawn'],
    [{ as: 'ada', do: 'terminate' }, 'terminated'],
    [{ as: 'mia', do: 'return', node: 'manager' }, 'returned'],
  ] as const)('%j ends %s', (step, status) => {
    const def = { ...crmApproval(), settings: { admins: [users('ada')] } };
    const r = runScenario(def, base({ steps: [step], expect: { status } }), ORG);
    expect(r.mismatches).toEqual([]);
  });
});
