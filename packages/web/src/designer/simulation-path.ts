// The canvas marks of a simulated run: the nodes it entered and the edges it took between them.
import type { BatonWorkflowDefinition } from '@baton/schema';
import { edgeKeys } from './definition-changes.ts';

export function pathMarks(def: BatonWorkflowDefinition, path: readonly string[]): { nodes: Map<string, 'path'>; edges: Map<string, 'path'> } {
  const nodes = new Map(path.map((id) => [id, 'path' as const]));
  const taken = new Set<string>();
  for (let i = 1; i < path.length; i++) taken.add(`${path[i - 1]}\u0000${path[i]}`);
  const keys = edgeKeys(def.edges);
  const edges = new Map<string, 'path'>();
  def.edges.forEach((e, i) => {
    const key = keys[i];
    if (key && taken.has(`${e.from}\u0000${e.to}`)) edges.set(key, 'path');
  });
  return { nodes, edges };
}
