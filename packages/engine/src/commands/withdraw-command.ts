// withdraw (撤回): the initiator takes the request back, as settings.withdraw allows: never,
// before any assignee acted, or until it is finished. A returned request may be withdrawn unless
// the policy is "never".
import { finish } from '../runtime/flow.ts';
import type { Run } from '../runtime/run.ts';
import type { CommandOf } from '../types/command.ts';
import type { Snapshot } from '../types/snapshot.ts';
import type { CompiledDefinition } from '../definition/compiled-definition.ts';
import type { Problem } from './task-guards.ts';

export function withdrawProblem(def: CompiledDefinition, s: Snapshot, actor: string): Problem | undefined {
  if (actor !== s.initiator) return { code: 'not-initiator' };
  if (s.status !== 'running' && s.status !== 'returned') return { code: 'not-running', detail: s.status };
  const policy = def.settings.withdraw ?? 'before-first-action';
  if (policy === 'never') return { code: 'withdraw-not-allowed', detail: 'this flow never allows it' };
  if (policy === 'before-first-action' && s.status === 'running' && s.acted) return { code: 'withdraw-not-allowed', detail: 'an approver has already acted' };
  return undefined;
}

export function withdrawCommand(run: Run, cmd: CommandOf<'withdraw'>): void {
  const p = withdrawProblem(run.def, run.s, run.actor);
  if (p) return run.refuse(p.code, p.detail);
  run.event('withdrawn', { actor: run.actor, ...(cmd.comment ? { detail: { comment: cmd.comment } } : {}) });
  finish(run, 'withdrawn');
}
