// Every task command against every approval mode: the same two-assignee step (fay, fred; vote
// passes at one half), fay acts first. Each row states what must follow.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../types/snapshot.ts';
import { approval, flow, Harness, users } from '../testing/harness.ts';

type Mode = 'sequential' | 'all' | 'any' | 'vote';
const MODES: Mode[] = ['sequential', 'all', 'any', 'vote'];

function setup(mode: Mode) {
  const def = flow(
    [
      approval('step', {
        assignees: [users('fay', 'fred')],
        mode,
        ...(mode === 'vote' ? { passRatio: 0.5 } : {}),
        buttons: ['approve', 'reject', 'return', 'transfer', 'delegate', 'add-signer', 'remove-signer', 'comment', 'cc', 'take-back'],
        fieldPermissions: { amount: 'edit' },
      }),
      approval('next', { assignees: [users('lee')] }),
    ],
    { settings: { withdraw: 'until-done' } },
  );
  const h = new Harness(def);
  return { h, s: h.start() };
}

/** "status | node:user:status ..." in task order. */
function summary(s: Snapshot): string {
  return `${s.status} | ${s.tasks.map((t) => `${t.node}:${t.user}:${t.status}`).join(' ')}`;
}

type Script = (h: Harness, s: Snapshot) => Snapshot;
const fayTask = (h: Harness, s: Snapshot) => h.task(s, 'fay', 'step').id;

const SCRIPTS: Record<string, Script> = {
  approve: (h, s) => h.approve(s, 'fay'),
  reject: (h, s) => h.reject(s, 'fay'),
  'return to initiator': (h, s) => h.do(s, { type: 'return', actor: 'fay', taskId: fayTask(h, s), target: { to: 'initiator' } }),
  transfer: (h, s) => h.do(s, { type: 'transfer', actor: 'fay', taskId: fayTask(h, s), to: 'dan' }),
  'transfer, then the new assignee approves': (h, s) => h.approve(h.do(s, { type: 'transfer', actor: 'fay', taskId: fayTask(h, s), to: 'dan' }), 'dan'),
  'delegate, the delegate approves': (h, s) => h.approve(h.do(s, { type: 'delegate', actor: 'fay', taskId: fayTask(h, s), to: 'dan' }), 'dan'),
  'add signer before': (h, s) => h.do(s, { type: 'add-signer', actor: 'fay', taskId: fayTask(h, s), users: ['dan'], position: 'before' }),
  'add signer before, the signer approves, then fay': (h, s) => h.approve(h.approve(h.do(s, { type: 'add-signer', actor: 'fay', taskId: fayTask(h, s), users: ['dan'], position: 'before' }), 'dan'), 'fay'),
  'add signer after, fay approves': (h, s) => h.approve(h.do(s, { type: 'add-signer', actor: 'fay', taskId: fayTask(h, s), users: ['dan'], position: 'after' }), 'fay'),
  'add signer in parallel, fay approves': (h, s) => h.approve(h.do(s, { type: 'add-signer', actor: 'fay', taskId: fayTask(h, s), users: ['dan'], position: 'parallel' }), 'fay'),
  'add signer in parallel, then remove them': (h, s) => h.do(h.do(s, { type: 'add-signer', actor: 'fay', taskId: fayTask(h, s), users: ['dan'], position: 'parallel' }), { type: 'remove-signer', actor: 'fay', node: 'step', users: ['dan'] }),
  'approve, then take back': (h, s) => {
    const id = fayTask(h, s);
    return h.do(h.approve(s, 'fay'), { type: 'take-back', actor: 'fay', taskId: id });
  },
  'edit a field': (h, s) => h.do(s, { type: 'edit-fields', actor: 'fay', taskId: fayTask(h, s), data: { amount: 999 } }),
};

// Expected summaries: [sequential, all, any, vote (1/2)].
const EXPECTED: Record<string, [string, string, string, string]> = {
  approve: [
    'running | step:fay:approved step:fred:pending',
    'running | step:fay:approved step:fred:pending',
    'running | step:fay:approved step:fred:cancelled next:lee:pending',
    'running | step:fay:approved step:fred:cancelled next:lee:pending',
  ],
  reject: [
    'rejected | step:fay:rejected',
    'rejected | step:fay:rejected step:fred:cancelled',
    'rejected | step:fay:rejected step:fred:cancelled',
    'running | step:fay:rejected step:fred:pending',
  ],
  'return to initiator': [
    'returned | step:fay:returned',
    'returned | step:fay:returned step:fred:cancelled',
    'returned | step:fay:returned step:fred:cancelled',
    'returned | step:fay:returned step:fred:cancelled',
  ],
  transfer: [
    'running | step:fay:transferred step:dan:pending',
    'running | step:fay:transferred step:fred:pending step:dan:pending',
    'running | step:fay:transferred step:fred:pending step:dan:pending',
    'running | step:fay:transferred step:fred:pending step:dan:pending',
  ],
  'transfer, then the new assignee approves': [
    'running | step:fay:transferred step:dan:approved step:fred:pending',
    'running | step:fay:transferred step:fred:pending step:dan:approved',
    'running | step:fay:transferred step:fred:cancelled step:dan:approved next:lee:pending',
    'running | step:fay:transferred step:fred:cancelled step:dan:approved next:lee:pending',
  ],
  'delegate, the delegate approves': [
    'running | step:fay:pending step:dan:completed',
    'running | step:fay:pending step:fred:pending step:dan:completed',
    'running | step:fay:pending step:fred:pending step:dan:completed',
    'running | step:fay:pending step:fred:pending step:dan:completed',
  ],
  'add signer before': [
    'running | step:fay:pending step:dan:pending',
    'running | step:fay:pending step:fred:pending step:dan:pending',
    'running | step:fay:pending step:fred:pending step:dan:pending',
    'running | step:fay:pending step:fred:pending step:dan:pending',
  ],
  'add signer before, the signer approves, then fay': [
    'running | step:fay:approved step:dan:approved step:fred:pending',
    'running | step:fay:approved step:fred:pending step:dan:approved',
    'running | step:fay:approved step:fred:cancelled step:dan:approved next:lee:pending',
    'running | step:fay:approved step:fred:cancelled step:dan:approved next:lee:pending',
  ],
  'add signer after, fay approves': [
    'running | step:fay:approved step:dan:pending',
    'running | step:fay:approved step:fred:pending step:dan:pending',
    'running | step:fay:approved step:fred:pending step:dan:pending',
    'running | step:fay:approved step:fred:pending step:dan:pending',
  ],
  'add signer in parallel, fay approves': [
    'running | step:fay:approved step:dan:pending',
    'running | step:fay:approved step:fred:pending step:dan:pending',
    'running | step:fay:approved step:fred:cancelled step:dan:cancelled next:lee:pending',
    'running | step:fay:approved step:fred:pending step:dan:pending',
  ],
  'add signer in parallel, then remove them': [
    'running | step:fay:pending step:dan:cancelled',
    'running | step:fay:pending step:fred:pending step:dan:cancelled',
    'running | step:fay:pending step:fred:pending step:dan:cancelled',
    'running | step:fay:pending step:fred:pending step:dan:cancelled',
  ],
  'approve, then take back': [
    'running | step:fay:pending step:fred:cancelled',
    'running | step:fay:pending step:fred:pending',
    'running | step:fay:pending step:fred:pending next:lee:cancelled',
    'running | step:fay:pending step:fred:pending next:lee:cancelled',
  ],
  'edit a field': [
    'running | step:fay:pending',
    'running | step:fay:pending step:fred:pending',
    'running | step:fay:pending step:fred:pending',
    'running | step:fay:pending step:fred:pending',
  ],
};

describe('task commands x approval modes', () => {
  for (const [name, script] of Object.entries(SCRIPTS)) {
    describe(name, () => {
      it.each(MODES.map((m, i) => [m, EXPECTED[name]![i]!] as const))('%s', (mode, expected) => {
        const { h, s } = setup(mode);
        const after = script(h, s);
        expect(summary(after)).toBe(expected);
        expect(after.revision).toBeGreaterThan(s.revision);
        if (name === 'edit a field') expect(after.data.amount).toBe(999);
      });
    });
  }
});
