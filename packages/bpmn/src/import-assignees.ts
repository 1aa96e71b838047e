// Assignees of a user or manual task from BPMN without a Baton extension: Camunda 7, Flowable and
// Activiti attributes (assignee, candidateUsers, candidateGroups), Camunda 8's
// zeebe:assignmentDefinition, and BPMN's own potentialOwner / humanPerformer expressions. Users
// become a `users` rule and groups `role` rules. Expressions (`${...}`, FEEL `=...`) cannot be
// evaluated by Baton and are refused; a task naming nobody goes to the initiator's manager.
import type { AssigneeRule } from '@baton/schema';
import { ZEEBE_NS } from './bpmn-namespaces.ts';
import type { ProblemSink } from './bpmn-problems.ts';
import { toKey } from './baton-names.ts';
import { elementAt, elementsAt, stringAt, type ModdleElement } from './moddle-reader.ts';
import { parseOwners, rulesOf, type Owners } from './potential-owners.ts';

const RESOURCE_ROLES = new Set(['bpmn:PotentialOwner', 'bpmn:HumanPerformer', 'bpmn:Performer']);

/** The rules, or undefined when an assignment could not be read (a problem says why). */
export function plainAssignees(el: ModdleElement, vendorPrefixes: readonly string[], sink: ProblemSink): AssigneeRule[] | undefined {
  const found: Owners = { users: [], groups: [] };
  const sources: Array<{ what: string; value: string; as: 'user' | 'users' | 'groups' }> = [];
  const attrs = el.$attrs ?? {};
  for (const p of vendorPrefixes) {
    const a = attrs[`${p}:assignee`];
    const u = attrs[`${p}:candidateUsers`];
    const g = attrs[`${p}:candidateGroups`];
    if (a !== undefined) sources.push({ what: `${p}:assignee`, value: a, as: 'user' });
    if (u !== undefined) sources.push({ what: `${p}:candidateUsers`, value: u, as: 'users' });
    if (g !== undefined) sources.push({ what: `${p}:candidateGroups`, value: g, as: 'groups' });
  }
  for (const ext of elementsAt(elementAt(el, 'extensionElements'), 'values')) {
    const ns = ext.$descriptor?.ns;
    if (ns?.uri !== ZEEBE_NS || ns.localName !== 'assignmentDefinition') continue;
    for (const [key, as] of [['assignee', 'user'], ['candidateUsers', 'users'], ['candidateGroups', 'groups']] as const) {
      const v = stringAt(ext, key);
      if (v !== undefined) sources.push({ what: `zeebe:assignmentDefinition ${key}`, value: v, as });
    }
  }
  for (const role of elementsAt(el, 'resources')) {
    if (!RESOURCE_ROLES.has(role.$type)) continue;
    const body = stringAt(elementAt(elementAt(role, 'resourceAssignmentExpression'), 'expression'), 'body');
    if (body !== undefined && body.trim() !== '') sources.push({ what: role.$type.replace(/:(\w)/, (_, c: string) => `:${c.toLowerCase()}`), value: body, as: 'users' });
  }

  let ok = true;
  for (const s of sources) {
    const owners = s.as === 'groups' ? parseList(s.value, true) : s.as === 'user' ? parseList(s.value, false, true) : parseOwners(s.value);
    if (owners === undefined) {
      sink.element(
        el,
        'bpmn/unsupported-assignee',
        `assigns "${s.value}" (${s.what}): Baton cannot evaluate assignment expressions; name users or groups, or choose the assignees in the designer`,
        `的指派 "${s.value}"（${s.what}）是表达式：Baton 无法计算指派表达式；请填写用户或组，或在设计器中选择处理人`,
      );
      ok = false;
      continue;
    }
    found.users.push(...owners.users);
    found.groups.push(...owners.groups);
  }
  if (!ok) return undefined;

  const rules = rulesOf(found, (g) => {
    const key = toKey(g);
    if (key !== g) {
      sink.element(el, 'bpmn/renamed-reference', `names group "${g}": Baton role keys are lower-case, so it is read as role "${key}"`, `引用了组 "${g}"：Baton 角色键为小写，按角色 "${key}" 读取`, 'warning');
    }
    return key;
  });
  if (rules.length === 0) {
    sink.element(
      el,
      'bpmn/default-assignee',
      'names no assignee: it goes to the initiator\'s direct manager; choose the assignees in the designer',
      '未指定处理人：默认由发起人的直属主管处理；请在设计器中选择处理人',
      'warning',
    );
    return [{ type: 'manager', level: 1 }];
  }
  return rules;
}

/** A comma-separated list (Camunda's candidateUsers / candidateGroups), or one assignee. */
function parseList(value: string, groups: boolean, single = false): Owners | undefined {
  if (/[$#]\{|^\s*=/.test(value)) return undefined;
  const items = (single ? [value] : value.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  return groups ? { users: [], groups: items } : { users: items, groups: [] };
}
