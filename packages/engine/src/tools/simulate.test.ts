import { describe, expect, it } from 'vitest';
import { createStaticDirectory } from '../directory/static-directory.ts';
import { crmApproval, ORG } from '../testing/crm-fixtures.ts';
import { approval, flow, users } from '../testing/harness.ts';
import { simulate } from './simulate.ts';

const directory = createStaticDirectory(ORG);

describe('simulate', () => {
  it('walks the flow with default decisions and explains every assignee', () => {
    const r = simulate(crmApproval(), { initiator: 'sam', data: { amount: 20000 } }, directory);
    expect(r.status).toBe('approved');
    expect(r.outcome).toBe('approved');
    expect(r.path).toEqual(['start', 'manager', 'amount', 'director', 'finance', 'end']);
    expect(r.steps.filter((s) => s.assignees.length > 0).map((s) => [s.node, s.assignees.map((a) => [a.user, a.explanation])])).toEqual([
      ['manager', [['mia', ['rule 1: manager level 1 of sam', 'level 1: mia']]]],
      ['director', [['dan', ['rule 1: role sales-director -> dan']]]],
      ['finance', [['fay', ['rule 1: named user fay']]]],
    ]);
    expect(r.steps.map((s) => s.type)).toEqual(['start', 'approval', 'exclusive', 'approval', 'approval', 'end']);
    expect(r.effects.map((e) => e.type)).toContain('notify');
  });

  it('follows scripted decisions by node', () => {
    const r = simulate(crmApproval(), { initiator: 'sam', data: { amount: 20000 } }, directory, { decisions: { director: 'reject' } });
    expect(r).toMatchObject({ status: 'rejected', outcome: 'rejected', path: ['start', 'manager', 'amount', 'director'] });
  });

  it('takes one decision per visit when given a list', () => {
    const def = flow([approval('one', { assignees: [users('fay')] }), approval('two', { assignees: [users('lee')], onReject: { to: 'previous' } })]);
    const r = simulate(def, { initiator: 'sam', data: { amount: 1 } }, directory, { decisions: { two: ['reject', 'approve'] } });
    expect(r.status).toBe('approved');
    expect(r.path).toEqual(['start', 'one', 'two', 'one', 'two', 'end']);
  });

  it('follows a step script, in order', () => {
    const def = flow([approval('a', { assignees: [users('fay', 'fred')], mode: 'all' })]);
    const r = simulate(def, { initiator: 'sam', data: { amount: 1 } }, directory, { decisions: [{ node: 'a', as: 'fred', do: 'approve' }, { node: 'a', as: 'fay', do: 'reject' }] });
    expect(r.status).toBe('rejected');
    expect(r.steps[1]!.assignees.map((a) => [a.user, a.status])).toEqual([['fay', 'rejected'], ['fred', 'approved']]);
  });

  it('stops on a return to the initiator', () => {
    const r = simulate(crmApproval(), { initiator: 'sam', data: { amount: 1 } }, directory, { decisions: { manager: 'return' } });
    expect(r.status).toBe('returned');
    expect(r.outcome).toBeUndefined();
  });

  it('answers automations and subflows, and lets timers fall due', () => {
    const def = flow([
      { id: 'wait', type: 'delay', duration: 'P3D' },
      { id: 'score', type: 'automation', action: { type: 'http', url: 'https://x.example/score', saveAs: 'score' } },
      { id: 'child', type: 'subflow', flow: 'other' },
      approval('a', { assignees: [users('fay')] }),
    ]);
    const r = simulate(def, { initiator: 'sam', data: { amount: 1 } }, directory, { automation: { score: { ok: true, result: 7 } } });
    expect(r.status).toBe('approved');
    expect(r.snapshot!.vars).toEqual({ score: 7 });
    expect(r.effects.map((e) => e.type)).toEqual(expect.arrayContaining(['start-timer', 'http', 'start-subflow']));
    expect(r.snapshot!.finished).toBe('2026-01-08T09:00:00.000Z');
  });

  it('reports a start that is refused', () => {
    const r = simulate(crmApproval(), { initiator: 'ghost', data: { amount: 1 } }, directory);
    expect(r.status).toBe('refused');
    expect(r.refusal!.code).toBe('unknown-user');
  });

  it('gives up on a flow that loops forever, and says so', () => {
    const def = flow([approval('one', { assignees: [users('fay')] }), approval('two', { assignees: [users('lee')], onReject: { to: 'previous' } })]);
    const r = simulate(def, { initiator: 'sam', data: { amount: 1 } }, directory, { decisions: { two: 'reject' }, maxSteps: 20 });
    expect(r.truncated).toBe(true);
    expect(r.status).toBe('running');
  });

  it('has no side effects: the same call gives the same answer', () => {
    const a = simulate(crmApproval(), { initiator: 'sam', data: { amount: 20000 } }, directory);
    const b = simulate(crmApproval(), { initiator: 'sam', data: { amount: 20000 } }, directory);
    expect(b).toEqual(a);
  });
});
