// Conditions, defaults and priorities belong to the edges of exclusive and inclusive branches.
// Every such edge but the default needs a condition; a branch has one default (without one, a
// request whose data matches no condition has nowhere to go); priorities order the tries.
import { problem, type Problem } from '../problem.ts';
import { q, qz, type LintEdge, type WorkflowIndex } from './workflow-index.ts';

export const CONDITIONAL_TYPES: ReadonlySet<string> = new Set(['exclusive', 'inclusive']);

export function lintBranches(ix: WorkflowIndex, out: Problem[]): void {
  for (const e of ix.edges) {
    const from = ix.nodeById.get(e.from);
    if (!from || CONDITIONAL_TYPES.has(from.type)) continue;
    for (const prop of ['condition', 'default', 'priority'] as const) {
      if (e.raw[prop] === undefined || (prop === 'default' && e.raw[prop] === false)) continue;
      out.push(
        problem(
          `/edges/${e.index}/${prop}`,
          'lint/condition-not-allowed',
          `only edges leaving an exclusive or inclusive branch have a ${prop}; ${q(e.from)} is a ${from.type} node`,
          `只有条件分支或包容分支的出线才能设置 ${prop}；${qz(e.from)}是 ${from.type} 节点`,
        ),
      );
    }
  }
  for (const [id, node] of ix.nodeById) {
    if (!CONDITIONAL_TYPES.has(node.type)) continue;
    const outs = ix.outgoing.get(id) ?? [];
    const defaults = outs.filter((e) => e.raw.default === true);
    if (defaults.length === 0 && outs.length > 0) {
      out.push(
        problem(
          `/nodes/${node.index}`,
          'lint/branch-no-default',
          `branch ${q(id)} has no default edge: requests that match no condition get stuck here`,
          `分支${qz(id)}没有默认分支：不满足任何条件的申请会卡在这里`,
          'warning',
        ),
      );
    }
    for (const extra of defaults.slice(1)) {
      out.push(
        problem(
          `/edges/${extra.index}/default`,
          'lint/branch-multiple-defaults',
          `branch ${q(id)} already has a default edge (to ${q(defaults[0]!.to)})`,
          `分支${qz(id)}已有默认分支（到${qz(defaults[0]!.to)}）`,
        ),
      );
    }
    for (const e of outs) lintBranchEdge(id, e, out);
    const priorities = new Map<number, LintEdge>();
    for (const e of outs) {
      const p = e.raw.priority;
      if (typeof p !== 'number') continue;
      const first = priorities.get(p);
      if (first) {
        out.push(
          problem(
            `/edges/${e.index}/priority`,
            'lint/duplicate-priority',
            `priority ${p} is also used by the edge to ${q(first.to)} in branch ${q(id)}`,
            `优先级 ${p} 在分支${qz(id)}中已被到${qz(first.to)}的连线使用`,
          ),
        );
      } else priorities.set(p, e);
    }
  }
}

function lintBranchEdge(branch: string, e: LintEdge, out: Problem[]): void {
  const isDefault = e.raw.default === true;
  const condition = e.raw.condition;
  if (!isDefault && condition === undefined) {
    out.push(
      problem(
        `/edges/${e.index}/condition`,
        'lint/condition-missing',
        `the edge from branch ${q(branch)} to ${q(e.to)} needs a condition (or to be the default)`,
        `从分支${qz(branch)}到${qz(e.to)}的连线需要条件（或设为默认分支）`,
      ),
    );
  }
  if (isDefault && condition !== undefined) {
    out.push(
      problem(
        `/edges/${e.index}/condition`,
        'lint/default-with-condition',
        `the default edge is taken when no other condition holds; its own condition is ignored`,
        `默认分支在其他条件都不满足时走，它自己的条件不会生效`,
        'warning',
      ),
    );
  }
}
