// Every node is reachable from the start and can reach an end; no edge closes a loop.
import { problem, type Problem } from '../problem.ts';
import type { GraphOrder } from './graph-order.ts';
import { q, qz, type WorkflowIndex } from './workflow-index.ts';

export function lintReachability(ix: WorkflowIndex, g: GraphOrder, out: Problem[]): void {
  for (const e of g.backEdges) {
    out.push(
      problem(
        `/edges/${e.index}`,
        'lint/cycle',
        `the edge from ${q(e.from)} back to ${q(e.to)} makes a loop; use a return (onReject) to go back instead`,
        `从${qz(e.from)}回到${qz(e.to)}的连线形成了环路；回退请使用退回（onReject）`,
      ),
    );
  }
  const hasEnd = ix.nodes.some((n) => n.type === 'end');
  for (const [id, n] of ix.nodeById) {
    if (g.start !== undefined && !g.reachable.has(id)) {
      out.push(
        problem(`/nodes/${n.index}`, 'lint/unreachable', `${q(id)} cannot be reached from the start`, `从发起节点无法到达${qz(id)}`),
      );
    } else if (hasEnd && !g.reachesEnd.has(id)) {
      out.push(
        problem(
          `/nodes/${n.index}`,
          'lint/dead-end',
          `no path leads from ${q(id)} to an end node; requests would get stuck there`,
          `从${qz(id)}没有通往结束节点的路径，申请会卡在这里`,
        ),
      );
    }
  }
}
