// Recording a decision on a task and its knock-on effects: a delegate hands the task back, a
// before-signer releases (or rejects) the task they were added to, "after" signers get their turn,
// and the visit settles.
import { settleTaskNode } from '../nodes/task-node.ts';
import { taskWithout, type Run } from '../runtime/run.ts';
import { assignTask, seatOf, startTimeouts, type TaskNode } from '../runtime/task-assignment.ts';
import type { Task } from '../types/snapshot.ts';

export type Decision = 'approved' | 'rejected' | 'completed' | 'auto-approved';

export function decide(run: Run, node: TaskNode, task: Task, decision: Decision, comment?: string, by?: string): void {
  let extra: Partial<Task> | undefined;
  if (comment) extra = { comment };
  if (by) (extra ??= {}).by = by;
  const origin = task.origin;
  if (origin?.type === 'delegated-from') {
    run.closeTask(task, 'completed', { ...extra, opinion: decision === 'rejected' ? 'reject' : 'approve' });
    run.event('task-decided', { actor: run.actor, node: node.id, task: task.id, detail: { decision: 'completed', opinion: decision } });
    const owner = run.task(origin.task);
    if (owner && owner.status === 'delegated') {
      const back = taskWithout(owner, 'decided');
      back.status = 'pending';
      run.putTask(back);
      run.effect({ type: 'task-created', task: back.id, node: back.node, user: back.user, reopened: true });
      startTimeouts(run, node, back);
    }
    return;
  }
  const then = task.then;
  run.closeTask(then ? taskWithout(task, 'then') : task, decision, extra);
  run.event('task-decided', { actor: by ?? run.actor, node: node.id, task: task.id, detail: { decision } });
  if (run.def.settings.notifications?.notifyInitiatorOnEachStep && task.user !== run.s.initiator) {
    run.effect({ type: 'notify', to: [run.s.initiator], reason: 'decided', task: task.id, node: node.id, by: by ?? task.user });
  }
  // Helpers still waiting on this task have nothing left to help with.
  for (const t of run.s.tasks) {
    if (t.act !== task.act) continue;
    const o = t.origin;
    const helper = o?.type === 'delegated-from' || (o?.type === 'added-signer' && o.position === 'before');
    if (t.status === 'pending' && helper && o.task === task.id) {
      run.closeTask(t, 'cancelled');
    }
  }
  if (origin?.type === 'added-signer' && origin.position === 'before') releaseHold(run, origin.task, decision, task.user);
  const approved = decision !== 'rejected';
  if (approved && then && then.length > 0) {
    const act = run.activation(task.act);
    if (act) {
      const [next, ...later] = then;
      assignTask(run, node, act, { user: next!.user, why: [`signer added after ${task.user} by ${next!.by}`] }, {
        seat: seatOf(task),
        origin: { type: 'added-signer', task: task.id, by: next!.by, position: 'after' },
        then: later,
      });
    }
  }
  settleTaskNode(run, node, task.act);
}

/** A before-signer decided: one hold fewer on the task they were added to, or its rejection. */
export function releaseHold(run: Run, ownerId: string, decision: Decision | 'removed', signer: string): void {
  const owner = run.task(ownerId);
  if (!owner || owner.status !== 'pending') return;
  if (decision === 'rejected') {
    for (const t of run.tasksOf(owner.act)) {
      if (t.status === 'pending' && t.origin?.type === 'added-signer' && t.origin.position === 'before' && t.origin.task === ownerId) run.closeTask(t, 'cancelled');
    }
    run.closeTask(taskWithout(owner, 'hold'), 'rejected', { by: signer });
    return;
  }
  const left = (owner.hold ?? 1) - 1;
  const next = taskWithout(owner, 'hold');
  if (left > 0) next.hold = left;
  run.putTask(next);
}
