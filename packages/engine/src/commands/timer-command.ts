// timer-fired: a delay ends, or a task timeout runs its action (remind, with repeats up to a
// maximum; approve or reject on the assignee's behalf; reassign; escalate to their manager).
import { resolveAssignees } from '../assignees/assignee-resolver.ts';
import type { Run } from '../runtime/run.ts';
import { assignTask, flowAdmins, resolveContext, seatOf, type TaskNode } from '../runtime/task-assignment.ts';
import { addDuration, notAfter } from '../time/duration.ts';
import type { CommandOf } from '../types/command.ts';
import type { Task, Timer } from '../types/snapshot.ts';
import { decide } from './decide.ts';

export function timerCommand(run: Run, cmd: CommandOf<'timer-fired'>): void {
  const s = run.s;
  const i = s.timers.findIndex((t) => t.id === cmd.timerId);
  const timer = s.timers[i];
  if (!timer) return run.refuse('timer-unknown', String(cmd.timerId));
  if (!notAfter(timer.due, run.now)) return run.refuse('timer-not-due', `due ${timer.due}`);
  s.timers.splice(i, 1);
  const act = run.activation(timer.act);
  const node = act ? run.def.nodes.get(act.node) : undefined;
  if (!act || !node) return run.refuse('timer-unknown', `${timer.id} belongs to no open step`);
  run.event('timer-fired', { node: node.id, ...(timer.task ? { task: timer.task } : {}), detail: { kind: timer.kind } });
  if (timer.kind === 'delay') {
    const kind = run.kinds.get(node.type);
    if (!kind?.timerFired) return run.refuse('definition-broken', `node "${node.id}" does not wait for timers`);
    return kind.timerFired(run, node, act, timer);
  }
  if (node.type !== 'approval' && node.type !== 'handler') return run.refuse('definition-broken', `node "${node.id}" has no timeouts`);
  const task = timer.task ? run.task(timer.task) : undefined;
  const rule = node.timeouts?.[timer.rule ?? -1];
  if (!task || task.status !== 'pending' || !rule) return; // the task moved on; the timer has nothing left to do
  switch (rule.action) {
    case 'remind':
      return remind(run, node, task, timer, rule.repeat);
    case 'auto-approve':
      return decide(run, node, task, node.type === 'approval' ? 'auto-approved' : 'completed', undefined, 'system');
    case 'auto-reject':
      return decide(run, node, task, 'rejected', undefined, 'system');
    case 'reassign': {
      const res = resolveAssignees(resolveContext(run), rule.to ?? [], node.id);
      const c = res.candidates.find((x) => x.user !== task.user);
      if (!c) return remind(run, node, task, timer, undefined);
      return handOver(run, node, task, c.user, [`timeout after ${rule.after}: reassigned`, ...c.why], 'reassigned-from');
    }
    case 'escalate': {
      const manager = run.env.directory.manager(task.user);
      const mu = manager ? run.env.directory.user(manager) : undefined;
      if (manager && mu && mu.active !== false && manager !== task.user) {
        return handOver(run, node, task, manager, [`timeout after ${rule.after}: escalated to ${task.user}'s manager ${manager}`], 'escalated-from');
      }
      const admin = flowAdmins(run).find((c) => c.user !== task.user);
      if (admin) return handOver(run, node, task, admin.user, [`timeout after ${rule.after}: ${task.user} has no manager -> flow admin ${admin.user}`], 'escalated-from');
      return remind(run, node, task, timer, undefined);
    }
  }
}

function remind(run: Run, node: TaskNode, task: Task, timer: Timer, repeat: { every: string; max: number } | undefined): void {
  run.effect({ type: 'notify', to: [task.user], reason: 'remind', task: task.id, node: node.id });
  const count = timer.count ?? 0;
  if (!repeat || count >= repeat.max) return;
  const due = addDuration(timer.due, repeat.every);
  if (due) run.addTimer({ id: run.id('timer'), due, kind: 'timeout', act: timer.act, task: task.id, rule: timer.rule ?? 0, count: count + 1 });
}

function handOver(run: Run, node: TaskNode, task: Task, to: string, why: string[], type: 'reassigned-from' | 'escalated-from'): void {
  const act = run.activation(task.act)!;
  const { then, hold: _h, ...rest } = task;
  run.closeTask(rest, 'transferred', { by: 'system' });
  assignTask(run, node, act, { user: to, why }, { seat: seatOf(task), origin: { type, task: task.id }, then });
  if (type === 'escalated-from') run.effect({ type: 'notify', to: [to], reason: 'escalated', task: task.id, node: node.id });
  run.event('transferred', { actor: 'system', node: node.id, task: task.id, detail: { to, reason: type } });
}
