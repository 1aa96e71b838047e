// Who may act on a user task, in the words BPMN tools use: a potentialOwner whose expression is
// Camunda's `user(alice), group(finance-lead)`. Written when every assignee rule names users or
// roles; read back (and from plain BPMN) into `users` and `role` rules.
import type { AssigneeRule } from '@baton/schema';

const PLAIN_ID = /^[^\s(),]+$/;

/** The expression for these rules, or undefined when a rule is not users or a role. */
export function formatOwners(rules: readonly AssigneeRule[]): string | undefined {
  const parts: string[] = [];
  for (const r of rules) {
    if (r.type === 'users') parts.push(...r.users.map((u) => `user(${u})`));
    else if (r.type === 'role') parts.push(`group(${r.role})`);
    else return undefined;
  }
  const ids = rules.flatMap((r) => (r.type === 'users' ? r.users : r.type === 'role' ? [r.role] : []));
  return parts.length > 0 && ids.every((id) => PLAIN_ID.test(id)) ? parts.join(', ') : undefined;
}

export interface Owners {
  users: string[];
  groups: string[];
}

/** `user(a), group(b), c` -> users a, c and group b. An expression (`${...}`) is not a list: undefined. */
export function parseOwners(expression: string): Owners | undefined {
  if (/[$#]\{|^\s*=/.test(expression)) return undefined;
  const out: Owners = { users: [], groups: [] };
  for (const raw of expression.split(',')) {
    const item = raw.trim();
    if (item === '') continue;
    const m = /^(user|group)\(\s*([^()]+?)\s*\)$/.exec(item);
    if (m) (m[1] === 'user' ? out.users : out.groups).push(m[2]!);
    else if (PLAIN_ID.test(item)) out.users.push(item);
    else return undefined;
  }
  return out;
}

/** One users rule (if any), then a role rule per group, without repeats. */
export function rulesOf(owners: Owners, roleKey: (group: string) => string): AssigneeRule[] {
  const rules: AssigneeRule[] = [];
  const users = [...new Set(owners.users)];
  if (users.length > 0) rules.push({ type: 'users', users });
  for (const g of new Set(owners.groups.map(roleKey))) rules.push({ type: 'role', role: g });
  return rules;
}
