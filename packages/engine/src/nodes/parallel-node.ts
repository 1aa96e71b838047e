import { openFork } from '../runtime/forks.ts';
import type { NodeKind } from './node-kind.ts';

/** Parallel fork (并行分支): every outgoing branch runs; a join waits for all of them. */
export function parallelNodeKind(): NodeKind<'parallel'> {
  return {
    type: 'parallel',
    enter(run, node, token) {
      const edges = run.def.outgoing.get(node.id) ?? [];
      if (edges.length === 0) return run.refuse('definition-broken', `node "${node.id}" has no outgoing edge`);
      openFork(run, node.id, token, edges);
    },
  };
}
