import { describe, expect, it } from 'vitest';
import type { BatonWorkflowDefinition } from '@baton/schema';
import { applyChanges, edgeKeys } from './definition-changes.ts';
import { newDefinition } from './new-definition.ts';
import { NODE_KINDS, nextNodeId } from './node-catalog.ts';
import { copySelection, pasteChange } from './clipboard.ts';
import { autoLayout } from './auto-layout.ts';

const base = (): BatonWorkflowDefinition => newDefinition('discount', { en: 'Discount', 'zh-CN': '折扣' });
const approval = (id: string) => ({ id, type: 'approval' as const, assignees: [{ type: 'manager' as const, level: 1 }] });

describe('applyChanges', () => {
  it('inserts a node on an edge, keeping the condition on the first half', () => {
    const def = { ...base(), edges: [{ from: 'start', to: 'end', condition: 'true', priority: 1 }] };
    const { definition, rejected } = applyChanges(def, [{ type: 'insert-node', edgeKey: 'start->end', node: approval('a'), position: { x: 10.4, y: 99.6 } }]);
    expect(rejected).toEqual([]);
    expect(definition.edges).toEqual([
      { from: 'start', to: 'a', condition: 'true', priority: 1 },
      { from: 'a', to: 'end' },
    ]);
    expect(definition.layout?.a).toEqual({ x: 10, y: 100 });
    expect(def.edges).toHaveLength(1); // the input is not mutated
  });

  it('bridges a removed chain node and drops its position', () => {
    const { definition: withA } = applyChanges(base(), [{ type: 'insert-node', edgeKey: 'start->end', node: approval('a'), position: { x: 0, y: 100 } }]);
    const { definition } = applyChanges(withA, [{ type: 'remove-node', id: 'a' }]);
    expect(definition.nodes.map((n) => n.id)).toEqual(['start', 'end']);
    expect(definition.edges).toEqual([{ from: 'start', to: 'end' }]);
    expect(definition.layout).not.toHaveProperty('a');
  });

  it('removes a branch node with all its edges without bridging', () => {
    const def: BatonWorkflowDefinition = {
      ...base(),
      nodes: [...base().nodes, { id: 'x', type: 'exclusive' }, approval('a')],
      edges: [{ from: 'start', to: 'x' }, { from: 'x', to: 'a', condition: 'true' }, { from: 'x', to: 'end', default: true }, { from: 'a', to: 'end' }],
    };
    const { definition } = applyChanges(def, [{ type: 'remove-node', id: 'x' }]);
    expect(definition.edges).toEqual([{ from: 'a', to: 'end' }]);
  });

  it('reports changes that cannot apply as values and applies the rest', () => {
    const changes = [
      { type: 'add-node', node: { id: 'start', type: 'end' }, position: { x: 0, y: 0 } },
      { type: 'add-edge', edge: { from: 'start', to: 'ghost' } },
      { type: 'add-edge', edge: { from: 'start', to: 'start' } },
      { type: 'add-edge', edge: { from: 'start', to: 'end' } },
      { type: 'move-node', id: 'ghost', position: { x: 1, y: 1 } },
      { type: 'update-node', id: 'end', node: { id: 'other', type: 'end' } },
      { type: 'remove-edge', key: 'nope' },
      { type: 'move-node', id: 'end', position: { x: 5, y: 500 } },
    ] as const;
    const { definition, rejected } = applyChanges(base(), changes);
    expect(rejected.map((r) => r.reason)).toEqual(['duplicate-node', 'unknown-node', 'self-loop', 'duplicate-edge', 'unknown-node', 'id-changed', 'unknown-edge']);
    expect(definition.layout?.end).toEqual({ x: 5, y: 500 });
  });

  it('keys repeated edges apart', () => {
    expect(edgeKeys([{ from: 'a', to: 'b' }, { from: 'a', to: 'b' }, { id: 'e9', from: 'a', to: 'b' }])).toEqual(['a->b', 'a->b#2', 'e9']);
  });
});

describe('node catalog', () => {
  it('offers every node type of the language, each creating a node of its type', () => {
    expect(NODE_KINDS.map((k) => k.type).sort()).toEqual(
      ['approval', 'automation', 'cc', 'delay', 'end', 'exclusive', 'handler', 'inclusive', 'join', 'parallel', 'start', 'subflow'],
    );
    for (const k of NODE_KINDS) expect(k.create('n1')).toMatchObject({ id: 'n1', type: k.type });
  });

  it('finds the next free id', () => {
    expect(nextNodeId('approval', ['approval_1', 'approval_3'])).toBe('approval_2');
  });
});

describe('clipboard', () => {
  it('pastes copies with fresh ids, their inner edges and shifted positions; never a start node', () => {
    const { definition: def } = applyChanges(base(), [
      { type: 'insert-node', edgeKey: 'start->end', node: approval('approval_1'), position: { x: 0, y: 100 } },
    ]);
    const clip = copySelection(def, ['start', 'approval_1', 'end']);
    expect(clip.nodes.map((n) => n.id)).toEqual(['end', 'approval_1']);
    const change = pasteChange(def, clip);
    const { definition, rejected } = applyChanges(def, change ? [change] : []);
    expect(rejected).toEqual([]);
    expect(definition.nodes.map((n) => n.id)).toEqual(['start', 'end', 'approval_1', 'end_1', 'approval_2']);
    expect(definition.edges.at(-1)).toEqual({ from: 'approval_2', to: 'end_1' });
    expect(definition.layout?.approval_2).toEqual({ x: 40, y: 140 });
    expect(pasteChange(def, { nodes: [], edges: [], positions: {} })).toBeUndefined();
  });
});

describe('autoLayout', () => {
  it('ranks a chain top to bottom', () => {
    const { definition } = applyChanges(base(), [{ type: 'insert-node', edgeKey: 'start->end', node: approval('a'), position: { x: 0, y: 0 } }]);
    const p = autoLayout(definition);
    expect(p.start!.y).toBeLessThan(p.a!.y);
    expect(p.a!.y).toBeLessThan(p.end!.y);
    expect(p.start!.x).toBe(p.end!.x);
  });
});
