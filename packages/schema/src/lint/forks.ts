// Forks and joins, and which merges are allowed. The rule:
//   - Every node carries a fork context: the stack of open parallel/inclusive forks on the paths
//     into it, each with the branch taken. Exclusive branches do not open a context.
//   - A node that is not a join may have several incoming edges only when they all bring the same
//     context, i.e. they are paths of exclusive branches merging again (allowed into any node).
//     Paths from different branches of a parallel or inclusive fork must meet in a join.
//   - A join closes the innermost fork of all its incoming paths; all of them must come from the
//     same fork, and each fork is closed by exactly one join.
//   - An end reached while a fork is still open means a fork's branch never reaches its join.
// One pass in topological order: O(nodes + edges). Documented in packages/schema/README.md.
import { problem, type Problem } from '../problem.ts';
import type { GraphOrder } from './graph-order.ts';
import { q, qz, type WorkflowIndex } from './workflow-index.ts';

interface Context {
  fork: string;
  branch: number;
  parent: Context | undefined;
  key: string;
}

const ROOT: Context = { fork: '', branch: -1, parent: undefined, key: '' };

export function lintForks(ix: WorkflowIndex, g: GraphOrder, out: Problem[]): void {
  if (g.start === undefined) return;
  const interned = new Map<string, Context>();
  const enter = (parent: Context, fork: string, branch: number): Context => {
    const key = `${parent.key}/${fork}#${branch}`;
    let c = interned.get(key);
    if (!c) interned.set(key, (c = { fork, branch, parent, key }));
    return c;
  };
  const arrivals = new Map<string, Context[]>();
  const joinOf = new Map<string, string>();
  const reportedForks = new Set<string>();
  const forkProblem = (fork: string, en: string, zh: string) => {
    if (reportedForks.has(fork)) return;
    reportedForks.add(fork);
    out.push(problem(`/nodes/${ix.nodeById.get(fork)!.index}`, 'lint/fork-not-joined', en, zh));
  };

  for (const id of g.order) {
    if (!g.reachable.has(id)) continue;
    const node = ix.nodeById.get(id)!;
    const arrived = arrivals.get(id) ?? [];
    let ctx: Context = arrived[0] ?? ROOT;
    if (node.type === 'join') {
      if (arrived.some((c) => c === ROOT)) {
        out.push(
          problem(
            `/nodes/${node.index}`,
            'lint/join-without-fork',
            `join ${q(id)} has no parallel or inclusive fork before it`,
            `汇聚节点${qz(id)}之前没有并行或包容分支`,
          ),
        );
        ctx = ROOT;
      } else {
        const forks = [...new Set(arrived.map((c) => c.fork))];
        if (forks.length > 1) {
          out.push(
            problem(
              `/nodes/${node.index}`,
              'lint/join-without-fork',
              `join ${q(id)} joins branches of different forks (${forks.map(q).join(', ')}); each fork needs its own join`,
              `汇聚节点${qz(id)}汇聚了不同分支节点（${forks.map(qz).join('、')}）的路径；每个分支需要自己的汇聚`,
            ),
          );
        }
        const fork = ctx.fork;
        const earlier = joinOf.get(fork);
        if (earlier !== undefined && earlier !== id) {
          forkProblem(
            fork,
            `the branches of fork ${q(fork)} close at different joins (${q(earlier)}, ${q(id)}); use one join`,
            `分支${qz(fork)}的路径汇聚到了不同的汇聚节点（${qz(earlier)}、${qz(id)}），请只用一个`,
          );
        } else joinOf.set(fork, id);
        ctx = ctx.parent ?? ROOT;
      }
    } else if (arrived.length > 1 && arrived.some((c) => c !== ctx)) {
      const other = arrived.find((c) => c !== ctx)!;
      const fork = deepestCommonFork(ctx, other) ?? (other.fork || ctx.fork);
      out.push(
        problem(
          `/nodes/${node.index}`,
          'lint/merge-without-join',
          `${q(id)} receives paths from different branches of fork ${q(fork)}; put a join before it`,
          `${qz(id)}接收了分支${qz(fork)}不同路径的连线，请在它之前加一个汇聚节点`,
        ),
      );
    }
    if (node.type === 'end' && ctx !== ROOT) {
      forkProblem(
        ctx.fork,
        `a path from fork ${q(ctx.fork)} reaches the end ${q(id)} without passing its join`,
        `分支${qz(ctx.fork)}的一条路径未经汇聚就到达了结束节点${qz(id)}`,
      );
    }
    const outs = (ix.outgoing.get(id) ?? []).filter((e) => !g.backEdges.has(e));
    const forks = node.type === 'parallel' || node.type === 'inclusive';
    outs.forEach((e, branch) => {
      const next = forks ? enter(ctx, id, branch) : ctx;
      const list = arrivals.get(e.to);
      if (list) list.push(next);
      else arrivals.set(e.to, [next]);
    });
  }
}

// The fork whose different branches two contexts are on (for the message).
function deepestCommonFork(a: Context, b: Context): string | undefined {
  const chain = (c: Context) => {
    const out: Context[] = [];
    for (let x: Context | undefined = c; x && x !== ROOT; x = x.parent) out.unshift(x);
    return out;
  };
  const ca = chain(a);
  const cb = chain(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    if (ca[i] !== cb[i]) return ca[i]!.fork;
  }
  return undefined;
}
