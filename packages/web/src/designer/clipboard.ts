// Copy and paste of a selection: the nodes, the edges among them, and their positions. Pasted
// nodes get fresh ids; a start node is never copied (a flow has exactly one).
import type { BatonWorkflowDefinition, Edge, Node } from '@baton/schema';
import type { DefinitionChange, Point } from './definition-changes.ts';
import { nextNodeId } from './node-catalog.ts';

export interface ClipboardContent {
  nodes: Node[];
  edges: Edge[];
  positions: Record<string, Point>;
}

export function copySelection(def: BatonWorkflowDefinition, ids: readonly string[]): ClipboardContent {
  const chosen = new Set(ids);
  const nodes = def.nodes.filter((n) => chosen.has(n.id) && n.type !== 'start');
  const kept = new Set(nodes.map((n) => n.id));
  const edges = def.edges.filter((e) => kept.has(e.from) && kept.has(e.to));
  const positions: Record<string, Point> = {};
  for (const n of nodes) {
    const p = def.layout?.[n.id];
    if (p) positions[n.id] = { ...p };
  }
  return structuredClone({ nodes, edges, positions });
}

/** The change that pastes clipboard content, shifted by `offset`, with fresh ids. */
export function pasteChange(def: BatonWorkflowDefinition, clip: ClipboardContent, offset: Point = { x: 40, y: 40 }): DefinitionChange | undefined {
  if (clip.nodes.length === 0) return undefined;
  const taken = new Set(def.nodes.map((n) => n.id));
  const rename = new Map<string, string>();
  const nodes = clip.nodes.map((n) => {
    const id = nextNodeId(n.type, taken);
    taken.add(id);
    rename.set(n.id, id);
    return { ...structuredClone(n), id } as Node;
  });
  const edges = clip.edges.map((e) => {
    const copy: Edge = { ...structuredClone(e), from: rename.get(e.from) ?? e.from, to: rename.get(e.to) ?? e.to };
    delete copy.id;
    return copy;
  });
  const positions: Record<string, Point> = {};
  for (const [old, id] of rename) {
    const p = clip.positions[old] ?? { x: 0, y: 0 };
    positions[id] = { x: p.x + offset.x, y: p.y + offset.y };
  }
  return { type: 'add-subgraph', nodes, edges, positions };
}
