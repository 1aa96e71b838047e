// transfer (转交) hands a task to someone else for good; delegate (委派) asks someone else to
// handle it and hands it back to the delegator when they are done.
import type { Run } from '../runtime/run.ts';
import { assignTask, seatOf } from '../runtime/task-assignment.ts';
import type { CommandOf } from '../types/command.ts';
import type { Task } from '../types/snapshot.ts';
import { actionableTask, taskActionProblem } from './task-guards.ts';

/** Why `to` cannot take a task of this visit, if anything. */
export function targetProblem(run: Run, to: unknown, task: Task): { code: 'unknown-user' | 'self-target' | 'already-assignee'; detail?: string } | undefined {
  if (typeof to !== 'string') return { code: 'unknown-user', detail: String(to) };
  const u = run.env.directory.user(to);
  if (!u || u.active === false) return { code: 'unknown-user', detail: to };
  if (to === task.user) return { code: 'self-target' };
  if (run.tasksOf(task.act).some((t) => t.user === to && (t.status === 'pending' || t.status === 'delegated'))) return { code: 'already-assignee', detail: to };
  return undefined;
}

export function transferCommand(run: Run, cmd: CommandOf<'transfer'> | CommandOf<'delegate'>): void {
  const a = actionableTask(run.def, run.s, cmd.taskId, run.actor);
  if (!a.ok) return run.refuse(a.code, a.detail);
  const { task, node } = a;
  const problem = taskActionProblem(node, task, cmd.type);
  if (problem) return run.refuse(problem.code, problem.detail);
  const bad = targetProblem(run, cmd.to, task);
  if (bad) return run.refuse(bad.code, bad.detail, '/to');
  const act = run.activation(task.act);
  if (!act) return run.refuse('definition-broken', `task ${task.id} has no open step`);
  run.acted();
  if (cmd.type === 'transfer') {
    const { then, hold: _h, ...rest } = task;
    run.closeTask(rest, 'transferred', cmd.comment ? { comment: cmd.comment } : undefined);
    assignTask(run, node, act, { user: cmd.to, why: [`transferred by ${run.actor}`] }, {
      seat: seatOf(task),
      origin: { type: 'transferred-from', task: task.id, by: run.actor },
      then,
    });
    run.event('transferred', { actor: run.actor, node: node.id, task: task.id, detail: { to: cmd.to } });
    return;
  }
  run.closeTask(task, 'delegated', cmd.comment ? { comment: cmd.comment } : undefined);
  stripDecided(run, task.id);
  assignTask(run, node, act, { user: cmd.to, why: [`delegated by ${run.actor}; comes back to them`] }, {
    origin: { type: 'delegated-from', task: task.id, by: run.actor },
  });
  run.event('delegated', { actor: run.actor, node: node.id, task: task.id, detail: { to: cmd.to } });
}

function stripDecided(run: Run, id: string): void {
  const { decided: _d, ...rest } = run.task(id)!;
  run.putTask(rest);
}
