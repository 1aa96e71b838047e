// The changes the canvas and the panels emit (vue-flow's NodeChange / EdgeChange idea), and the
// pure function that applies them to a definition. The definition is the model; nothing else is.
import type { BatonForm, BatonWorkflowDefinition, Edge, Node, Settings } from '@baton/schema';

export interface Point {
  x: number;
  y: number;
}

export type DefinitionChange =
  | { type: 'add-node'; node: Node; position: Point }
  | { type: 'move-node'; id: string; position: Point }
  | { type: 'update-node'; id: string; node: Node }
  | { type: 'remove-node'; id: string }
  | { type: 'add-edge'; edge: Edge }
  | { type: 'update-edge'; key: string; edge: Edge }
  | { type: 'remove-edge'; key: string }
  | { type: 'insert-node'; edgeKey: string; node: Node; position: Point }
  | { type: 'add-subgraph'; nodes: Node[]; edges: Edge[]; positions: Record<string, Point> }
  | { type: 'set-layout'; positions: Record<string, Point> }
  | { type: 'update-form'; form: BatonForm }
  | { type: 'update-settings'; settings: Settings }
  | { type: 'update-meta'; name?: BatonWorkflowDefinition['name']; description?: BatonWorkflowDefinition['description'] };

export interface RejectedChange {
  change: DefinitionChange;
  reason: 'unknown-node' | 'unknown-edge' | 'duplicate-node' | 'duplicate-edge' | 'self-loop' | 'id-changed';
}

export interface ApplyResult {
  definition: BatonWorkflowDefinition;
  rejected: RejectedChange[];
}

/**
 * A stable key per edge: its id, or "from->to" (with "#n" for the n-th repeat of the same pair).
 * Keys are what the canvas uses as X6 edge ids.
 */
export function edgeKeys(edges: readonly Edge[]): string[] {
  const seen = new Map<string, number>();
  return edges.map((e) => {
    if (e.id) return e.id;
    const base = `${e.from}->${e.to}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

export function findEdge(def: BatonWorkflowDefinition, key: string): { edge: Edge; index: number } | undefined {
  const index = edgeKeys(def.edges).indexOf(key);
  const edge = def.edges[index];
  return edge ? { edge, index } : undefined;
}

/** Applies changes in order. A change that cannot apply is skipped and reported, never thrown. */
export function applyChanges(definition: BatonWorkflowDefinition, changes: readonly DefinitionChange[]): ApplyResult {
  let def = definition;
  const rejected: RejectedChange[] = [];
  for (const change of changes) {
    const next = applyOne(def, change);
    if (typeof next === 'string') rejected.push({ change, reason: next });
    else def = next;
  }
  return { definition: def, rejected };
}

type Outcome = BatonWorkflowDefinition | RejectedChange['reason'];

function applyOne(def: BatonWorkflowDefinition, change: DefinitionChange): Outcome {
  const has = (id: string) => def.nodes.some((n) => n.id === id);
  switch (change.type) {
    case 'add-node':
      if (has(change.node.id)) return 'duplicate-node';
      return { ...def, nodes: [...def.nodes, change.node], layout: { ...def.layout, [change.node.id]: round(change.position) } };
    case 'move-node':
      if (!has(change.id)) return 'unknown-node';
      return { ...def, layout: { ...def.layout, [change.id]: round(change.position) } };
    case 'update-node':
      if (!has(change.id)) return 'unknown-node';
      if (change.node.id !== change.id) return 'id-changed';
      return { ...def, nodes: def.nodes.map((n) => (n.id === change.id ? change.node : n)) };
    case 'remove-node':
      return removeNode(def, change.id);
    case 'add-edge': {
      const { from, to } = change.edge;
      if (!has(from) || !has(to)) return 'unknown-node';
      if (from === to) return 'self-loop';
      if (def.edges.some((e) => e.from === from && e.to === to)) return 'duplicate-edge';
      return { ...def, edges: [...def.edges, change.edge] };
    }
    case 'update-edge': {
      const found = findEdge(def, change.key);
      if (!found) return 'unknown-edge';
      if (!has(change.edge.from) || !has(change.edge.to)) return 'unknown-node';
      return { ...def, edges: def.edges.map((e, i) => (i === found.index ? change.edge : e)) };
    }
    case 'remove-edge': {
      const found = findEdge(def, change.key);
      if (!found) return 'unknown-edge';
      return { ...def, edges: def.edges.filter((_, i) => i !== found.index) };
    }
    case 'insert-node': {
      const found = findEdge(def, change.edgeKey);
      if (!found) return 'unknown-edge';
      if (has(change.node.id)) return 'duplicate-node';
      // The first half keeps the edge's condition, priority and label: the branch still decides.
      const first: Edge = { ...found.edge, to: change.node.id };
      const second: Edge = { from: change.node.id, to: found.edge.to };
      const edges = [...def.edges];
      edges.splice(found.index, 1, first, second);
      return {
        ...def,
        nodes: [...def.nodes, change.node],
        edges,
        layout: { ...def.layout, [change.node.id]: round(change.position) },
      };
    }
    case 'add-subgraph': {
      if (change.nodes.some((n) => has(n.id))) return 'duplicate-node';
      const ids = new Set([...def.nodes.map((n) => n.id), ...change.nodes.map((n) => n.id)]);
      if (change.edges.some((e) => !ids.has(e.from) || !ids.has(e.to))) return 'unknown-node';
      const layout = { ...def.layout };
      for (const [id, p] of Object.entries(change.positions)) layout[id] = round(p);
      return { ...def, nodes: [...def.nodes, ...change.nodes], edges: [...def.edges, ...change.edges], layout };
    }
    case 'set-layout': {
      const layout = { ...def.layout };
      for (const [id, p] of Object.entries(change.positions)) if (has(id)) layout[id] = round(p);
      return { ...def, layout };
    }
    case 'update-form':
      return { ...def, form: change.form };
    case 'update-settings':
      return { ...def, settings: change.settings };
    case 'update-meta': {
      const next = { ...def };
      if (change.name) next.name = change.name;
      if (change.description) next.description = change.description;
      return next;
    }
  }
}

/**
 * Removes a node, its edges and its position. A node on a plain chain (one way in, one way
 * out) is bridged: its predecessor connects to its successor, as DingTalk's designer does.
 */
function removeNode(def: BatonWorkflowDefinition, id: string): Outcome {
  if (!def.nodes.some((n) => n.id === id)) return 'unknown-node';
  const incoming = def.edges.filter((e) => e.to === id);
  const outgoing = def.edges.filter((e) => e.from === id);
  const edges = def.edges.filter((e) => e.from !== id && e.to !== id);
  const inEdge = incoming[0];
  const outEdge = outgoing[0];
  if (incoming.length === 1 && outgoing.length === 1 && inEdge && outEdge && inEdge.from !== outEdge.to) {
    const bridged: Edge = { ...inEdge, to: outEdge.to };
    if (!edges.some((e) => e.from === bridged.from && e.to === bridged.to)) {
      const before = def.edges.slice(0, def.edges.indexOf(inEdge)).filter((e) => e.from !== id && e.to !== id);
      edges.splice(before.length, 0, bridged);
    }
  }
  const layout = def.layout ? { ...def.layout } : undefined;
  if (layout) delete layout[id];
  const next: BatonWorkflowDefinition = { ...def, nodes: def.nodes.filter((n) => n.id !== id), edges };
  if (layout) next.layout = layout;
  return next;
}

function round(p: Point): Point {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}
