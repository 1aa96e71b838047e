import type { NodeKind } from './node-kind.ts';
import { enterTaskNode, settleTaskNode } from './task-node.ts';

/** Approval (审批): sequential (依次), all (会签), any (或签) or vote (票签) over the resolved assignees. */
export function approvalNodeKind(): NodeKind<'approval'> {
  return {
    type: 'approval',
    enter: enterTaskNode,
    settle: (run, node, act) => settleTaskNode(run, node, act.id),
  };
}
