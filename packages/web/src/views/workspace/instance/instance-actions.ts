// Pure helpers of the instance page: the buttons to draw (exactly the allowed actions, in a
// stable order), what each dialog asks for, the command it sends, and the form permissions the
// caller has now. No UI here, so it is tested without a browser.
import type { FieldPermissions } from '@baton/schema';
import type { Action, CommandBody, InstanceCommand, InstanceDetail, TaskCommand } from '../../../api/instances.ts';

export type ButtonKind = Exclude<Action['action'], 'edit-fields'>;

export interface ActionButton {
  kind: ButtonKind;
  taskId?: string;
  primary: boolean;
  danger: boolean;
  commentRequired: boolean;
  /** Return targets ('initiator', 'previous' or node ids). */
  targets?: string[];
  /** Remove signer: the node and the added signers the caller may remove there. */
  removable?: { node: string; users: string[] };
}

/** What a dialog collects before sending. */
export interface DialogInput { comment: string; to: string; users: string[]; position: 'before' | 'after' | 'parallel' }

const ORDER: ButtonKind[] = ['approve', 'complete', 'reject', 'return', 'transfer', 'delegate', 'add-signer', 'remove-signer', 'take-back', 'resubmit', 'withdraw', 'urge', 'comment', 'cc', 'terminate'];

/** One button per allowed action (edit-fields is the form itself, not a button). */
export function actionButtons(actions: readonly Action[]): ActionButton[] {
  const out: ActionButton[] = [];
  for (const a of actions) {
    if (a.action === 'edit-fields') continue;
    if (out.some((b) => b.kind === a.action)) continue; // one button per kind: the first pending task
    out.push({
      kind: a.action,
      ...('taskId' in a ? { taskId: a.taskId } : {}),
      primary: a.action === 'approve' || a.action === 'complete' || a.action === 'resubmit',
      danger: a.action === 'reject' || a.action === 'withdraw' || a.action === 'terminate',
      commentRequired: 'commentRequired' in a && a.commentRequired === true,
      ...(a.action === 'return' ? { targets: a.targets } : {}),
      ...(a.action === 'remove-signer' ? { removable: { node: a.node, users: a.users } } : {}),
    });
  }
  return out.sort((x, y) => ORDER.indexOf(x.kind) - ORDER.indexOf(y.kind));
}

/** Fields the caller may edit now: the task's edit-fields, or every field when resubmitting. */
export function editableFields(detail: InstanceDetail): 'all' | string[] {
  if (detail.allowedActions.some((a) => a.action === 'resubmit')) return 'all';
  const edit = detail.allowedActions.find((a): a is Extract<Action, { action: 'edit-fields' }> => a.action === 'edit-fields');
  return edit ? edit.fields : [];
}

/** The form kit's permissions: editable fields 'edit', the rest 'read' (hidden ones the server removed). */
export function formPermissions(detail: InstanceDetail): FieldPermissions | undefined {
  const editable = editableFields(detail);
  if (editable === 'all') return undefined;
  return Object.fromEntries(detail.form.fields.map((f) => [f.key, editable.includes(f.key) ? 'edit' : 'read'])) as FieldPermissions;
}

export type Missing = 'comment' | 'to' | 'users';

/** What the dialog still lacks before it may send; empty when ready. */
export function missingInput(button: ActionButton, input: DialogInput): Missing[] {
  const out: Missing[] = [];
  const needsComment = button.commentRequired || button.kind === 'comment';
  if (needsComment && input.comment.trim() === '') out.push('comment');
  if ((button.kind === 'transfer' || button.kind === 'delegate') && !input.to) out.push('to');
  if ((button.kind === 'add-signer' || button.kind === 'cc' || button.kind === 'remove-signer') && input.users.length === 0) out.push('users');
  return out;
}

export type Command =
  | { scope: 'task'; id: string; command: TaskCommand; body: CommandBody }
  | { scope: 'instance'; id: string; command: InstanceCommand; body: CommandBody };

/** The HTTP command a confirmed dialog sends. `data` is the edited form values where the caller may edit. */
export function commandFor(detail: InstanceDetail, button: ActionButton, input: DialogInput, data?: Record<string, unknown>): Command {
  const comment = input.comment.trim() ? { comment: input.comment.trim() } : {};
  const withData = data && Object.keys(data).length > 0 ? { data } : {};
  switch (button.kind) {
    case 'approve':
    case 'complete':
      return { scope: 'task', id: button.taskId!, command: button.kind, body: { ...comment, ...withData } };
    case 'reject':
      return { scope: 'task', id: button.taskId!, command: 'reject', body: comment };
    case 'return':
      return { scope: 'task', id: button.taskId!, command: 'return', body: { ...comment, to: input.to || 'previous' } };
    case 'transfer':
    case 'delegate':
      return { scope: 'task', id: button.taskId!, command: button.kind, body: { ...comment, to: input.to } };
    case 'add-signer':
      return { scope: 'task', id: button.taskId!, command: 'add-signer', body: { ...comment, users: input.users, position: input.position } };
    case 'take-back':
      return { scope: 'task', id: button.taskId!, command: 'take-back', body: {} };
    case 'resubmit':
      return { scope: 'instance', id: detail.id, command: 'resubmit', body: { ...comment, ...withData } };
    case 'cc':
      return { scope: 'instance', id: detail.id, command: 'cc', body: { ...comment, users: input.users } };
    case 'remove-signer':
      return { scope: 'instance', id: detail.id, command: 'remove-signer', body: { node: button.removable!.node, users: input.users } };
    case 'comment':
      return { scope: 'instance', id: detail.id, command: 'comment', body: comment };
    case 'urge':
    case 'withdraw':
    case 'terminate':
      return { scope: 'instance', id: detail.id, command: button.kind, body: comment };
  }
}

/** Only the values of the fields the caller may edit, so an approver never resends the rest. */
export function editedData(detail: InstanceDetail, values: Record<string, unknown>): Record<string, unknown> {
  const editable = editableFields(detail);
  const keys = editable === 'all' ? Object.keys(values) : editable;
  return Object.fromEntries(keys.filter((k) => values[k] !== undefined && values[k] !== '' && values[k] !== null).map((k) => [k, values[k]]));
}
