import { describe, expect, it } from 'vitest';
import { crmApproval } from '../testing/crm-fixtures.ts';
import { approval, flow, users } from '../testing/harness.ts';
import { coverage, paths } from './paths.ts';

const a = (id: string) => approval(id, { assignees: [users('fay')] });

describe('paths', () => {
  it('lists both branches of the CRM approval', () => {
    expect(paths(crmApproval())).toEqual([
      ['start', 'manager', 'amount', 'director', 'finance', 'end'],
      ['start', 'manager', 'amount', 'finance', 'end'],
    ]);
  });

  it('walks every parallel branch, then the join once', () => {
    const def = flow([{ id: 'p', type: 'parallel' }, a('x'), a('y'), { id: 'j', type: 'join' }, { id: 'end', type: 'end' }], {
      edges: [
        { from: 'start', to: 'p' },
        { from: 'p', to: 'x' },
        { from: 'p', to: 'y' },
        { from: 'x', to: 'j' },
        { from: 'y', to: 'j' },
        { from: 'j', to: 'end' },
      ],
    });
    expect(paths(def)).toEqual([['start', 'p', 'x', 'y', 'j', 'end']]);
  });

  it('tries every non-empty set of inclusive branches, and the default', () => {
    const def = flow([{ id: 'i', type: 'inclusive' }, a('x'), a('y'), a('z'), { id: 'j', type: 'join' }, { id: 'end', type: 'end' }], {
      edges: [
        { from: 'start', to: 'i' },
        { from: 'i', to: 'x', condition: 'amount > 1.0' },
        { from: 'i', to: 'y', condition: 'amount > 2.0' },
        { from: 'i', to: 'z', default: true },
        { from: 'x', to: 'j' },
        { from: 'y', to: 'j' },
        { from: 'z', to: 'j' },
        { from: 'j', to: 'end' },
      ],
    });
    expect(paths(def).map((p) => p.slice(2, -2).join(''))).toEqual(['x', 'y', 'xy', 'z']);
  });

  it('stops at a loop instead of walking it forever', () => {
    const def = flow([a('x'), { id: 'again', type: 'exclusive' }, { id: 'end', type: 'end' }], {
      edges: [
        { from: 'start', to: 'x' },
        { from: 'x', to: 'again' },
        { from: 'again', to: 'x', condition: 'amount > 5.0' },
        { from: 'again', to: 'end', default: true },
      ],
    });
    expect(paths(def)).toEqual([['start', 'x', 'again', 'end']]);
  });

  it('returns nothing for a flow without start, and caps the count', () => {
    expect(paths({ ...crmApproval(), nodes: [] })).toEqual([]);
    expect(paths(crmApproval(), 1)).toHaveLength(1);
  });

  it('reports which paths observed runs cover, in any interleaving', () => {
    const c = coverage(crmApproval(), [['start', 'manager', 'amount', 'finance', 'end']]);
    expect(c.covered).toEqual([false, true]);
  });
});
