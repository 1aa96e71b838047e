// A node kind: what happens when a token reaches a node of that type, and how a waiting visit
// reacts to its tasks, timer or effect result. Kinds live in a registry per engine instance.
import type { Node } from '@baton/schema';
import type { Command } from '../types/command.ts';
import type { Activation, Timer } from '../types/snapshot.ts';
import type { Run, Token } from '../runtime/run.ts';

export type NodeType = Node['type'];
export type NodeOf<T extends NodeType> = Extract<Node, { type: T }>;

export interface NodeKind<T extends NodeType = NodeType> {
  readonly type: T;
  /** The node records its own history entry (a join records one when it fires, not per branch). */
  readonly ownHistory?: boolean;
  /** A token reaches the node: do its work, then wait (keep an activation) or pass the token on. */
  enter(run: Run, node: NodeOf<T>, token: Token): void;
  /** Re-evaluates a waiting visit after one of its tasks changed (task nodes). */
  settle?(run: Run, node: NodeOf<T>, act: Activation): void;
  /** The visit's own timer fired (delay). */
  timerFired?(run: Run, node: NodeOf<T>, act: Activation, timer: Timer): void;
  /** The effect the visit waits for answered (automation, subflow). */
  resultArrived?(run: Run, node: NodeOf<T>, act: Activation, command: Extract<Command, { type: 'automation-result' | 'subflow-finished' }>): void;
}

// The registry stores kinds of every type side by side; lookups cast back by type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyNodeKind = NodeKind<any>;
export type NodeKinds = ReadonlyMap<string, AnyNodeKind>;

/** A registry of node kinds; later kinds replace earlier ones of the same type. */
export function createNodeRegistry(kinds: readonly AnyNodeKind[]): NodeKinds {
  const map = new Map<string, AnyNodeKind>();
  for (const k of kinds) map.set(k.type, k);
  return map;
}
