import { enterHistory, go, pass } from '../runtime/flow.ts';
import { arriveAtJoin } from '../runtime/forks.ts';
import type { NodeKind } from './node-kind.ts';

/** Join (汇聚): waits for every branch its fork took, then goes on once (and is entered once). */
export function joinNodeKind(): NodeKind<'join'> {
  return {
    type: 'join',
    ownHistory: true,
    enter(run, node, token) {
      const outer = arriveAtJoin(run, token);
      if (outer === false) return;
      const scope = outer === undefined ? token.scope : outer.length > 0 ? outer : undefined;
      enterHistory(run, node.id, scope);
      const edge = run.def.outgoing.get(node.id)?.[0];
      if (!edge) return pass(run, node.id, scope);
      go(run, edge.to, scope);
    },
  };
}
