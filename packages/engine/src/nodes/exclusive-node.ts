import { holds } from '../definition/expressions.ts';
import { go, note } from '../runtime/flow.ts';
import type { NodeKind } from './node-kind.ts';

/** Exclusive branch (条件分支): the first edge by priority whose condition holds, else the default. */
export function exclusiveNodeKind(): NodeKind<'exclusive'> {
  return {
    type: 'exclusive',
    enter(run, node, token) {
      const edges = run.def.outgoing.get(node.id) ?? [];
      for (const edge of edges) {
        if (edge.default) {
          note(run, `default branch -> ${edge.to}`);
          return go(run, edge.to, token.scope);
        }
        if (edge.condition === undefined) return go(run, edge.to, token.scope);
        const r = holds(run, edge.condition);
        if (r.error) note(run, `condition to ${edge.to} could not be evaluated (${r.error}): not taken`);
        if (r.value) return go(run, edge.to, token.scope);
      }
      run.refuse('no-branch', node.id);
    },
  };
}
