// The local shape of the graph: edges name real nodes, one start, at least one end, nothing
// enters the start or leaves an end, only branching nodes fan out, no edge is drawn twice.
// (Fan-in is decided with the fork contexts, in forks.ts.)
import { problem, type Problem } from '../problem.ts';
import { arrayOf, isJson, q, qz, type WorkflowIndex } from './workflow-index.ts';

/** Node types that may have more than one outgoing edge. */
export const BRANCHING_TYPES: ReadonlySet<string> = new Set(['exclusive', 'inclusive', 'parallel']);

export function lintGraphShape(ix: WorkflowIndex, out: Problem[]): void {
  arrayOf(ix.def.edges).forEach((e, i) => {
    if (!isJson(e)) return;
    for (const end of ['from', 'to'] as const) {
      const id = e[end];
      if (typeof id === 'string' && !ix.nodeById.has(id)) {
        out.push(
          problem(
            `/edges/${i}/${end}`,
            'lint/edge-unknown-node',
            `edge ${end === 'from' ? 'leaves' : 'enters'} node ${q(id)}, which does not exist`,
            `连线${end === 'from' ? '起点' : '终点'}节点${qz(id)}不存在`,
          ),
        );
      }
    }
  });

  const starts = ix.nodes.filter((n) => n.type === 'start');
  if (starts.length === 0 && ix.nodes.length > 0) {
    out.push(problem('/nodes', 'lint/start-count', 'the flow has no start node', '流程缺少发起节点'));
  }
  for (const extra of starts.slice(1)) {
    out.push(
      problem(
        `/nodes/${extra.index}`,
        'lint/start-count',
        `a flow has exactly one start node; ${q(extra.id)} is another`,
        `流程只能有一个发起节点，${qz(extra.id)}是多余的`,
      ),
    );
  }
  if (ix.nodes.length > 0 && !ix.nodes.some((n) => n.type === 'end')) {
    out.push(problem('/nodes', 'lint/no-end', 'the flow has no end node', '流程缺少结束节点'));
  }

  for (const [id, node] of ix.nodeById) {
    const outs = ix.outgoing.get(id) ?? [];
    if (node.type === 'start') {
      for (const e of ix.incoming.get(id) ?? []) {
        out.push(
          problem(`/edges/${e.index}/to`, 'lint/start-incoming', `no edge may enter the start node ${q(id)}`, `连线不能指向发起节点${qz(id)}`),
        );
      }
    }
    if (node.type === 'end') {
      for (const e of outs) {
        out.push(
          problem(`/edges/${e.index}/from`, 'lint/end-outgoing', `no edge may leave the end node ${q(id)}`, `结束节点${qz(id)}不能有出线`),
        );
      }
    } else if (outs.length > 1 && !BRANCHING_TYPES.has(node.type)) {
      out.push(
        problem(
          `/nodes/${node.index}`,
          'lint/too-many-outgoing',
          `${q(id)} has ${outs.length} outgoing edges; only exclusive, inclusive and parallel nodes may branch`,
          `${qz(id)}有 ${outs.length} 条出线；只有条件分支、包容分支和并行分支可以分叉`,
        ),
      );
    }
  }

  const seen = new Set<string>();
  for (const e of ix.edges) {
    const key = `${e.from}\u0000${e.to}`;
    if (seen.has(key)) {
      out.push(
        problem(`/edges/${e.index}`, 'lint/duplicate-edge', `a second edge from ${q(e.from)} to ${q(e.to)}`, `从${qz(e.from)}到${qz(e.to)}的连线重复`),
      );
    }
    seen.add(key);
  }
}
