// Forks and joins: a fork sends one token down each branch it takes, each token tagged with its
// branch ("f3.1"); the join fires when every branch of its innermost fork has arrived.
import type { Edge } from '@baton/schema';
import { go } from './flow.ts';
import type { Run, Token } from './run.ts';

export function openFork(run: Run, nodeId: string, token: Token, edges: readonly Edge[]): void {
  run.s.seq += 1;
  const id = `f${run.s.seq}`;
  run.s.forks = [...(run.s.forks ?? []), { id, node: nodeId, branches: edges.length, arrived: [] }];
  const outer = token.scope ?? [];
  edges.forEach((edge, i) => go(run, edge.to, [...outer, `${id}.${i}`]));
}

/**
 * A token reaches a join. Returns the scope to go on with when the fork is complete, `false`
 * while branches are still to come, or `undefined` when the token is in no fork (pass through).
 */
export function arriveAtJoin(run: Run, token: Token): string[] | undefined | false {
  const scope = token.scope;
  const tag = scope?.[scope.length - 1];
  if (!scope || !tag) return undefined;
  const dot = tag.lastIndexOf('.');
  const forkId = tag.slice(0, dot);
  const branch = Number(tag.slice(dot + 1));
  const forks = run.s.forks ?? [];
  const i = forks.findIndex((f) => f.id === forkId);
  if (i < 0) return undefined;
  const fork = forks[i]!;
  const arrived = fork.arrived.includes(branch) ? fork.arrived : [...fork.arrived, branch];
  const next = forks.slice();
  if (arrived.length >= fork.branches) {
    next.splice(i, 1);
    if (next.length > 0) run.s.forks = next;
    else delete run.s.forks;
    return scope.length > 1 ? scope.slice(0, -1) : [];
  }
  next[i] = { ...fork, arrived };
  run.s.forks = next;
  return false;
}
