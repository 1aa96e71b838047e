// take back (取回): the last decider undoes their decision while the next step has not acted.
// Every other command clears the undo record (comments, urges and CCs excepted), so "the next
// step has no decision yet" holds whenever the record is there.
import type { Run } from '../runtime/run.ts';
import type { CommandOf } from '../types/command.ts';
import type { Snapshot } from '../types/snapshot.ts';
import type { CompiledDefinition } from '../definition/compiled-definition.ts';
import { findTask, offers, type Problem } from './task-guards.ts';

export function takeBackProblem(def: CompiledDefinition, s: Snapshot, taskId: string, actor: string): Problem | undefined {
  if (s.status !== 'running') return { code: 'not-running', detail: s.status };
  const task = findTask(s, taskId);
  if (!task) return { code: 'task-not-found', detail: taskId };
  if (task.user !== actor) return { code: 'not-assignee' };
  const node = def.nodes.get(task.node);
  if (node?.type !== 'approval' && node?.type !== 'handler') return { code: 'definition-broken', detail: task.node };
  if (!offers(node, 'take-back')) return { code: 'action-not-offered', detail: 'take-back' };
  if (s.undo?.task !== taskId) return { code: 'take-back-not-allowed', detail: task.status === 'pending' ? 'nothing to take back' : 'the next step has acted' };
  return undefined;
}

export function takeBackCommand(run: Run, cmd: CommandOf<'take-back'>): void {
  const p = takeBackProblem(run.def, run.base, cmd.taskId, run.actor);
  if (p) return run.refuse(p.code, p.detail);
  const s = run.s;
  const undo = run.base.undo!;
  const prev = new Map(undo.tasks.map((t) => [t.id, t]));
  const created = new Set(undo.created);
  for (const t of s.tasks.slice()) {
    const before = prev.get(t.id);
    if (before) {
      run.putTask(before);
      if (before.status === 'pending' && t.status !== 'pending') {
        run.effect({ type: 'task-created', task: before.id, node: before.node, user: before.user, reopened: true });
      }
    } else if (created.has(t.id) && (t.status === 'pending' || t.status === 'delegated')) {
      run.closeTask(t, 'cancelled');
    }
  }
  const openBefore = new Set(undo.active.map((a) => a.id));
  run.removeTimers((t) => (t.task !== undefined && created.has(t.task)) || !openBefore.has(t.act));
  for (const t of undo.timers) {
    const owner = t.task ? run.task(t.task) : undefined;
    if (owner && owner.status !== 'pending') continue;
    run.addTimer(t);
  }
  s.active = undo.active.slice();
  if (undo.forks) s.forks = undo.forks;
  else delete s.forks;
  delete s.undo;
  const task = run.task(cmd.taskId)!;
  run.event('taken-back', { actor: run.actor, node: task.node, task: task.id });
}
