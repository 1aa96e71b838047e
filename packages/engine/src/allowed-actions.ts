// The buttons a UI should show a user: exactly the commands the engine would accept from them
// now. Built from the same guards the commands use.
import { actionableTask, commentMissing, isParticipant, offers, taskActionProblem } from './commands/task-guards.ts';
import { takeBackProblem } from './commands/take-back-command.ts';
import { nextUrgeAt, urgeProblem } from './commands/social-commands.ts';
import { withdrawProblem } from './commands/withdraw-command.ts';
import type { CompiledDefinition } from './definition/compiled-definition.ts';
import { previousStep, returnTargetProblem } from './nodes/task-node.ts';
import { isAdminOf } from './runtime/task-assignment.ts';
import type { Directory } from './types/env.ts';
import type { Snapshot } from './types/snapshot.ts';

export type Action =
  | { action: 'approve' | 'reject' | 'complete'; taskId: string; commentRequired?: true }
  | { action: 'transfer' | 'delegate' | 'add-signer' | 'take-back'; taskId: string }
  | { action: 'return'; taskId: string; targets: string[]; commentRequired?: true }
  | { action: 'edit-fields'; taskId: string; fields: string[] }
  | { action: 'remove-signer'; node: string; users: string[] }
  | { action: 'urge'; notBefore?: string }
  | { action: 'withdraw' | 'resubmit' | 'comment' | 'cc' | 'terminate' };

export interface ActionContext {
  /** The current time: without it, urge is listed with `notBefore` instead of being checked. */
  now?: string;
  /** The org directory: without it, only admins named as users are recognised. */
  directory?: Directory;
}

const TASK_BUTTONS = ['approve', 'reject', 'complete', 'return', 'transfer', 'delegate', 'add-signer', 'edit-fields'] as const;

export function allowedActionsOf(def: CompiledDefinition, s: Snapshot, user: string, context: ActionContext = {}): Action[] {
  const out: Action[] = [];
  const admin = context.directory ? isAdminOf(def, s, context.directory, user) : namedAdmin(def, user);
  if (s.status === 'running') {
    for (const task of s.tasks) {
      if (task.user !== user || task.status !== 'pending') continue;
      const a = actionableTask(def, s, task.id, user);
      if (!a.ok) continue;
      for (const action of TASK_BUTTONS) {
        if (taskActionProblem(a.node, task, action)) continue;
        if (action === 'return') {
          const act = s.active.find((x) => x.id === task.act);
          if (!act) continue;
          const view = { def, s };
          const nodes = [...new Set(s.history.map((h) => h.node))].filter((n) => returnTargetProblem(view, act, n) === undefined);
          const targets = ['initiator', ...(previousStep(view, act) ? ['previous'] : []), ...nodes];
          out.push(commentMissing(a.node, 'return', undefined) ? { action, taskId: task.id, targets, commentRequired: true } : { action, taskId: task.id, targets });
        } else if (action === 'edit-fields') {
          const fields = Object.entries(a.node.fieldPermissions ?? {}).filter(([k, p]) => p === 'edit' && def.fields.get(k)?.type !== 'formula').map(([k]) => k);
          if (fields.length > 0) out.push({ action, taskId: task.id, fields });
        } else if (action === 'approve' || action === 'reject' || action === 'complete') {
          out.push(commentMissing(a.node, action, undefined) ? { action, taskId: task.id, commentRequired: true } : { action, taskId: task.id });
        } else out.push({ action, taskId: task.id });
      }
    }
    const undone = s.undo ? s.tasks.find((t) => t.id === s.undo!.task) : undefined;
    if (undone && undone.user === user && !takeBackProblem(def, s, undone.id, user)) out.push({ action: 'take-back', taskId: undone.id });
    out.push(...removableSigners(def, s, user, admin));
    const urge = urgeProblem(def, s, user, context.now ?? s.updated);
    if (!urge || (urge.code === 'urge-too-soon' && context.now === undefined)) {
      const next = nextUrgeAt(def, s);
      out.push(context.now === undefined && next ? { action: 'urge', notBefore: next } : { action: 'urge' });
    }
  }
  if (s.status === 'returned' && user === s.initiator) out.push({ action: 'resubmit' });
  if (!withdrawProblem(def, s, user)) out.push({ action: 'withdraw' });
  if (isParticipant(s, user) || admin) out.push({ action: 'comment' }, { action: 'cc' });
  if (admin && (s.status === 'running' || s.status === 'returned')) out.push({ action: 'terminate' });
  return out;
}

function removableSigners(def: CompiledDefinition, s: Snapshot, user: string, admin: boolean): Action[] {
  const byNode = new Map<string, string[]>();
  for (const act of s.active) {
    const node = def.nodes.get(act.node);
    if ((node?.type !== 'approval' && node?.type !== 'handler') || !offers(node, 'remove-signer')) continue;
    const users = byNode.get(node.id) ?? [];
    for (const t of s.tasks) {
      if (t.act !== act.id || t.status !== 'pending') continue;
      if (t.origin?.type === 'added-signer' && (t.origin.by === user || admin) && !users.includes(t.user)) users.push(t.user);
      for (const x of t.then ?? []) if ((x.by === user || admin) && !users.includes(x.user)) users.push(x.user);
    }
    if (users.length > 0) byNode.set(node.id, users);
  }
  return [...byNode].map(([node, users]) => ({ action: 'remove-signer' as const, node, users }));
}

function namedAdmin(def: CompiledDefinition, user: string): boolean {
  return (def.settings.admins ?? []).some((r) => r.type === 'users' && r.users.includes(user));
}
