// Which canvas element a problem is about, from its JSON Pointer: "/nodes/3/..." is the 4th
// node, "/edges/2/..." the 3rd edge, "/layout/<id>" a node by id, "/form/..." the form.
import type { BatonWorkflowDefinition, Problem } from '@baton/schema';
import { edgeKeys } from './definition-changes.ts';

export type ProblemTarget =
  | { kind: 'node'; id: string }
  | { kind: 'edge'; key: string }
  | { kind: 'form'; fieldIndex?: number }
  | { kind: 'flow' };

export function problemTarget(def: BatonWorkflowDefinition, pointer: string): ProblemTarget {
  const tokens = pointer.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const [head, second, third, fourth] = tokens;
  if (head === 'nodes' && second !== undefined) {
    const node = def.nodes[Number(second)];
    if (node) return { kind: 'node', id: node.id };
  }
  if (head === 'edges' && second !== undefined) {
    const key = edgeKeys(def.edges)[Number(second)];
    if (key) return { kind: 'edge', key };
  }
  if (head === 'layout' && second !== undefined && def.nodes.some((n) => n.id === second)) return { kind: 'node', id: second };
  if (head === 'form') return third === undefined || second !== 'fields' ? { kind: 'form' } : { kind: 'form', fieldIndex: Number(third) };
  void fourth;
  return { kind: 'flow' };
}

export interface ProblemIndex {
  byNode: Map<string, Problem[]>;
  byEdge: Map<string, Problem[]>;
}

export function indexProblems(def: BatonWorkflowDefinition, problems: readonly Problem[]): ProblemIndex {
  const byNode = new Map<string, Problem[]>();
  const byEdge = new Map<string, Problem[]>();
  for (const p of problems) {
    const t = problemTarget(def, p.pointer);
    if (t.kind === 'node') byNode.set(t.id, [...(byNode.get(t.id) ?? []), p]);
    if (t.kind === 'edge') byEdge.set(t.key, [...(byEdge.get(t.key) ?? []), p]);
  }
  return { byNode, byEdge };
}
