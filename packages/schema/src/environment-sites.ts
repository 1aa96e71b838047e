// Where a definition names things that live in an environment: every assignee rule (steps,
// timeouts that reassign, email / notify recipients, owner pools, flow admins), who may start it,
// record types, subflows and HTTP automations. applyEnvironment and
// checkEnvironmentReferences walk the same list, so they cannot disagree about what a reference is.
import type { AssigneeRule, BatonWorkflowDefinition, Field } from './generated/types.ts';
import { pointerOf } from './problem.ts';

export interface RuleSite {
  /** Pointer to the rule. */
  pointer: string;
  rule: AssigneeRule;
}

export function assigneeRuleSites(def: BatonWorkflowDefinition): RuleSite[] {
  const out: RuleSite[] = [];
  const add = (rules: readonly AssigneeRule[] | undefined, ...at: Array<string | number>) =>
    rules?.forEach((rule, i) => out.push({ pointer: pointerOf(...at, i), rule }));
  def.nodes.forEach((node, n) => {
    if (node.type === 'approval' || node.type === 'handler' || node.type === 'cc') add(node.assignees, 'nodes', n, 'assignees');
    if (node.type === 'approval' || node.type === 'handler') node.timeouts?.forEach((t, k) => add(t.to, 'nodes', n, 'timeouts', k, 'to'));
    if (node.type === 'automation') {
      const a = node.action;
      if (a.type === 'email' || a.type === 'notify') add(a.to, 'nodes', n, 'action', 'to');
      if (a.type === 'assign-owner') add(a.pool, 'nodes', n, 'action', 'pool');
    }
  });
  add(def.settings?.admins, 'settings', 'admins');
  return out;
}

export interface NamedSite {
  pointer: string;
  name: string;
}

/** Literal user ids, role keys and department keys, with where each is written. */
export function directorySites(def: BatonWorkflowDefinition): { users: NamedSite[]; roles: NamedSite[]; departments: NamedSite[] } {
  const users: NamedSite[] = [];
  const roles: NamedSite[] = [];
  const departments: NamedSite[] = [];
  for (const { pointer, rule } of assigneeRuleSites(def)) {
    if (rule.type === 'users') rule.users.forEach((name, i) => users.push({ pointer: `${pointer}/users/${i}`, name }));
    if (rule.type === 'role') roles.push({ pointer: `${pointer}/role`, name: rule.role });
    if (rule.type === 'department-head' && rule.department !== undefined) departments.push({ pointer: `${pointer}/department`, name: rule.department });
  }
  const starters = def.settings?.starters;
  starters?.users?.forEach((name, i) => users.push({ pointer: pointerOf('settings', 'starters', 'users', i), name }));
  starters?.roles?.forEach((name, i) => roles.push({ pointer: pointerOf('settings', 'starters', 'roles', i), name }));
  starters?.departments?.forEach((name, i) => departments.push({ pointer: pointerOf('settings', 'starters', 'departments', i), name }));
  return { users, roles, departments };
}

/** Record types: the flow's record, records it creates, and record-link fields (columns too). */
export function recordTypeSites(def: BatonWorkflowDefinition): NamedSite[] {
  const out: NamedSite[] = [];
  if (def.record !== undefined) out.push({ pointer: '/record/type', name: def.record.type });
  const fields = (list: readonly Field[], ...at: Array<string | number>) =>
    list.forEach((f, i) => {
      if (f.type === 'record-link') out.push({ pointer: pointerOf(...at, i, 'recordType'), name: f.recordType });
      if (f.type === 'detail-table') fields(f.columns as Field[], ...at, i, 'columns');
    });
  fields(def.form.fields, 'form', 'fields');
  def.nodes.forEach((node, n) => {
    if (node.type === 'automation' && node.action.type === 'create-record') out.push({ pointer: pointerOf('nodes', n, 'action', 'recordType'), name: node.action.recordType });
  });
  return out;
}

export function subflowSites(def: BatonWorkflowDefinition): NamedSite[] {
  return def.nodes.flatMap((node, n) => (node.type === 'subflow' ? [{ pointer: pointerOf('nodes', n, 'flow'), name: node.flow }] : []));
}

/** HTTP automations: node index, id, and the secret each names. */
export function httpSites(def: BatonWorkflowDefinition): Array<{ index: number; id: string; secret?: string }> {
  return def.nodes.flatMap((node, index) =>
    node.type === 'automation' && node.action.type === 'http' ? [{ index, id: node.id, ...(node.action.secret !== undefined ? { secret: node.action.secret } : {}) }] : [],
  );
}
