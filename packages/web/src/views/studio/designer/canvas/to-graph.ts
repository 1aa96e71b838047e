// Definition -> X6 cell metadata (plain JSON; no X6 import, so it is testable anywhere). Node
// cards render from the store; the cells carry the node, the edge and what the canvas draws.
import type { BatonWorkflowDefinition, Edge, Node } from '@baton/schema';
import { edgeKeys, type Point } from '../../../../designer/definition-changes.ts';
import { autoLayout, NODE_SIZE } from '../../../../designer/auto-layout.ts';
import { isBranch } from '../../../../designer/node-catalog.ts';

export const NODE_SHAPE = 'baton-node';

export interface GraphNode {
  id: string;
  shape: typeof NODE_SHAPE;
  x: number;
  y: number;
  width: number;
  height: number;
  /** `positioned` is false when the definition has no layout entry for the node. */
  data: { node: Node; positioned: boolean };
  ports: { items: Array<{ id: 'in' | 'out'; group: 'in' | 'out' }> };
}

export interface GraphEdge {
  id: string;
  shape: 'edge';
  source: { cell: string; port: 'out' };
  target: { cell: string; port: 'in' };
  data: { edge: Edge; key: string; index: number };
  labels: Array<{ attrs: { label: { text: string } } }>;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface ToGraphOptions {
  /** Words for the default branch and for "otherwise", in the UI language. */
  words?: { default: string };
  locale?: 'en' | 'zh-CN';
}

export function toGraph(def: BatonWorkflowDefinition, opts: ToGraphOptions = {}): GraphModel {
  const fallback = fallbackPositions(def);
  const nodes = def.nodes.map((node): GraphNode => {
    const stored = def.layout?.[node.id];
    const p = stored ?? fallback.get(node.id) ?? { x: 0, y: 0 };
    return {
      id: node.id,
      shape: NODE_SHAPE,
      x: p.x,
      y: p.y,
      width: NODE_SIZE.width,
      height: NODE_SIZE.height,
      data: { node, positioned: stored !== undefined },
      ports: { items: portsOf(node) },
    };
  });
  const types = new Map(def.nodes.map((n) => [n.id, n.type]));
  const keys = edgeKeys(def.edges);
  const edges = def.edges.map((edge, index): GraphEdge => {
    const key = keys[index] ?? `${edge.from}->${edge.to}`;
    const text = edgeLabel(edge, isBranch(types.get(edge.from) ?? ''), opts.words?.default ?? 'Default', opts.locale ?? 'en');
    return {
      id: key,
      shape: 'edge',
      source: { cell: edge.from, port: 'out' },
      target: { cell: edge.to, port: 'in' },
      data: { edge, key, index },
      labels: text ? [{ attrs: { label: { text } } }] : [],
    };
  });
  return { nodes, edges };
}

function portsOf(node: Node): GraphNode['ports']['items'] {
  if (node.type === 'start') return [{ id: 'out', group: 'out' }];
  if (node.type === 'end') return [{ id: 'in', group: 'in' }];
  return [{ id: 'in', group: 'in' }, { id: 'out', group: 'out' }];
}

/** What an edge shows: its label, else its condition (shortened), else "Default". */
export function edgeLabel(edge: Edge, fromBranch: boolean, defaultWord: string, locale: 'en' | 'zh-CN' = 'en'): string {
  const label = edge.label?.[locale] || edge.label?.[locale === 'en' ? 'zh-CN' : 'en'];
  const prefix = fromBranch && edge.priority !== undefined ? `${edge.priority}. ` : '';
  if (edge.default) return prefix + (label || defaultWord);
  if (label) return prefix + label;
  if (edge.condition) return prefix + (edge.condition.length > 28 ? `${edge.condition.slice(0, 27)}…` : edge.condition);
  return '';
}

/**
 * Positions for nodes the layout does not place: a flow with no layout at all (a file written by
 * hand) is laid out by dagre; otherwise the unplaced nodes go in a column to the right.
 */
function fallbackPositions(def: BatonWorkflowDefinition): Map<string, Point> {
  const out = new Map<string, Point>();
  if (!def.layout || Object.keys(def.layout).length === 0) return new Map(Object.entries(autoLayout(def)));
  const placed = Object.values(def.layout ?? {});
  const right = placed.length ? Math.max(...placed.map((p) => p.x)) + NODE_SIZE.width + 80 : 0;
  let row = 0;
  for (const n of def.nodes) {
    if (def.layout?.[n.id]) continue;
    out.set(n.id, { x: right, y: row * (NODE_SIZE.height + 40) });
    row++;
  }
  return out;
}
