import type { NodeKind } from './node-kind.ts';
import { enterTaskNode, settleTaskNode } from './task-node.ts';

/** Handler task (办理): someone does something and completes it; there is no reject. */
export function handlerNodeKind(): NodeKind<'handler'> {
  return {
    type: 'handler',
    enter: enterTaskNode,
    settle: (run, node, act) => settleTaskNode(run, node, act.id),
  };
}
