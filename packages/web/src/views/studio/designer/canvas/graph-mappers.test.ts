// definition -> graph -> definition is the identity, for generated valid definitions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BatonWorkflowDefinition, Edge, Node } from '@baton/schema';
import { validateWorkflow } from '@baton/schema';
import { toGraph, edgeLabel } from './to-graph.ts';
import { fromGraph } from './from-graph.ts';
import { newDefinition } from '../../../../designer/new-definition.ts';

/** A valid flow: start, a chain of steps with an exclusive branch somewhere, end. */
const flows: fc.Arbitrary<BatonWorkflowDefinition> = fc
  .record({
    steps: fc.array(fc.constantFrom('approval', 'handler', 'cc', 'delay'), { minLength: 0, maxLength: 12 }),
    branchAt: fc.option(fc.nat(12), { nil: undefined }),
    positioned: fc.boolean(),
    threshold: fc.integer({ min: 1, max: 100000 }),
  })
  .map(({ steps, branchAt, positioned, threshold }) => {
    const nodes: Node[] = [{ id: 'start', type: 'start' }];
    const edges: Edge[] = [];
    let prev = 'start';
    steps.forEach((type, i) => {
      const id = `${type}_${i}`;
      if (type === 'delay') nodes.push({ id, type, duration: 'P1D' });
      else nodes.push({ id, type, assignees: [{ type: 'manager', level: 1 }] } as Node);
      edges.push({ from: prev, to: id });
      prev = id;
      if (branchAt === i) {
        nodes.push({ id: 'branch', type: 'exclusive' }, { id: 'big', type: 'approval', assignees: [{ type: 'manager-chain', to: 'top' }] }, { id: 'rejected', type: 'end', outcome: 'rejected' });
        edges.push({ from: prev, to: 'branch' });
        edges.push({ from: 'branch', to: 'big', condition: `amount > ${threshold}.0`, priority: 1, label: { en: 'Big' } });
        edges.push({ from: 'branch', to: 'rejected', default: true });
        prev = 'big';
      }
    });
    nodes.push({ id: 'end', type: 'end', outcome: 'approved' });
    edges.push({ from: prev, to: 'end' });
    const def: BatonWorkflowDefinition = {
      ...newDefinition('generated', { en: 'Generated', 'zh-CN': '生成' }),
      form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount' }, required: true }] },
      nodes,
      edges,
    };
    if (positioned) def.layout = Object.fromEntries(nodes.map((n, i) => [n.id, { x: (i % 3) * 240, y: i * 120 }]));
    else delete def.layout;
    return def;
  });

describe('to-graph / from-graph', () => {
  it('round-trips every generated valid definition exactly', () => {
    fc.assert(
      fc.property(flows, (def) => {
        expect(validateWorkflow(def).problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(fromGraph(toGraph(def), def)).toEqual(def);
      }),
      { numRuns: 200 },
    );
  });

  it('keys edges by id or endpoints, and places unpositioned nodes without overlap', () => {
    const def: BatonWorkflowDefinition = {
      ...newDefinition('f', { en: 'F', 'zh-CN': 'F' }),
      nodes: [{ id: 'start', type: 'start' }, { id: 'a', type: 'cc', assignees: [{ type: 'initiator' }] }, { id: 'end', type: 'end' }],
      edges: [{ id: 'e1', from: 'start', to: 'a' }, { from: 'a', to: 'end' }],
      layout: { start: { x: 0, y: 0 } },
    };
    const g = toGraph(def);
    expect(g.edges.map((e) => e.id)).toEqual(['e1', 'a->end']);
    expect(g.nodes.map((n) => n.data.positioned)).toEqual([true, false, false]);
    const [a, end] = [g.nodes[1]!, g.nodes[2]!];
    expect(a.y).not.toBe(end.y);
    expect(a.x).toBeGreaterThan(0);
    expect(g.nodes[0]!.ports.items.map((p) => p.id)).toEqual(['out']);
    expect(g.nodes[2]!.ports.items.map((p) => p.id)).toEqual(['in']);
    expect(fromGraph(g, def)).toEqual(def);
  });

  it('lays out a flow that has no layout at all, top to bottom, still unpositioned for the round trip', () => {
    const def = newDefinition('f', { en: 'F', 'zh-CN': 'F' });
    delete def.layout;
    const g = toGraph(def);
    expect(g.nodes[0]!.y).toBeLessThan(g.nodes[1]!.y);
    expect(g.nodes.every((n) => !n.data.positioned)).toBe(true);
    expect(fromGraph(g, def)).toEqual(def);
  });

  it('re-points a reconnected edge when reading the graph back', () => {
    const def = newDefinition('f', { en: 'F', 'zh-CN': 'F' });
    const g = toGraph(def);
    g.nodes.push({ ...g.nodes[1]!, id: 'other', data: { node: { id: 'other', type: 'end' }, positioned: true } });
    g.edges[0]!.target.cell = 'other';
    const back = fromGraph(g, def);
    expect(back.edges).toEqual([{ from: 'start', to: 'other' }]);
    expect(back.nodes.map((n) => n.id)).toEqual(['start', 'end', 'other']);
  });

  it('labels branch edges with priority, label, condition or the default word', () => {
    expect(edgeLabel({ from: 'b', to: 'x', default: true }, true, '默认', 'zh-CN')).toBe('默认');
    expect(edgeLabel({ from: 'b', to: 'x', priority: 2, label: { en: 'Big', 'zh-CN': '大额' } }, true, 'Default', 'zh-CN')).toBe('2. 大额');
    expect(edgeLabel({ from: 'b', to: 'x', condition: 'amount > 100000.0 && region == "north"' }, true, 'Default')).toBe('amount > 100000.0 && region…');
    expect(edgeLabel({ from: 'a', to: 'b' }, false, 'Default')).toBe('');
  });
});
