// Who may act on which task, shared by the commands (which refuse) and allowedActions (which
// lists buttons), so the buttons shown are exactly the commands that would be accepted.
import type { CompiledDefinition } from '../definition/compiled-definition.ts';
import { isAux, type TaskNode } from '../runtime/task-assignment.ts';
import type { RefusalCode } from '../types/refusal.ts';
import type { Snapshot, Task } from '../types/snapshot.ts';

export type Button = 'approve' | 'reject' | 'return' | 'complete' | 'transfer' | 'delegate' | 'add-signer' | 'remove-signer' | 'comment' | 'cc' | 'take-back';

const DEFAULT_BUTTONS: Record<TaskNode['type'], readonly Button[]> = {
  approval: ['approve', 'reject', 'return', 'transfer', 'add-signer', 'comment'],
  handler: ['complete', 'return', 'transfer', 'comment'],
};

/** Whether the node offers a button. Removing signers comes with adding them. */
export function offers(node: TaskNode, button: Button): boolean {
  const buttons = (node.buttons as readonly Button[] | undefined) ?? DEFAULT_BUTTONS[node.type];
  if (button === 'remove-signer') return buttons.includes('remove-signer') || buttons.includes('add-signer');
  return buttons.includes(button);
}

export function commentMissing(node: TaskNode, action: 'approve' | 'reject' | 'return' | 'complete', comment: string | undefined): boolean {
  const required = (node.commentRequired as readonly string[] | undefined) ?? [];
  return required.includes(action) && (comment === undefined || comment.trim() === '');
}

export type Problem = { code: RefusalCode; detail?: string };
export type Actionable = { ok: true; task: Task; node: TaskNode } | ({ ok: false } & Problem);

/** The task `actor` may act on now, or why not. */
export function actionableTask(def: CompiledDefinition, s: Snapshot, taskId: string | undefined, actor: string): Actionable {
  if (s.status !== 'running') return { ok: false, code: 'not-running', detail: s.status };
  const task = typeof taskId === 'string' ? findTask(s, taskId) : undefined;
  if (!task) return { ok: false, code: 'task-not-found', detail: String(taskId) };
  if (task.user !== actor) return { ok: false, code: 'not-assignee' };
  if (task.status === 'delegated' || (task.status === 'pending' && task.hold)) return { ok: false, code: 'task-waiting' };
  if (task.status !== 'pending') return { ok: false, code: 'already-decided', detail: task.status };
  const node = def.nodes.get(task.node);
  if (node?.type !== 'approval' && node?.type !== 'handler') return { ok: false, code: 'definition-broken', detail: `no step "${task.node}"` };
  return { ok: true, task, node };
}

export function findTask(s: Snapshot, id: string): Task | undefined {
  for (let i = s.tasks.length - 1; i >= 0; i--) if (s.tasks[i]!.id === id) return s.tasks[i];
  return undefined;
}

/** Why `actor` may not take `action` on their actionable task (beyond actionableTask), if anything. */
export function taskActionProblem(
  node: TaskNode,
  task: Task,
  action: 'approve' | 'reject' | 'complete' | 'return' | 'transfer' | 'delegate' | 'add-signer' | 'edit-fields',
): Problem | undefined {
  const aux = isAux(task);
  if (action === 'approve' || action === 'reject') {
    if (node.type !== 'approval') return { code: 'action-not-allowed', detail: 'a handler task is completed, not approved or rejected' };
    return aux || offers(node, action) ? undefined : { code: 'action-not-offered', detail: action };
  }
  if (action === 'complete') {
    if (node.type !== 'handler') return { code: 'action-not-allowed', detail: 'an approval task is approved or rejected' };
    return aux || offers(node, 'complete') ? undefined : { code: 'action-not-offered', detail: action };
  }
  if (aux) return { code: 'action-not-allowed', detail: `a ${task.origin?.type === 'delegated-from' ? 'delegate' : 'signer added before'} may only decide` };
  if (action === 'edit-fields') {
    const perms = node.fieldPermissions ?? {};
    return Object.values(perms).includes('edit') ? undefined : { code: 'field-not-editable', detail: 'this step edits no fields' };
  }
  return offers(node, action) ? undefined : { code: 'action-not-offered', detail: action };
}

/** Users who take part in the request: the initiator, anyone who had a task, readers. */
export function isParticipant(s: Snapshot, user: string): boolean {
  if (s.initiator === user) return true;
  if (s.readers?.includes(user)) return true;
  return s.tasks.some((t) => t.user === user);
}
