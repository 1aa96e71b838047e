import { approvalNodeKind } from './approval-node.ts';
import { automationNodeKind } from './automation-node.ts';
import { ccNodeKind } from './cc-node.ts';
import { delayNodeKind } from './delay-node.ts';
import { endNodeKind } from './end-node.ts';
import { exclusiveNodeKind } from './exclusive-node.ts';
import { handlerNodeKind } from './handler-node.ts';
import { inclusiveNodeKind } from './inclusive-node.ts';
import { joinNodeKind } from './join-node.ts';
import type { AnyNodeKind } from './node-kind.ts';
import { parallelNodeKind } from './parallel-node.ts';
import { startNodeKind } from './start-node.ts';
import { subflowNodeKind } from './subflow-node.ts';

/** Fresh instances of every built-in node kind (each engine gets its own). */
export function defaultNodeKinds(): AnyNodeKind[] {
  return [
    startNodeKind(),
    approvalNodeKind(),
    handlerNodeKind(),
    ccNodeKind(),
    exclusiveNodeKind(),
    inclusiveNodeKind(),
    parallelNodeKind(),
    joinNodeKind(),
    delayNodeKind(),
    automationNodeKind(),
    subflowNodeKind(),
    endNodeKind(),
  ];
}
