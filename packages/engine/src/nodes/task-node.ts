// What approval and handler nodes share: resolving assignees into tasks per mode, and settling
// a visit when its tasks change. A seat is one vote: transfers and "after" signers keep the seat,
// parallel signers add seats, delegates and before-signers help a seat without holding one.
import { resolveAssignees, type Candidate } from '../assignees/assignee-resolver.ts';
import { closeActivation, finish, go, markEntry, note, pass, returnToInitiator, sameScope } from '../runtime/flow.ts';
import type { Run, Token } from '../runtime/run.ts';
import { assignTask, flowAdmins, isAux, resolveContext, seatOf, type TaskNode } from '../runtime/task-assignment.ts';
import type { CompiledDefinition } from '../definition/compiled-definition.ts';
import type { Activation, Snapshot, Task } from '../types/snapshot.ts';

export function enterTaskNode(run: Run, node: TaskNode, token: Token): void {
  const act = run.activate(node.id, token.scope);
  markEntry(run, act);
  const res = resolveAssignees(resolveContext(run), node.assignees, node.id);
  if (res.notes.length > 0) note(run, ...res.notes);
  if (res.missingSelection) {
    const selector = res.missingSelection === 'initiator-selects' ? run.command === 'start' : run.command === 'approve' || run.command === 'complete';
    if (selector) return run.refuse('selection-required', node.id, `/selections/${node.id}`);
  }
  let list: Candidate[] = res.candidates;
  if (list.length === 0) {
    const policy = node.emptyAssignees ?? run.def.settings.emptyAssignees ?? 'admin';
    if (policy === 'reject') {
      note(run, 'no assignee found', 'empty-assignee policy: reject');
      run.removeActivation(act.id);
      return finish(run, 'rejected', 'rejected');
    }
    if (policy === 'admin') {
      list = flowAdmins(run).map((c) => ({ user: c.user, why: ['no assignee found', 'empty-assignee policy: flow admin', ...c.why] }));
      if (list.length === 0) note(run, 'no assignee found', 'empty-assignee policy: admin, but the flow has no admin: approved automatically');
    } else note(run, 'no assignee found', 'empty-assignee policy: approved automatically');
    if (list.length === 0) {
      run.removeActivation(act.id);
      run.event('node-completed', { node: node.id, detail: { outcome: 'approved', auto: true } });
      return pass(run, node.id, token.scope);
    }
  }
  if (node.mode === 'sequential' || res.chain) {
    run.putActivation({ ...act, queue: list.slice(1) });
    assignTask(run, node, run.activation(act.id)!, list[0]!);
  } else {
    for (const c of list) assignTask(run, node, act, c);
  }
  settleTaskNode(run, node, act.id);
}

type Verdict = 'wait' | 'pass' | 'fail' | 'next';

/** Counts the seats of a visit: the latest non-cancelled task of each seat decides it. */
export function seatCounts(tasks: readonly Task[]): { pending: number; approved: number; rejected: number; total: number } {
  if (tasks.length === 1 && !isAux(tasks[0]!)) {
    const st = tasks[0]!.status;
    if (st === 'pending' || st === 'delegated') return { pending: 1, approved: 0, rejected: 0, total: 1 };
    if (st === 'approved' || st === 'auto-approved' || st === 'completed') return { pending: 0, approved: 1, rejected: 0, total: 1 };
    if (st === 'rejected' || st === 'returned') return { pending: 0, approved: 0, rejected: 1, total: 1 };
  }
  const latest = new Map<string, Task>();
  for (const t of tasks) {
    if (isAux(t) || t.status === 'cancelled') continue;
    latest.set(seatOf(t), t);
  }
  let pending = 0;
  let approved = 0;
  let rejected = 0;
  for (const t of latest.values()) {
    if (t.status === 'pending' || t.status === 'delegated') pending++;
    else if (t.status === 'approved' || t.status === 'auto-approved' || t.status === 'completed') approved++;
    else if (t.status === 'rejected' || t.status === 'returned') rejected++;
  }
  return { pending, approved, rejected, total: latest.size };
}

function verdict(node: TaskNode, act: Activation, c: ReturnType<typeof seatCounts>): Verdict {
  const mode = act.queue ? 'sequential' : (node.mode ?? 'any');
  if (mode === 'any') return c.approved > 0 ? 'pass' : c.rejected > 0 ? 'fail' : c.pending > 0 ? 'wait' : 'pass';
  if (mode === 'vote' && node.type === 'approval') {
    const ratio = node.passRatio ?? 1;
    if (c.total === 0) return 'pass';
    if (c.approved / c.total >= ratio - 1e-9) return 'pass';
    if ((c.approved + c.pending) / c.total < ratio - 1e-9) return 'fail';
    return 'wait';
  }
  if (c.rejected > 0) return 'fail';
  if (c.pending > 0) return 'wait';
  return act.queue && act.queue.length > 0 ? 'next' : 'pass';
}

/** Re-evaluates a visit: the next sequential assignee, passing on, or the reject behaviour. */
export function settleTaskNode(run: Run, node: TaskNode, actId: string): void {
  for (;;) {
    if (run.refusal) return;
    const act = run.activation(actId);
    if (!act) return;
    const v = verdict(node, act, seatCounts(run.tasksOf(actId)));
    if (v === 'wait') return;
    if (v === 'next') {
      const [first, ...rest] = act.queue!;
      run.putActivation({ ...act, queue: rest });
      assignTask(run, node, run.activation(actId)!, first!);
      continue;
    }
    closeActivation(run, act);
    run.event('node-completed', { node: node.id, detail: { outcome: v === 'pass' ? 'approved' : 'rejected' } });
    if (v === 'pass') return pass(run, node.id, act.scope);
    return onReject(run, node, act);
  }
}

function onReject(run: Run, node: TaskNode, act: Activation): void {
  const rule = node.type === 'approval' ? node.onReject : undefined;
  const to = rule?.to ?? 'end';
  if (to === 'end') return finish(run, 'rejected', 'rejected');
  if (to === 'initiator') return returnToInitiator(run, undefined, act);
  const target = to === 'previous' ? previousStep(run, act) : rule?.node;
  if (to === 'previous' && !target) return returnToInitiator(run, undefined, act);
  if (target && returnTargetProblem(run, act, target) === undefined) return go(run, target, act.scope);
  run.event('node-completed', { node: node.id, detail: { note: `cannot go back to ${target ?? '?'}: rejected` } });
  finish(run, 'rejected', 'rejected');
}

/** What the step helpers read: the definition and the snapshot (a Run is one). */
export interface View {
  readonly def: CompiledDefinition;
  readonly s: Snapshot;
}

/** The approval or handler step entered before this visit, in the same branch. */
export function previousStep(run: View, act: Activation): string | undefined {
  const h = run.s.history;
  let i = h.length - 1;
  while (i >= 0 && h[i]!.act !== act.id) i--;
  for (i -= 1; i >= 0; i--) {
    const e = h[i]!;
    if (!sameScope(e.scope, act.scope)) continue;
    const n = run.def.nodes.get(e.node);
    if (e.act && (n?.type === 'approval' || n?.type === 'handler') && e.node !== act.node) return e.node;
  }
  return undefined;
}

/** Why a visit cannot be sent back to `target`, or undefined when it can. */
export function returnTargetProblem(run: View, act: Activation, target: string): string | undefined {
  const n = run.def.nodes.get(target);
  if (!n) return `there is no node "${target}"`;
  if (n.type !== 'approval' && n.type !== 'handler') return `"${target}" is not an approval or handler step`;
  if (target === act.node) return `"${target}" is the current step`;
  const h = run.s.history;
  let i = h.length - 1;
  while (i >= 0 && h[i]!.act !== act.id) i--;
  for (i -= 1; i >= 0; i--) {
    const e = h[i]!;
    if (e.node === target && e.act && sameScope(e.scope, act.scope)) return undefined;
  }
  return `"${target}" has not run before this step in this branch`;
}
