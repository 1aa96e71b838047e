import { holds } from '../definition/expressions.ts';
import { note } from '../runtime/flow.ts';
import { openFork } from '../runtime/forks.ts';
import type { NodeKind } from './node-kind.ts';

/** Inclusive branch (包容分支): every edge whose condition holds runs (the default when none does). */
export function inclusiveNodeKind(): NodeKind<'inclusive'> {
  return {
    type: 'inclusive',
    enter(run, node, token) {
      const edges = run.def.outgoing.get(node.id) ?? [];
      const taken = edges.filter((edge) => {
        if (edge.default) return false;
        if (edge.condition === undefined) return true;
        const r = holds(run, edge.condition);
        if (r.error) note(run, `condition to ${edge.to} could not be evaluated (${r.error}): not taken`);
        return r.value;
      });
      if (taken.length === 0) {
        const fallback = edges.filter((e) => e.default);
        if (fallback.length === 0) return run.refuse('no-branch', node.id);
        note(run, `no condition holds: default branch`);
        return openFork(run, node.id, token, fallback.slice(0, 1));
      }
      note(run, `branches taken: ${taken.map((e) => e.to).join(', ')}`);
      openFork(run, node.id, token, taken);
    },
  };
}
