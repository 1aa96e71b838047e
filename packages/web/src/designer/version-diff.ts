// Two versions of a flow drawn as one: the later version, plus what the earlier one had and the
// later one dropped, each node and edge marked added, removed or changed; and the plain-language
// change list (renderDiff's lines).
import { diffWorkflows, renderDiff, type BatonWorkflowDefinition } from '@baton/schema';
import { edgeKeys } from './definition-changes.ts';

export type DiffMark = 'added' | 'removed' | 'changed';

export interface VersionDiff {
  /** What the canvas draws: `after` with the removed nodes and edges of `before` put back. */
  definition: BatonWorkflowDefinition;
  nodes: Map<string, DiffMark>;
  edges: Map<string, DiffMark>;
  lines: string[];
}

export function versionDiff(before: BatonWorkflowDefinition, after: BatonWorkflowDefinition, locale: 'en' | 'zh-CN'): VersionDiff {
  const changes = diffWorkflows(before, after);
  const nodes = new Map<string, DiffMark>();
  const edges = new Map<string, DiffMark>();
  for (const c of changes) {
    if (c.target.type === 'node') {
      const mark: DiffMark = c.kind === 'node-added' ? 'added' : c.kind === 'node-removed' ? 'removed' : 'changed';
      if (!nodes.has(c.target.id) || mark !== 'changed') nodes.set(c.target.id, mark);
    } else if (c.target.type === 'edge') {
      const mark: DiffMark = c.kind === 'edge-added' || c.kind === 'branch-added' ? 'added' : c.kind === 'edge-removed' || c.kind === 'branch-removed' ? 'removed' : 'changed';
      if (!edges.has(c.target.id) || mark !== 'changed') edges.set(c.target.id, mark);
    }
  }
  // Put back what was removed, where it was, so the canvas can show it struck out.
  const afterIds = new Set(after.nodes.map((n) => n.id));
  const removedNodes = before.nodes.filter((n) => !afterIds.has(n.id));
  const layout = { ...after.layout };
  for (const n of removedNodes) {
    const p = before.layout?.[n.id];
    if (p) layout[n.id] = p;
    nodes.set(n.id, 'removed');
  }
  const ids = new Set([...afterIds, ...removedNodes.map((n) => n.id)]);
  const afterKeys = new Set(edgeKeys(after.edges));
  const beforeKeys = edgeKeys(before.edges);
  const removedEdges = before.edges.filter((e, i) => !afterKeys.has(beforeKeys[i] ?? '') && ids.has(e.from) && ids.has(e.to));
  for (const e of removedEdges) edges.set(e.id ?? `${e.from}->${e.to}`, 'removed');
  const definition: BatonWorkflowDefinition = { ...after, nodes: [...after.nodes, ...removedNodes], edges: [...after.edges, ...removedEdges], layout };
  const lines = changes.length ? renderDiff(changes, 'text', locale).split('\n') : [];
  return { definition, nodes, edges, lines };
}
