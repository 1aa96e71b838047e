// add-signer (加签): before (they act first, then the task resumes), after (each gets a task
// once the one before approves), parallel (a new seat in the current set, counted by the mode).
// remove-signer (减签): only signers not yet decided, by whoever added them or an admin.
import { settleTaskNode } from '../nodes/task-node.ts';
import type { Run } from '../runtime/run.ts';
import { assignTask, isAdmin, seatOf, type TaskNode } from '../runtime/task-assignment.ts';
import type { CommandOf } from '../types/command.ts';
import type { Task } from '../types/snapshot.ts';
import { releaseHold } from './decide.ts';
import { targetProblem } from './reassign-commands.ts';
import { actionableTask, offers, taskActionProblem } from './task-guards.ts';

const MAX_SIGNERS = 20;

export function addSignerCommand(run: Run, cmd: CommandOf<'add-signer'>): void {
  const a = actionableTask(run.def, run.s, cmd.taskId, run.actor);
  if (!a.ok) return run.refuse(a.code, a.detail);
  const { task, node } = a;
  const problem = taskActionProblem(node, task, 'add-signer');
  if (problem) return run.refuse(problem.code, problem.detail);
  if (cmd.position !== 'before' && cmd.position !== 'after' && cmd.position !== 'parallel') {
    return run.refuse('action-not-allowed', 'position must be before, after or parallel', '/position');
  }
  const users = Array.isArray(cmd.users) ? cmd.users : [];
  if (users.length === 0 || users.length > MAX_SIGNERS) return run.refuse('users-required', `1 to ${MAX_SIGNERS} users`, '/users');
  const queued = new Set((task.then ?? []).map((x) => x.user));
  const seen = new Set<string>();
  for (let i = 0; i < users.length; i++) {
    const u = users[i];
    const bad = targetProblem(run, u, task);
    if (bad) return run.refuse(bad.code, bad.detail, `/users/${i}`);
    if (seen.has(u!) || queued.has(u!)) return run.refuse('already-assignee', u, `/users/${i}`);
    seen.add(u!);
  }
  const act = run.activation(task.act)!;
  run.acted();
  const origin = { type: 'added-signer' as const, task: task.id, by: run.actor, position: cmd.position };
  if (cmd.position === 'after') {
    run.putTask({ ...task, then: [...(task.then ?? []), ...users.map((user) => ({ user, by: run.actor }))] });
  } else {
    if (cmd.position === 'before') run.putTask({ ...task, hold: (task.hold ?? 0) + users.length });
    for (const user of users) assignTask(run, node, act, { user, why: [`signer added ${cmd.position === 'before' ? 'before' : 'in parallel with'} ${task.user} by ${run.actor}`] }, { origin });
  }
  run.event('signer-added', { actor: run.actor, node: node.id, task: task.id, detail: { users, position: cmd.position } });
}

export function removeSignerCommand(run: Run, cmd: CommandOf<'remove-signer'>): void {
  const s = run.s;
  if (s.status !== 'running') return run.refuse('not-running', s.status);
  const node = run.def.nodes.get(cmd.node);
  if (node?.type !== 'approval' && node?.type !== 'handler') return run.refuse('not-added-signer', `"${cmd.node}" is not an open step`, '/node');
  if (!offers(node, 'remove-signer')) return run.refuse('action-not-offered', 'remove-signer');
  const users = Array.isArray(cmd.users) ? cmd.users : [];
  if (users.length === 0) return run.refuse('users-required', undefined, '/users');
  const admin = isAdmin(run, run.actor);
  const open = new Set(s.active.filter((a) => a.node === node.id).map((a) => a.id));
  const plan: Array<{ user: string; task?: Task; owner?: Task }> = [];
  for (let i = 0; i < users.length; i++) {
    const user = users[i]!;
    // The user may be an added signer more than once (pending, or queued after someone).
    const options: Array<{ by: string; task?: Task; owner?: Task }> = [];
    let decided = false;
    for (const t of s.tasks) {
      if (!open.has(t.act)) continue;
      if (t.user === user && t.origin?.type === 'added-signer') {
        if (t.status === 'pending') options.push({ by: t.origin.by, task: t });
        else decided = true;
      }
      if (t.status === 'pending') for (const x of t.then ?? []) if (x.user === user) options.push({ by: x.by, owner: t });
    }
    if (options.length === 0) return run.refuse(decided ? 'signer-already-decided' : 'not-added-signer', user, `/users/${i}`);
    const mine = options.find((o) => o.by === run.actor) ?? (admin ? options[0] : undefined);
    if (!mine) return run.refuse('action-not-allowed', `only ${options[0]!.by} or an admin may remove ${user}`, `/users/${i}`);
    plan.push({ user, ...(mine.task ? { task: mine.task } : { owner: mine.owner! }) });
  }
  run.acted();
  const acts = new Set<string>();
  for (const p of plan) {
    if (p.owner) {
      const owner = run.task(p.owner.id)!;
      const then = (owner.then ?? []).filter((x) => x.user !== p.user);
      const { then: _t, ...rest } = owner;
      run.putTask(then.length > 0 ? { ...rest, then } : rest);
      acts.add(owner.act);
    } else if (p.task) {
      const t = run.task(p.task.id)!;
      const { then, ...rest } = t;
      run.closeTask(rest, 'cancelled');
      acts.add(t.act);
      const origin = t.origin;
      if (origin?.type === 'added-signer' && origin.position === 'before') releaseHold(run, origin.task, 'removed', t.user);
      if (then && then.length > 0) promoteNext(run, node, t, then);
    }
    run.event('signer-removed', { actor: run.actor, node: node.id, detail: { user: p.user } });
  }
  for (const id of acts) settleTaskNode(run, node, id);
}

/** A removed "after" signer's queue moves on to the next signer. */
function promoteNext(run: Run, node: TaskNode, removed: Task, then: NonNullable<Task['then']>): void {
  const act = run.activation(removed.act);
  if (!act) return;
  const [next, ...later] = then;
  assignTask(run, node, act, { user: next!.user, why: [`signer added by ${next!.by}`] }, {
    seat: seatOf(removed),
    origin: { type: 'added-signer', task: removed.id, by: next!.by, position: 'after' },
    then: later,
  });
}
