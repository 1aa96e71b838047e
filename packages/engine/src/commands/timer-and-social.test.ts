// Timeouts (remind with repeats, auto-approve, auto-reject, reassign, escalate), urge, comment,
// cc and field edits.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../types/snapshot.ts';
import { approval, flow, Harness, pending, tasks, users } from '../testing/harness.ts';

function timed(timeouts: NonNullable<Parameters<typeof approval>[1]>['timeouts'], settings = {}) {
  const h = new Harness(flow([approval('a', { assignees: [users('fay')], timeouts }), approval('b', { assignees: [users('lee')] })], { settings }));
  return { h, s: h.start() };
}

/** Fires every timer due by `until`, in order, at its own time. */
function fireUntil(h: Harness, s: Snapshot, until: string) {
  const effects = [];
  for (;;) {
    const due = [...s.timers].filter((t) => Date.parse(t.due) <= Date.parse(until)).sort((a, b) => Date.parse(a.due) - Date.parse(b.due))[0];
    if (!due) break;
    h.now = due.due;
    const r = h.apply(s, { type: 'timer-fired', actor: 'system', timerId: due.id });
    s = r.snapshot;
    effects.push(...r.effects);
  }
  h.now = until;
  return { s, effects };
}

describe('timeouts', () => {
  it('start a timer per rule when the task is created, and stop it when the task closes', () => {
    const { h, s } = timed([{ after: 'PT4H', action: 'remind' }, { after: 'P2D', action: 'escalate' }]);
    expect(s.timers.map((t) => [t.kind, t.task, t.due])).toEqual([
      ['timeout', 'task-1', '2026-01-05T13:00:00.000Z'],
      ['timeout', 'task-1', '2026-01-07T09:00:00.000Z'],
    ]);
    const r = h.apply(s, { type: 'approve', actor: 'fay', taskId: 'task-1' });
    expect(r.snapshot.timers).toEqual([]);
    expect(r.effects.filter((e) => e.type === 'cancel-timer').map((e) => (e as { timer: string }).timer)).toEqual(['timer-2', 'timer-1']);
  });

  it('remind repeats up to its maximum', () => {
    const { h, s } = timed([{ after: 'PT1H', action: 'remind', repeat: { every: 'PT2H', max: 2 } }]);
    const { s: after, effects } = fireUntil(h, s, '2026-01-06T09:00:00.000Z');
    const reminders = effects.filter((e) => e.type === 'notify');
    expect(reminders).toHaveLength(3);
    expect(reminders[0]).toMatchObject({ to: ['fay'], reason: 'remind', task: 'task-1' });
    expect(after.timers).toEqual([]);
    expect(after.status).toBe('running');
  });

  it.each([
    ['auto-approve', 'running', [['a', 'fay', 'auto-approved'], ['b', 'lee', 'pending']]],
    ['auto-reject', 'rejected', [['a', 'fay', 'rejected']]],
  ] as const)('%s decides on the assignee\'s behalf', (action, status, result) => {
    const { h, s } = timed([{ after: 'P1D', action }]);
    const { s: after } = fireUntil(h, s, '2026-01-06T09:00:00.000Z');
    expect(after.status).toBe(status);
    expect(tasks(after)).toEqual(result);
    expect(after.tasks[0]!.by).toBe('system');
  });

  it('reassign hands the task to the rule\'s users, keeping the seat', () => {
    const { h, s } = timed([{ after: 'P1D', action: 'reassign', to: [users('fay', 'fred')] }]);
    const { s: after } = fireUntil(h, s, '2026-01-06T09:00:00.000Z');
    expect(tasks(after)).toEqual([['a', 'fay', 'transferred'], ['a', 'fred', 'pending']]);
    expect(after.tasks[1]).toMatchObject({ seat: 'task-1', origin: { type: 'reassigned-from', task: 'task-1' } });
  });

  it("escalate goes to the assignee's manager, and tells them", () => {
    const { h, s } = timed([{ after: 'P1D', action: 'escalate' }]);
    const { s: after, effects } = fireUntil(h, s, '2026-01-06T09:00:00.000Z');
    expect(tasks(after)).toEqual([['a', 'fay', 'transferred'], ['a', 'fin', 'pending']]);
    expect(effects).toContainEqual(expect.objectContaining({ type: 'notify', to: ['fin'], reason: 'escalated' }));
  });

  it('escalate with no manager goes to a flow admin, and with none reminds instead', () => {
    const org = { users: [{ id: 'sam', name: 'S' }, { id: 'fay', name: 'F' }, { id: 'lee', name: 'L' }, { id: 'ada', name: 'A' }] };
    const h = new Harness(flow([approval('a', { assignees: [users('fay')], timeouts: [{ after: 'P1D', action: 'escalate' }] })], { settings: { admins: [users('ada')] } }), org);
    expect(tasks(fireUntil(h, h.start(), '2026-01-06T09:00:00.000Z').s)).toEqual([['a', 'fay', 'transferred'], ['a', 'ada', 'pending']]);
    const h2 = new Harness(flow([approval('a', { assignees: [users('fay')], timeouts: [{ after: 'P1D', action: 'escalate' }] })]), org);
    const r = fireUntil(h2, h2.start(), '2026-01-06T09:00:00.000Z');
    expect(tasks(r.s)).toEqual([['a', 'fay', 'pending']]);
    expect(r.effects).toContainEqual(expect.objectContaining({ type: 'notify', reason: 'remind' }));
  });

  it('an auto-reject on a task counts as its decision, whoever else joined the step', () => {
    const { h, s } = timed([{ after: 'PT1H', action: 'auto-reject' }]);
    const held = h.do(s, { type: 'add-signer', actor: 'fay', taskId: 'task-1', users: ['dan'], position: 'parallel' });
    h.now = '2026-01-05T10:00:00.000Z';
    const r = h.apply(held, { type: 'timer-fired', actor: 'system', timerId: 'timer-1' });
    expect(r.snapshot.status).toBe('rejected');
  });
});

describe('notifications', () => {
  it('tells the initiator of every decision when settings.notifications asks for it', () => {
    const def = flow([approval('a', { assignees: [users('fay')] }), approval('b', { assignees: [users('lee')] })], { settings: { notifications: { notifyInitiatorOnEachStep: true } } });
    const h = new Harness(def);
    const r = h.apply(h.start(), { type: 'approve', actor: 'fay', taskId: 'task-1' });
    expect(r.effects).toContainEqual({ type: 'notify', id: expect.any(String), to: ['sam'], reason: 'decided', task: 'task-1', node: 'a', by: 'fay' });
    const quiet = new Harness(flow([approval('a', { assignees: [users('fay')] }), approval('b', { assignees: [users('lee')] })]));
    expect(quiet.apply(quiet.start(), { type: 'approve', actor: 'fay', taskId: 'task-1' }).effects.map((e) => e.type)).toEqual(['task-closed', 'task-created']);
  });
});

describe('urge, comment, cc, edit-fields', () => {
  const base = () => {
    const h = new Harness(flow([approval('a', { assignees: [users('fay', 'fred')], mode: 'all', fieldPermissions: { amount: 'edit' } })], { settings: { urgeInterval: 'PT30M' } }));
    return { h, s: h.start() };
  };

  it('urge notifies everyone waiting, and is limited by settings.urgeInterval', () => {
    const { h, s } = base();
    const r = h.apply(s, { type: 'urge', actor: 'sam' });
    expect(r.effects).toEqual([{ type: 'notify', id: expect.any(String), to: ['fay', 'fred'], reason: 'urge', by: 'sam' }]);
    expect(r.snapshot.lastUrge).toBe(h.now);
    h.now = '2026-01-05T09:29:59.000Z';
    expect(h.refusal(r.snapshot, { type: 'urge', actor: 'sam' }).code).toBe('urge-too-soon');
    h.now = '2026-01-05T09:30:00.000Z';
    expect(h.apply(r.snapshot, { type: 'urge', actor: 'sam', taskId: 'task-2' }).effects[0]).toMatchObject({ to: ['fred'], task: 'task-2' });
  });

  it('an urge may carry a note: it goes to the people urged and into the event; a blank one is dropped', () => {
    const { h, s } = base();
    const r = h.apply(s, { type: 'urge', actor: 'sam', comment: ' The customer signs on Friday ' });
    expect(r.effects[0]).toMatchObject({ type: 'notify', reason: 'urge', message: { en: 'The customer signs on Friday', 'zh-CN': 'The customer signs on Friday' } });
    expect(r.events.find((e) => e.type === 'urged')?.detail).toEqual({ to: ['fay', 'fred'], comment: 'The customer signs on Friday' });
    const blank = h.apply(s, { type: 'urge', actor: 'sam', comment: '   ' });
    expect(blank.effects[0]).not.toHaveProperty('message');
    expect(blank.events.find((e) => e.type === 'urged')?.detail).toEqual({ to: ['fay', 'fred'] });
  });

  it('comments are kept, by any participant', () => {
    const { h, s } = base();
    const after = h.do(h.do(s, { type: 'comment', actor: 'fay', text: ' looks fine ', taskId: 'task-1' }), { type: 'comment', actor: 'sam', text: 'thanks' });
    expect(after.comments).toEqual([
      { id: 'comment-1', by: 'fay', at: h.now, text: 'looks fine', task: 'task-1' },
      { id: 'comment-2', by: 'sam', at: h.now, text: 'thanks' },
    ]);
    expect(after.tasks.map((t) => t.status)).toEqual(['pending', 'pending']);
  });

  it('ad-hoc cc adds readers, who may then comment', () => {
    const { h, s } = base();
    const r = h.apply(s, { type: 'cc', actor: 'fay', users: ['lee', 'lee'], comment: 'fyi' });
    expect(r.snapshot.readers).toEqual(['lee']);
    expect(r.effects).toEqual([{ type: 'cc', id: expect.any(String), to: ['lee'], by: 'fay', comment: 'fyi' }]);
    expect(h.do(r.snapshot, { type: 'comment', actor: 'lee', text: 'seen' }).comments).toHaveLength(1);
  });

  it('edit-fields changes fields the step may edit, with before and after in the event', () => {
    const { h, s } = base();
    const r = h.apply(s, { type: 'edit-fields', actor: 'fay', taskId: 'task-1', data: { amount: 250 } });
    expect(r.snapshot.data.amount).toBe(250);
    expect(r.events).toEqual([{ type: 'fields-edited', at: h.now, actor: 'fay', task: 'task-1', detail: { before: { amount: 100 }, after: { amount: 250 } } }]);
    expect(pending(r.snapshot)).toHaveLength(2);
  });
});
