// Creating a task for a resolved assignee, with the policies that apply at that moment:
// the initiator as assignee, out-of-office delegation, dedupe, and the node's timeouts.
import type { ApprovalNode, HandlerNode } from '@baton/schema';
import { resolveAssignees, type Candidate, type ResolveContext } from '../assignees/assignee-resolver.ts';
import { redirectAway } from '../assignees/out-of-office.ts';
import { addDuration } from '../time/duration.ts';
import type { CompiledDefinition } from '../definition/compiled-definition.ts';
import type { Directory } from '../types/env.ts';
import type { Activation, Snapshot, Task, TaskOrigin } from '../types/snapshot.ts';
import type { Run } from './run.ts';

export type TaskNode = ApprovalNode | HandlerNode;

export function resolveContextOf(def: CompiledDefinition, s: Snapshot, directory: Directory): ResolveContext {
  return { directory, initiator: s.initiator, data: s.data, fields: def.fields, recordOwner: s.record?.owner, selections: s.selections };
}

export function resolveContext(run: Run): ResolveContext {
  return resolveContextOf(run.def, run.s, run.env.directory);
}

/** The flow admins (settings.admins resolved for this request). */
export function flowAdminsOf(def: CompiledDefinition, s: Snapshot, directory: Directory): Candidate[] {
  const rules = def.settings.admins ?? [];
  if (rules.length === 0) return [];
  return resolveAssignees(resolveContextOf(def, s, directory), rules, '').candidates;
}

export function flowAdmins(run: Run): Candidate[] {
  return flowAdminsOf(run.def, run.s, run.env.directory);
}

/** Whether a user may act as an admin of this request: a flow admin or a directory admin. */
export function isAdminOf(def: CompiledDefinition, s: Snapshot, directory: Directory, user: string): boolean {
  if (directory.user(user)?.admin === true) return true;
  return flowAdminsOf(def, s, directory).some((c) => c.user === user);
}

export function isAdmin(run: Run, user: string): boolean {
  return isAdminOf(run.def, run.s, run.env.directory, user);
}

export function seatOf(t: Task): string {
  return t.seat ?? t.id;
}

/** Delegates and before-signers help a task; they hold no seat of their own. */
export function isAux(t: Task): boolean {
  const o = t.origin;
  return !!o && (o.type === 'delegated-from' || (o.type === 'added-signer' && o.position === 'before'));
}

export interface AssignOptions {
  seat?: string;
  origin?: TaskOrigin;
  then?: Task['then'];
}

/** Creates a task (pending, or auto-approved when a policy says so). */
export function assignTask(run: Run, node: TaskNode, act: Activation, c: Candidate, opts: AssignOptions = {}): Task {
  const settings = run.def.settings;
  const now = run.now;
  let user = c.user;
  let why = c.why;
  let auto: string | undefined;
  if (user === run.s.initiator && !opts.origin) {
    const policy = node.initiatorIsAssignee ?? (node.type === 'approval' ? settings.initiatorIsAssignee : undefined) ?? 'require';
    if (policy === 'auto-approve') auto = 'the initiator is the assignee: approved automatically';
    else if (policy === 'skip-to-manager') {
      const m = run.env.directory.manager(user);
      const mu = m ? run.env.directory.user(m) : undefined;
      if (m && mu && mu.active !== false) {
        why = [...why, `the initiator is the assignee -> their manager ${m}`];
        user = m;
      } else why = [...why, 'the initiator is the assignee and has no manager: stays'];
    }
  }
  if (!auto) {
    const away = redirectAway(run.env.directory, user, now);
    if (away.user !== user || away.why.length > 0) {
      user = away.user;
      why = [...why, ...away.why];
    }
    if (node.type === 'approval' && !opts.origin) auto = dedupeReason(run, user, act);
  }
  const task: Task = { id: run.id('task'), node: node.id, act: act.id, user, status: auto ? 'auto-approved' : 'pending', created: now, why: auto ? [...why, auto] : why };
  if (auto) task.decided = now;
  if (opts.seat) task.seat = opts.seat;
  if (opts.origin) task.origin = opts.origin;
  if (opts.then && opts.then.length > 0) task.then = opts.then;
  run.addTask(task);
  if (!auto) {
    run.effect({ type: 'task-created', task: task.id, node: node.id, user });
    startTimeouts(run, node, task);
  }
  return task;
}

/** Starts the node's timeout timers for a task (from now). */
export function startTimeouts(run: Run, node: TaskNode, task: Task): void {
  const rules = node.timeouts;
  if (!rules) return;
  rules.forEach((rule, i) => {
    const due = addDuration(run.now, rule.after);
    if (due) run.addTimer({ id: run.id('timer'), due, kind: 'timeout', act: task.act, task: task.id, rule: i });
  });
}

function approvedStatus(t: Task): boolean {
  return t.status === 'approved' || t.status === 'auto-approved';
}

/** Settings.dedupe: why this user's task approves itself, if it does. */
function dedupeReason(run: Run, user: string, act: Activation): string | undefined {
  const mode = run.def.settings.dedupe ?? 'none';
  if (mode === 'none') return undefined;
  const tasks = run.s.tasks;
  if (mode === 'first') {
    const earlier = tasks.find((t) => t.user === user && t.act !== act.id && approvedStatus(t) && run.def.nodes.get(t.node)?.type === 'approval');
    return earlier ? `dedupe (first): ${user} already approved at ${earlier.node}` : undefined;
  }
  const prev = previousApprovalAct(run, act);
  if (!prev) return undefined;
  const hit = tasks.find((t) => t.act === prev && t.user === user && approvedStatus(t));
  return hit ? `dedupe (consecutive): ${user} approved the step just before (${hit.node})` : undefined;
}

/** The activation of the approval step entered just before `act`. */
function previousApprovalAct(run: Run, act: Activation): string | undefined {
  const h = run.s.history;
  let i = h.length - 1;
  while (i >= 0 && h[i]!.act !== act.id) i--;
  for (i -= 1; i >= 0; i--) {
    const e = h[i]!;
    if (e.act && run.def.nodes.get(e.node)?.type === 'approval') return e.act;
  }
  return undefined;
}
