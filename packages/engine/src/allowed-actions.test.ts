import { describe, expect, it } from 'vitest';
import { allowedActions } from './index.ts';
import { crmApproval } from './testing/crm-fixtures.ts';
import { approval, flow, Harness, users } from './testing/harness.ts';
import type { Action } from './allowed-actions.ts';

const names = (list: Action[]) => list.map((a) => a.action);

describe('allowedActions', () => {
  const h = new Harness(crmApproval());
  const s = h.start({ data: { amount: 20000 } });
  const ctx = { now: h.now, directory: h.directory };

  it("shows an approver the node's buttons for their task", () => {
    const list = h.engine.allowedActions(h.def, s, 'mia', ctx);
    expect(names(list)).toEqual(['approve', 'reject', 'return', 'transfer', 'add-signer', 'comment', 'cc']);
    expect(list[0]).toEqual({ action: 'approve', taskId: 'task-1' });
    expect(list.find((a) => a.action === 'return')).toEqual({ action: 'return', taskId: 'task-1', targets: ['initiator'] });
  });

  it('offers return targets that ran before in the branch', () => {
    const at = h.approve(s, 'mia');
    const ret = h.engine.allowedActions(h.def, at, 'dan', ctx).find((a) => a.action === 'return');
    expect(ret).toEqual({ action: 'return', taskId: 'task-2', targets: ['initiator', 'previous', 'manager'] });
  });

  it('shows the initiator urge, withdraw, comment and cc, and withdraw only before anyone acted', () => {
    expect(names(h.engine.allowedActions(h.def, s, 'sam', ctx))).toEqual(['urge', 'withdraw', 'comment', 'cc']);
    expect(names(h.engine.allowedActions(h.def, h.approve(s, 'mia'), 'sam', ctx))).toEqual(['urge', 'comment', 'cc']);
  });

  it('hides urge within the interval when the time is known, and says when it comes back otherwise', () => {
    const urged = h.do(s, { type: 'urge', actor: 'sam' });
    expect(names(h.engine.allowedActions(h.def, urged, 'sam', ctx))).not.toContain('urge');
    expect(allowedActions(h.def, urged, 'sam').find((a) => a.action === 'urge')).toEqual({ action: 'urge', notBefore: '2026-01-05T10:00:00.000Z' });
  });

  it('shows an outsider nothing, and an admin terminate', () => {
    expect(h.engine.allowedActions(h.def, s, 'lee', ctx)).toEqual([]);
    expect(names(h.engine.allowedActions(h.def, s, 'ada', ctx))).toEqual(['comment', 'cc', 'terminate']);
    expect(names(allowedActions(h.def, s, 'ada'))).toEqual([]);
  });

  it('shows resubmit and withdraw on a returned request, and nothing to act on after the end', () => {
    const returned = h.do(s, { type: 'return', actor: 'mia', taskId: 'task-1', target: { to: 'initiator' } });
    expect(names(h.engine.allowedActions(h.def, returned, 'sam', ctx))).toEqual(['resubmit', 'withdraw', 'comment', 'cc']);
    expect(names(h.engine.allowedActions(h.def, returned, 'mia', ctx))).toEqual(['comment', 'cc']);
    const done = h.approve(h.approve(h.approve(s, 'mia'), 'dan'), 'fay');
    expect(names(h.engine.allowedActions(h.def, done, 'sam', ctx))).toEqual(['comment', 'cc']);
    expect(names(h.engine.allowedActions(h.def, done, 'fay', ctx))).toEqual(['comment', 'cc']);
  });

  it('reflects buttons, required comments, editable fields, take-back and signers', () => {
    const def = flow([
      approval('a', {
        assignees: [users('fay')],
        buttons: ['approve', 'take-back', 'add-signer', 'delegate'],
        commentRequired: ['approve'],
        fieldPermissions: { amount: 'edit' },
      }),
      approval('b', { assignees: [users('lee')] }),
    ]);
    const x = new Harness(def);
    const st = x.start();
    expect(x.engine.allowedActions(def, st, 'fay', ctx)).toEqual([
      { action: 'approve', taskId: 'task-1', commentRequired: true },
      { action: 'delegate', taskId: 'task-1' },
      { action: 'add-signer', taskId: 'task-1' },
      { action: 'edit-fields', taskId: 'task-1', fields: ['amount'] },
      { action: 'comment' },
      { action: 'cc' },
    ]);
    const signed = x.do(st, { type: 'add-signer', actor: 'fay', taskId: 'task-1', users: ['dan'], position: 'before' });
    expect(names(x.engine.allowedActions(def, signed, 'fay', ctx))).toEqual(['remove-signer', 'comment', 'cc']);
    expect(x.engine.allowedActions(def, signed, 'fay', ctx)[0]).toEqual({ action: 'remove-signer', node: 'a', users: ['dan'] });
    expect(names(x.engine.allowedActions(def, signed, 'dan', ctx))).toEqual(['approve', 'reject', 'comment', 'cc']);
    const approved = x.do(x.do(signed, { type: 'approve', actor: 'dan', taskId: 'task-2', comment: 'ok' }), { type: 'approve', actor: 'fay', taskId: 'task-1', comment: 'ok' });
    expect(names(x.engine.allowedActions(def, approved, 'fay', ctx))).toEqual(['take-back', 'comment', 'cc']);
  });

  it('shows complete for a handler task', () => {
    const def = flow([{ id: 'h', type: 'handler', assignees: [users('lee')] }]);
    const x = new Harness(def);
    expect(names(x.engine.allowedActions(def, x.start(), 'lee', ctx))).toEqual(['complete', 'return', 'transfer', 'comment', 'cc']);
  });
});
