// Automation (自动化): the action goes out as an effect. Record changes, HTTP calls and owner
// assignment wait for their result (the automation-result command); email and in-app notices
// do not (their delivery is the outbox's business).
import type { AutomationAction, AutomationNode } from '@baton/schema';
import { resolveAssignees } from '../assignees/assignee-resolver.ts';
import { resolveValues, type ValueSource } from '../definition/expressions.ts';
import { finish, markEntry, note, pass } from '../runtime/flow.ts';
import type { Run } from '../runtime/run.ts';
import { resolveContext } from '../runtime/task-assignment.ts';
import type { EffectInput } from '../types/effect.ts';
import type { NodeKind } from './node-kind.ts';

type Sources = Record<string, ValueSource>;

export function automationNodeKind(): NodeKind<'automation'> {
  return {
    type: 'automation',
    enter(run, node, token) {
      const notes: string[] = [];
      const input = effectOf(run, node, node.action, notes);
      if (notes.length > 0) note(run, ...notes);
      const effect = run.effect(input);
      if (input.type === 'email' || input.type === 'notify') return pass(run, node.id, token.scope);
      const act = run.activate(node.id, token.scope);
      markEntry(run, act);
      run.putActivation({ ...act, effect: effect.id });
    },
    resultArrived(run, node, act, command) {
      if (command.type !== 'automation-result') return run.refuse('effect-unknown', node.id);
      run.removeActivation(act.id);
      run.event('automation-finished', { node: node.id, detail: { ok: command.ok, ...(command.error ? { error: command.error } : {}) } });
      if (!command.ok) {
        if ((node.onFailure ?? 'terminate') === 'terminate') return finish(run, 'terminated');
        return pass(run, node.id, act.scope);
      }
      const saveAs = 'saveAs' in node.action ? node.action.saveAs : undefined;
      if (saveAs && command.result !== undefined) {
        const vars = { ...run.s.vars };
        Object.defineProperty(vars, saveAs, { value: command.result, enumerable: true, writable: true, configurable: true });
        run.s.vars = vars;
        run.celContext = undefined;
      }
      pass(run, node.id, act.scope);
    },
  };
}

function users(run: Run, rules: Parameters<typeof resolveAssignees>[1], nodeId: string, notes: string[]): string[] {
  const res = resolveAssignees(resolveContext(run), rules, nodeId);
  notes.push(...res.notes);
  return res.candidates.map((c) => c.user);
}

function effectOf(run: Run, node: AutomationNode, action: AutomationAction, notes: string[]): EffectInput {
  const s = run.s;
  switch (action.type) {
    case 'update-record':
      return {
        type: 'update-record',
        node: node.id,
        ...(s.record ? { record: s.record.id } : {}),
        ...(run.def.definition.record?.type ? { recordType: run.def.definition.record.type } : {}),
        set: resolveValues(run, action.set as Sources, notes),
      };
    case 'create-record':
      return { type: 'create-record', node: node.id, recordType: action.recordType, values: resolveValues(run, action.values as Sources, notes) };
    case 'http':
      return {
        type: 'http',
        node: node.id,
        method: action.method ?? 'POST',
        url: action.url,
        ...(action.headers ? { headers: { ...action.headers } } : {}),
        ...(action.body ? { body: resolveValues(run, action.body as Sources, notes) } : {}),
        ...(action.secret ? { secret: action.secret } : {}),
        ...(action.timeout ? { timeout: action.timeout } : {}),
      };
    case 'email':
      return { type: 'email', node: node.id, to: users(run, action.to, node.id, notes), subject: action.subject, body: action.body };
    case 'notify':
      return { type: 'notify', node: node.id, to: users(run, action.to, node.id, notes), reason: 'automation', message: action.message };
    case 'assign-owner':
      return {
        type: 'assign-owner',
        node: node.id,
        strategy: action.strategy ?? 'round-robin',
        pool: users(run, action.pool, node.id, notes),
        ...(s.record ? { record: s.record.id } : {}),
      };
  }
}
