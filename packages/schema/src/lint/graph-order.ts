// Order and reachability over the edges between known nodes, all O(nodes + edges) with explicit
// stacks (no recursion, so a 1000-node chain is no risk). Loops are not drawn with edges in
// Baton: going back is what returns (onReject, the return command) are for, so an edge that
// closes a cycle is an error, and the rest of lint works on the acyclic remainder.
import type { LintEdge, WorkflowIndex } from './workflow-index.ts';

export interface GraphOrder {
  /** Known node ids in a topological order of the graph without its back edges. */
  order: string[];
  /** Edges that close a cycle. */
  backEdges: Set<LintEdge>;
  /** The first start node's id, if any. */
  start: string | undefined;
  /** Reachable from the start (following edges). */
  reachable: Set<string>;
  /** Can reach some end node. */
  reachesEnd: Set<string>;
}

export function orderGraph(ix: WorkflowIndex): GraphOrder {
  const backEdges = new Set<LintEdge>();
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: done
  const postOrder: string[] = [];
  const startNode = ix.nodes.find((n) => n.type === 'start');
  // Visit from the start first, so "back" means "against the flow the designer drew".
  const roots = [...(startNode ? [startNode.id] : []), ...ix.nodeById.keys()];
  for (const root of roots) {
    if (state.has(root)) continue;
    const stack: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const outs = ix.outgoing.get(top.id) ?? [];
      if (top.next < outs.length) {
        const e = outs[top.next++]!;
        const s = state.get(e.to);
        if (s === 1) backEdges.add(e);
        else if (s === undefined) {
          state.set(e.to, 1);
          stack.push({ id: e.to, next: 0 });
        }
      } else {
        state.set(top.id, 2);
        postOrder.push(top.id);
        stack.pop();
      }
    }
  }
  const order = postOrder.reverse();
  const reachable = new Set<string>();
  if (startNode) walk([startNode.id], reachable, (id) => (ix.outgoing.get(id) ?? []).map((e) => e.to));
  const reachesEnd = new Set<string>();
  walk(
    ix.nodes.filter((n) => n.type === 'end').map((n) => n.id),
    reachesEnd,
    (id) => (ix.incoming.get(id) ?? []).map((e) => e.from),
  );
  return { order, backEdges, start: startNode?.id, reachable, reachesEnd };
}

function walk(from: string[], seen: Set<string>, next: (id: string) => string[]): void {
  const stack = [...from];
  for (const id of from) seen.add(id);
  while (stack.length > 0) {
    for (const n of next(stack.pop()!)) {
      if (!seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
}

/** Whether `ancestor` can reach `node` by edges (used for "an earlier node on some path"). */
export function canReach(ix: WorkflowIndex, ancestor: string, node: string): boolean {
  const seen = new Set<string>([node]);
  const stack = [node];
  while (stack.length > 0) {
    for (const e of ix.incoming.get(stack.pop()!) ?? []) {
      if (e.from === ancestor) return true;
      if (!seen.has(e.from)) {
        seen.add(e.from);
        stack.push(e.from);
      }
    }
  }
  return false;
}
