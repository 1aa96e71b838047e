import { finish } from '../runtime/flow.ts';
import type { NodeKind } from './node-kind.ts';

/** End (结束): records its outcome; whatever else is still open is cancelled. */
export function endNodeKind(): NodeKind<'end'> {
  return {
    type: 'end',
    enter(run, node) {
      const outcome = node.outcome ?? 'approved';
      finish(run, outcome, outcome);
    },
  };
}
