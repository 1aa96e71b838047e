import { describe, expect, it } from 'vitest';
import type { BatonWorkflowDefinition } from '@baton/schema';
import { pathMarks } from './simulation-path.ts';

const def = {
  key: 'k', name: { en: 'K' }, form: { fields: [] },
  nodes: [{ id: 'start', type: 'start' }, { id: 'x', type: 'exclusive' }, { id: 'boss', type: 'approval', assignees: [{ type: 'manager' }] }, { id: 'end', type: 'end' }],
  edges: [{ from: 'start', to: 'x' }, { id: 'big', from: 'x', to: 'boss', condition: 'true' }, { from: 'x', to: 'end', default: true }, { from: 'boss', to: 'end' }],
} as BatonWorkflowDefinition;

describe('pathMarks', () => {
  it('marks the nodes entered and only the edges taken between consecutive ones', () => {
    const m = pathMarks(def, ['start', 'x', 'boss', 'end']);
    expect([...m.nodes.keys()]).toEqual(['start', 'x', 'boss', 'end']);
    expect([...m.edges.keys()]).toEqual(['start->x', 'big', 'boss->end']);
  });

  it('marks nothing for an empty path (a refused start)', () => {
    const m = pathMarks(def, []);
    expect(m.nodes.size + m.edges.size).toBe(0);
  });
});
