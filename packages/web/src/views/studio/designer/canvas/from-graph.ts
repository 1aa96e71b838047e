// X6 cell metadata -> definition: nodes and edges in cell order, edges re-pointed at the cells
// they connect, positions of positioned nodes into `layout`. The inverse of to-graph.ts.
import type { BatonWorkflowDefinition, Edge } from '@baton/schema';
import type { GraphModel } from './to-graph.ts';

export function fromGraph(model: GraphModel, base: BatonWorkflowDefinition): BatonWorkflowDefinition {
  const nodes = model.nodes.map((c) => c.data.node);
  const edges = model.edges.map((c): Edge => ({ ...c.data.edge, from: c.source.cell, to: c.target.cell }));
  const out: BatonWorkflowDefinition = { ...base, nodes, edges };
  const positioned = model.nodes.filter((c) => c.data.positioned);
  if (positioned.length > 0 || base.layout) {
    const layout: NonNullable<BatonWorkflowDefinition['layout']> = {};
    for (const c of positioned) layout[c.id] = { x: c.x, y: c.y };
    out.layout = layout;
  } else {
    delete out.layout;
  }
  return out;
}
