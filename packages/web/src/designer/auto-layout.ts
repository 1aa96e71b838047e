// Auto-layout with dagre: top-to-bottom ranks, the way approval flows are read. Pure: positions
// out, nothing moved; the caller turns them into a `set-layout` change.
import dagre from '@dagrejs/dagre';
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { Point } from './definition-changes.ts';

export const NODE_SIZE = { width: 200, height: 64 } as const;

export interface LayoutOptions {
  rankSep?: number;
  nodeSep?: number;
}

/** Top-left positions for every node, keyed by node id. */
export function autoLayout(def: Pick<BatonWorkflowDefinition, 'nodes' | 'edges'>, opts: LayoutOptions = {}): Record<string, Point> {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', ranksep: opts.rankSep ?? 56, nodesep: opts.nodeSep ?? 48 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of def.nodes) g.setNode(n.id, { width: NODE_SIZE.width, height: NODE_SIZE.height });
  for (const e of def.edges) if (g.hasNode(e.from) && g.hasNode(e.to)) g.setEdge(e.from, e.to);
  dagre.layout(g);
  const out: Record<string, Point> = {};
  for (const n of def.nodes) {
    const p = g.node(n.id) as { x: number; y: number } | undefined;
    if (p) out[n.id] = { x: Math.round(p.x - NODE_SIZE.width / 2), y: Math.round(p.y - NODE_SIZE.height / 2) };
  }
  return out;
}
