// Refusals, tested as carefully as successes: every command, its wrong users, wrong states,
// stale decisions and bad arguments. Snapshots are deep-frozen: a refused command must not
// touch its input.
import { describe, expect, it } from 'vitest';
import type { Field } from '@baton/schema';
import { crmApproval } from '../testing/crm-fixtures.ts';
import { approval, deepFreeze, flow, Harness, users } from '../testing/harness.ts';
import type { Command } from '../types/command.ts';
import type { RefusalCode } from '../types/refusal.ts';
import type { Snapshot } from '../types/snapshot.ts';

type Setup = { h: Harness; s: Snapshot };
type Case = [string, () => Setup, (x: Setup) => Command, RefusalCode];

const crm = (): Setup => {
  const h = new Harness(crmApproval());
  return { h, s: h.start({ data: { amount: 20000 } }) };
};
/** CRM flow after the manager approved (director pending). */
const atDirector = (): Setup => {
  const x = crm();
  return { h: x.h, s: x.h.approve(x.s, 'mia') };
};
const finished = (): Setup => {
  const x = atDirector();
  return { h: x.h, s: x.h.approve(x.h.approve(x.s, 'dan'), 'fay') };
};
const custom = (def: ReturnType<typeof flow>, input: Parameters<Harness['start']>[0] = {}) => (): Setup => {
  const h = new Harness(def);
  return { h, s: h.start(input) };
};
const fields: Field[] = [
  { key: 'amount', type: 'money', label: { en: 'A' } },
  { key: 'note', type: 'text', label: { en: 'N' }, maxLength: 5 },
  { key: 'total', type: 'formula', label: { en: 'T' }, expression: 'amount * 2.0' },
];
const editable = custom(flow([approval('a', { fieldPermissions: { amount: 'edit', note: 'edit', total: 'edit' } })], { fields }));
const strict = custom(flow([approval('a', { buttons: ['approve'], commentRequired: ['approve'] })], { settings: { withdraw: 'never' } }));
const handler = custom(flow([{ id: 'h', type: 'handler', assignees: [users('mia')] }]));
const withSigner = (position: 'before' | 'after' | 'parallel') => (): Setup => {
  const x = custom(flow([approval('a', { assignees: [users('mia', 'fay')], mode: 'all', buttons: ['approve', 'add-signer', 'delegate', 'take-back', 'transfer'] })], { settings: { admins: [users('ada')] } }))();
  return { h: x.h, s: x.h.do(x.s, { type: 'add-signer', actor: 'mia', taskId: x.h.task(x.s, 'mia').id, users: ['dan'], position }) };
};
const delegated = (): Setup => {
  const x = custom(flow([approval('a', { buttons: ['approve', 'delegate'] })]))();
  return { h: x.h, s: x.h.do(x.s, { type: 'delegate', actor: 'mia', taskId: x.h.task(x.s, 'mia').id, to: 'dan' }) };
};
const returned = (settings = {}) => (): Setup => {
  const def = flow([approval('a')], { settings, fields });
  const h = new Harness({ ...def, nodes: def.nodes.map((n) => (n.type === 'start' ? { ...n, fieldPermissions: { note: 'read' as const } } : n)) });
  const s = h.start();
  return { h, s: h.do(s, { type: 'return', actor: 'mia', taskId: h.task(s, 'mia').id, target: { to: 'initiator' } }) };
};
const timed = custom(flow([approval('a', { timeouts: [{ after: 'PT1H', action: 'remind' }] })]));

const t = (x: Setup, user = 'mia') => x.s.tasks.find((k) => k.user === user)!.id;
const sys = 'system';

const CASES: Case[] = [
  // approve / reject / complete
  ['approve by someone else', crm, (x) => ({ type: 'approve', actor: 'dan', taskId: t(x) }), 'not-assignee'],
  ['approve an unknown task', crm, () => ({ type: 'approve', actor: 'mia', taskId: 'task-99' }), 'task-not-found'],
  ['approve without a task id', crm, () => ({ type: 'approve', actor: 'mia' }) as unknown as Command, 'task-not-found'],
  ['approve twice (a stale decision)', atDirector, (x) => ({ type: 'approve', actor: 'mia', taskId: t(x) }), 'already-decided'],
  ['approve at an old revision', crm, (x) => ({ type: 'approve', actor: 'mia', taskId: t(x), revision: 0 }), 'stale-revision'],
  ['approve a finished request', finished, (x) => ({ type: 'approve', actor: 'fay', taskId: t(x, 'fay') }), 'not-running'],
  ['approve while a before-signer has not', withSigner('before'), (x) => ({ type: 'approve', actor: 'mia', taskId: t(x) }), 'task-waiting'],
  ['approve a task one delegated', delegated, (x) => ({ type: 'approve', actor: 'mia', taskId: t(x) }), 'task-waiting'],
  ['reject where the node offers no reject', strict, (x) => ({ type: 'reject', actor: 'mia', taskId: t(x) }), 'action-not-offered'],
  ['approve without the required comment', strict, (x) => ({ type: 'approve', actor: 'mia', taskId: t(x), comment: '  ' }), 'comment-required'],
  ['approve a handler task', handler, (x) => ({ type: 'approve', actor: 'mia', taskId: t(x) }), 'action-not-allowed'],
  ['reject a handler task', handler, (x) => ({ type: 'reject', actor: 'mia', taskId: t(x) }), 'action-not-allowed'],
  ['complete an approval task', crm, (x) => ({ type: 'complete', actor: 'mia', taskId: t(x) }), 'action-not-allowed'],
  ['approve with an edit of a read-only field', crm, (x) => ({ type: 'approve', actor: 'mia', taskId: t(x), data: { amount: 1 } }), 'field-not-editable'],
  ['approve with an edit of an unknown field', editable, (x) => ({ type: 'approve', actor: 'mia', taskId: t(x), data: { colour: 1 } }), 'field-unknown'],
  ['approve with a bad value', editable, (x) => ({ type: 'approve', actor: 'mia', taskId: t(x), data: { note: 'far too long' } }), 'field-invalid'],
  ['approve choosing for a step that takes no choice', crm, (x) => ({ type: 'approve', actor: 'mia', taskId: t(x), selections: { finance: ['fay'] } }), 'selection-invalid'],
  // edit-fields
  ['edit a computed field', editable, (x) => ({ type: 'edit-fields', actor: 'mia', taskId: t(x), data: { total: 5 } }), 'field-not-editable'],
  ['edit a field the step may only read', crm, (x) => ({ type: 'edit-fields', actor: 'mia', taskId: t(x), data: { amount: 5 } }), 'field-not-editable'],
  ['edit with a value of the wrong type', editable, (x) => ({ type: 'edit-fields', actor: 'mia', taskId: t(x), data: { amount: 'lots' } }), 'field-invalid'],
  ['edit nothing', editable, (x) => ({ type: 'edit-fields', actor: 'mia', taskId: t(x), data: {} }), 'field-invalid'],
  ['edit by someone else', editable, (x) => ({ type: 'edit-fields', actor: 'sam', taskId: t(x), data: { amount: 5 } }), 'not-assignee'],
  // return
  ['return to a step that never ran', atDirector, (x) => ({ type: 'return', actor: 'dan', taskId: t(x, 'dan'), target: { to: 'node', node: 'finance' } }), 'return-target-invalid'],
  ['return to the current step', atDirector, (x) => ({ type: 'return', actor: 'dan', taskId: t(x, 'dan'), target: { to: 'node', node: 'director' } }), 'return-target-invalid'],
  ['return to a gateway', atDirector, (x) => ({ type: 'return', actor: 'dan', taskId: t(x, 'dan'), target: { to: 'node', node: 'amount' } }), 'return-target-invalid'],
  ['return to a node that does not exist', atDirector, (x) => ({ type: 'return', actor: 'dan', taskId: t(x, 'dan'), target: { to: 'node', node: 'ghost' } }), 'return-target-invalid'],
  ['return without a target', atDirector, (x) => ({ type: 'return', actor: 'dan', taskId: t(x, 'dan') }) as unknown as Command, 'return-target-invalid'],
  ['return by a delegate', delegated, (x) => ({ type: 'return', actor: 'dan', taskId: t(x, 'dan'), target: { to: 'initiator' } }), 'action-not-allowed'],
  ['return where the node offers no return', strict, (x) => ({ type: 'return', actor: 'mia', taskId: t(x), target: { to: 'initiator' } }), 'action-not-offered'],
  // resubmit
  ['resubmit by someone else', returned(), () => ({ type: 'resubmit', actor: 'mia' }), 'not-initiator'],
  ['resubmit a request not returned', crm, () => ({ type: 'resubmit', actor: 'sam' }), 'not-returned'],
  ['resubmit with an edit the start step may only read', returned(), () => ({ type: 'resubmit', actor: 'sam', data: { note: 'x' } }), 'field-not-editable'],
  ['resubmit with a bad value', returned(), () => ({ type: 'resubmit', actor: 'sam', data: { amount: -Infinity } }), 'field-invalid'],
  // withdraw
  ['withdraw by someone else', crm, () => ({ type: 'withdraw', actor: 'mia' }), 'not-initiator'],
  ['withdraw when the flow never allows it', strict, () => ({ type: 'withdraw', actor: 'sam' }), 'withdraw-not-allowed'],
  ['withdraw after an approval (before-first-action)', atDirector, () => ({ type: 'withdraw', actor: 'sam' }), 'withdraw-not-allowed'],
  ['withdraw a returned request when the flow never allows it', returned({ withdraw: 'never' }), () => ({ type: 'withdraw', actor: 'sam' }), 'withdraw-not-allowed'],
  ['withdraw a finished request', finished, () => ({ type: 'withdraw', actor: 'sam' }), 'not-running'],
  // take-back
  ['take back with nothing decided', withSigner('parallel'), (x) => ({ type: 'take-back', actor: 'fay', taskId: t(x, 'fay') }), 'take-back-not-allowed'],
  ['take back a decision not your own', withSigner('parallel'), (x) => ({ type: 'take-back', actor: 'fay', taskId: t(x, 'mia') }), 'not-assignee'],
  ['take back where the node offers no take-back', atDirector, (x) => ({ type: 'take-back', actor: 'mia', taskId: t(x, 'mia') }), 'action-not-offered'],
  ['take back an unknown task', crm, () => ({ type: 'take-back', actor: 'mia', taskId: 'nope' }), 'task-not-found'],
  [
    'take back after the next one decided',
    () => {
      const x = withSigner('parallel')();
      return { h: x.h, s: x.h.approve(x.h.approve(x.s, 'mia'), 'fay') };
    },
    (x) => ({ type: 'take-back', actor: 'mia', taskId: t(x, 'mia') }),
    'take-back-not-allowed',
  ],
  // transfer / delegate
  ['transfer to an unknown user', crm, (x) => ({ type: 'transfer', actor: 'mia', taskId: t(x), to: 'ghost' }), 'unknown-user'],
  ['transfer to an inactive user', crm, (x) => ({ type: 'transfer', actor: 'mia', taskId: t(x), to: 'old' }), 'unknown-user'],
  ['transfer to oneself', crm, (x) => ({ type: 'transfer', actor: 'mia', taskId: t(x), to: 'mia' }), 'self-target'],
  ['transfer to someone who already has a task here', withSigner('parallel'), (x) => ({ type: 'transfer', actor: 'mia', taskId: t(x), to: 'fay' }), 'already-assignee'],
  ['delegate where the node offers no delegate', crm, (x) => ({ type: 'delegate', actor: 'mia', taskId: t(x), to: 'dan' }), 'action-not-offered'],
  ['delegate to someone who already has a task here', withSigner('parallel'), (x) => ({ type: 'delegate', actor: 'mia', taskId: t(x), to: 'fay' }), 'already-assignee'],
  ['delegate onwards as a delegate', delegated, (x) => ({ type: 'delegate', actor: 'dan', taskId: t(x, 'dan'), to: 'lee' }), 'action-not-allowed'],
  // add / remove signer
  ['add no signer', crm, (x) => ({ type: 'add-signer', actor: 'mia', taskId: t(x), users: [], position: 'after' }), 'users-required'],
  ['add a signer at a bad position', crm, (x) => ({ type: 'add-signer', actor: 'mia', taskId: t(x), users: ['lee'], position: 'sideways' }) as unknown as Command, 'action-not-allowed'],
  ['add oneself as signer', crm, (x) => ({ type: 'add-signer', actor: 'mia', taskId: t(x), users: ['mia'], position: 'after' }), 'self-target'],
  ['add an unknown signer', crm, (x) => ({ type: 'add-signer', actor: 'mia', taskId: t(x), users: ['ghost'], position: 'after' }), 'unknown-user'],
  ['add the same signer twice', crm, (x) => ({ type: 'add-signer', actor: 'mia', taskId: t(x), users: ['lee', 'lee'], position: 'parallel' }), 'already-assignee'],
  ['add a signer already queued after', withSigner('after'), (x) => ({ type: 'add-signer', actor: 'mia', taskId: t(x), users: ['dan'], position: 'after' }), 'already-assignee'],
  ['remove someone who was not added', withSigner('parallel'), () => ({ type: 'remove-signer', actor: 'mia', node: 'a', users: ['fay'] }), 'not-added-signer'],
  ['remove a signer someone else added', withSigner('parallel'), () => ({ type: 'remove-signer', actor: 'fay', node: 'a', users: ['dan'] }), 'action-not-allowed'],
  [
    'remove a signer who already decided',
    () => {
      const x = withSigner('parallel')();
      return { h: x.h, s: x.h.approve(x.s, 'dan') };
    },
    () => ({ type: 'remove-signer', actor: 'mia', node: 'a', users: ['dan'] }),
    'signer-already-decided',
  ],
  ['remove a signer from a step that is not open', crm, () => ({ type: 'remove-signer', actor: 'mia', node: 'finance', users: ['dan'] }), 'not-added-signer'],
  ['remove a signer from a node that is no step', crm, () => ({ type: 'remove-signer', actor: 'mia', node: 'amount', users: ['dan'] }), 'not-added-signer'],
  // urge / comment / cc / terminate
  ['urge by someone else', crm, () => ({ type: 'urge', actor: 'mia' }), 'not-initiator'],
  [
    'urge twice within the interval',
    () => {
      const x = crm();
      return { h: x.h, s: x.h.do(x.s, { type: 'urge', actor: 'sam' }) };
    },
    () => ({ type: 'urge', actor: 'sam' }),
    'urge-too-soon',
  ],
  ['urge a finished request', finished, () => ({ type: 'urge', actor: 'sam' }), 'not-running'],
  ['comment with no text', crm, () => ({ type: 'comment', actor: 'sam', text: '   ' }), 'comment-empty'],
  ['comment too long', crm, () => ({ type: 'comment', actor: 'sam', text: 'x'.repeat(5001) }), 'comment-too-long'],
  ['comment by an outsider', crm, () => ({ type: 'comment', actor: 'lee', text: 'hi' }), 'not-participant'],
  ['comment on an unknown task', crm, () => ({ type: 'comment', actor: 'sam', text: 'hi', taskId: 'nope' }), 'task-not-found'],
  ['cc by an outsider', crm, () => ({ type: 'cc', actor: 'lee', users: ['fay'] }), 'not-participant'],
  ['cc nobody', crm, () => ({ type: 'cc', actor: 'sam', users: [] }), 'users-required'],
  ['cc an unknown user', crm, () => ({ type: 'cc', actor: 'sam', users: ['ghost'] }), 'unknown-user'],
  ['terminate by a non-admin', crm, () => ({ type: 'terminate', actor: 'sam' }), 'not-admin'],
  ['terminate a finished request', finished, () => ({ type: 'terminate', actor: 'ada' }), 'not-running'],
  // system commands
  ['fire an unknown timer', crm, () => ({ type: 'timer-fired', actor: sys, timerId: 'timer-9' }), 'timer-unknown'],
  ['fire a timer early', timed, (x) => ({ type: 'timer-fired', actor: sys, timerId: x.s.timers[0]!.id }), 'timer-not-due'],
  ['an automation result nobody waits for', crm, () => ({ type: 'automation-result', actor: sys, node: 'manager', ok: true }), 'effect-unknown'],
  ['a subflow result nobody waits for', crm, () => ({ type: 'subflow-finished', actor: sys, effectId: 'effect-1', outcome: 'approved' }), 'effect-unknown'],
  ['an unknown command', crm, () => ({ type: 'approve-all', actor: 'mia' }) as unknown as Command, 'action-not-allowed'],
];

describe('refusals', () => {
  it.each(CASES)('%s', (_name, setup, command, code) => {
    const x = setup();
    deepFreeze(x.s);
    const cmd = command(x);
    const r = x.h.engine.apply(x.h.def, x.s, cmd, x.h.env());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.refusal.code).toBe(code);
    expect(r.refusal.actor).toBe(cmd.actor);
    expect(r.refusal.message.en).not.toBe('');
    expect(r.refusal.message['zh-CN']).not.toBe('');
  });

  it('covers every command type', () => {
    const types = new Set(CASES.map(([, setup, command]) => command(setup()).type));
    for (const type of ['approve', 'reject', 'complete', 'return', 'resubmit', 'withdraw', 'take-back', 'transfer', 'delegate', 'add-signer', 'remove-signer', 'urge', 'comment', 'cc', 'terminate', 'timer-fired', 'automation-result', 'subflow-finished', 'edit-fields']) {
      expect(types).toContain(type);
    }
  });

  it('a missing previous-approver choice is refused to the approver who should make it', () => {
    const def = flow([approval('a'), approval('b', { assignees: [{ type: 'previous-approver-selects', among: ['finance'] }] })]);
    const h = new Harness(def);
    const s = deepFreeze(h.start());
    const taskId = h.task(s, 'mia').id;
    expect(h.refusal(s, { type: 'approve', actor: 'mia', taskId }).code).toBe('selection-required');
    expect(h.refusal(s, { type: 'approve', actor: 'mia', taskId, selections: { b: ['lee'] } }).code).toBe('selection-invalid');
    expect(h.refusal(s, { type: 'approve', actor: 'mia', taskId, selections: { b: ['fay', 'fred'] } }).code).toBe('selection-invalid');
    const after = h.do(s, { type: 'approve', actor: 'mia', taskId, selections: { b: ['fred'] } });
    expect(after.tasks.at(-1)).toMatchObject({ node: 'b', user: 'fred', why: ["rule 1: chosen by the previous approver: fred"] });
  });

  it('a missing initiator choice is refused at submit', () => {
    const def = flow([approval('a', { assignees: [{ type: 'initiator-selects' }] })]);
    const h = new Harness(def);
    expect(h.startRefusal().code).toBe('selection-required');
    expect(h.startRefusal({ selections: { a: ['ghost'] } }).code).toBe('selection-invalid');
    expect(h.startRefusal({ selections: { nope: ['fay'] } }).code).toBe('selection-invalid');
    expect(h.start({ selections: { a: ['fay'] } }).tasks[0]!.user).toBe('fay');
  });

  it('a definition that lost a node refuses the command that reaches it', () => {
    const h = new Harness(crmApproval());
    const s = deepFreeze(h.start({ data: { amount: 20000 } }));
    const broken = { ...h.def, nodes: h.def.nodes.filter((n) => n.id !== 'director') };
    const r = h.engine.apply(broken, s, { type: 'approve', actor: 'mia', taskId: 'task-1' }, h.env());
    expect(r.ok ? 'accepted' : r.refusal.code).toBe('definition-broken');
  });
});
