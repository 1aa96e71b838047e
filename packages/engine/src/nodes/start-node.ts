import { pass } from '../runtime/flow.ts';
import type { NodeKind } from './node-kind.ts';

/** Start (发起): the initiator's step; the flow goes straight on. */
export function startNodeKind(): NodeKind<'start'> {
  return { type: 'start', enter: (run, node, token) => pass(run, node.id, token.scope) };
}
