import { describe, expect, it } from 'vitest';
import type { Action, InstanceDetail } from '../../../api/instances.ts';
import { actionButtons, commandFor, editedData, formPermissions, missingInput, type DialogInput } from './instance-actions.ts';

const detail = (allowedActions: Action[]): InstanceDetail => ({
  id: 'i1', definition: { key: 'k', version: 1, name: { en: 'K' } }, status: 'running', revision: 1, title: null, initiator: 'a',
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', finishedAt: null,
  data: { amount: 5, rate: 10 }, hiddenFields: [],
  form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount' } }, { key: 'rate', type: 'number', label: { en: 'Rate' } }] } as InstanceDetail['form'],
  graph: { nodes: [], edges: [] }, tasks: [], timeline: [], readers: [], allowedActions,
});
const input = (x: Partial<DialogInput> = {}): DialogInput => ({ comment: '', to: '', users: [], position: 'after', ...x });

describe('actionButtons', () => {
  it('draws exactly the allowed actions, in a stable order, without edit-fields', () => {
    const b = actionButtons([{ action: 'comment' }, { action: 'withdraw' }, { action: 'reject', taskId: 't' }, { action: 'approve', taskId: 't' },
      { action: 'edit-fields', taskId: 't', fields: ['rate'] }, { action: 'remove-signer', node: 'n', users: ['x'] }, { action: 'return', taskId: 't', targets: ['initiator', 'previous'] }]);
    expect(b.map((x) => x.kind)).toEqual(['approve', 'reject', 'return', 'remove-signer', 'withdraw', 'comment']);
    expect(b.find((x) => x.kind === 'remove-signer')?.removable).toEqual({ node: 'n', users: ['x'] });
    expect(b[0]).toMatchObject({ primary: true, danger: false, taskId: 't' });
    expect(b[1]).toMatchObject({ danger: true });
    expect(b[2]?.targets).toEqual(['initiator', 'previous']);
  });
  it('draws nothing for a caller with no actions, and one button per kind', () => {
    expect(actionButtons([])).toEqual([]);
    expect(actionButtons([{ action: 'approve', taskId: 'a' }, { action: 'approve', taskId: 'b' }])).toHaveLength(1);
  });
});

describe('form permissions', () => {
  it('makes only the task’s editable fields editable', () => {
    expect(formPermissions(detail([{ action: 'edit-fields', taskId: 't', fields: ['rate'] }]))).toEqual({ amount: 'read', rate: 'edit' });
    expect(formPermissions(detail([{ action: 'comment' }]))).toEqual({ amount: 'read', rate: 'read' });
  });
  it('lets the initiator edit everything when resubmitting', () => {
    expect(formPermissions(detail([{ action: 'resubmit' }]))).toBeUndefined();
  });
  it('sends only the editable values', () => {
    expect(editedData(detail([{ action: 'edit-fields', taskId: 't', fields: ['rate'] }]), { amount: 99, rate: 12 })).toEqual({ rate: 12 });
    expect(editedData(detail([]), { amount: 99 })).toEqual({});
  });
});

describe('dialogs', () => {
  const [approve] = actionButtons([{ action: 'approve', taskId: 't', commentRequired: true }]);
  it('asks for what each action needs', () => {
    expect(missingInput(approve!, input())).toEqual(['comment']);
    expect(missingInput(approve!, input({ comment: '  ' }))).toEqual(['comment']);
    expect(missingInput(approve!, input({ comment: 'ok' }))).toEqual([]);
    const [transfer] = actionButtons([{ action: 'transfer', taskId: 't' }]);
    expect(missingInput(transfer!, input())).toEqual(['to']);
    const [add] = actionButtons([{ action: 'add-signer', taskId: 't' }]);
    expect(missingInput(add!, input())).toEqual(['users']);
    const [comment] = actionButtons([{ action: 'comment' }]);
    expect(missingInput(comment!, input())).toEqual(['comment']);
    const [withdraw] = actionButtons([{ action: 'withdraw' }]);
    expect(missingInput(withdraw!, input())).toEqual([]);
  });
  it('builds the command each dialog sends', () => {
    const d = detail([]);
    expect(commandFor(d, approve!, input({ comment: ' fine ' }), { rate: 3 })).toEqual({ scope: 'task', id: 't', command: 'approve', body: { comment: 'fine', data: { rate: 3 } } });
    const [ret] = actionButtons([{ action: 'return', taskId: 't', targets: ['initiator'] }]);
    expect(commandFor(d, ret!, input({ to: 'initiator' }))).toEqual({ scope: 'task', id: 't', command: 'return', body: { to: 'initiator' } });
    const [add] = actionButtons([{ action: 'add-signer', taskId: 't' }]);
    expect(commandFor(d, add!, input({ users: ['x'], position: 'before' }))).toEqual({ scope: 'task', id: 't', command: 'add-signer', body: { users: ['x'], position: 'before' } });
    const [withdraw] = actionButtons([{ action: 'withdraw' }]);
    expect(commandFor(d, withdraw!, input())).toEqual({ scope: 'instance', id: 'i1', command: 'withdraw', body: {} });
    const [remove] = actionButtons([{ action: 'remove-signer', node: 'manager', users: ['x', 'y'] }]);
    expect(missingInput(remove!, input())).toEqual(['users']);
    expect(commandFor(d, remove!, input({ users: ['y'], comment: 'ignored' }))).toEqual({ scope: 'instance', id: 'i1', command: 'remove-signer', body: { node: 'manager', users: ['y'] } });
    const [cc] = actionButtons([{ action: 'cc' }]);
    expect(commandFor(d, cc!, input({ users: ['y'] }))).toEqual({ scope: 'instance', id: 'i1', command: 'cc', body: { users: ['y'] } });
  });
});
