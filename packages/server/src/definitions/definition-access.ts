// Per-definition scopes: who may manage (edit, publish, deactivate) and who may start it. The
// platform role is checked by the route table; these are the object-level checks on top.
import type { BatonOrgDirectory, BatonWorkflowDefinition } from '@baton/schema';
import type { Principal } from '../auth/principal.ts';
import type { DefinitionRecord } from './definition-row.ts';

export function canManage(p: Principal, d: DefinitionRecord): boolean {
  if (p.systemRole === 'admin') return true;
  if (p.systemRole !== 'designer') return false;
  const m = d.scopes.manage;
  if (!m || ((m.users ?? []).length === 0 && (m.roles ?? []).length === 0)) return true;
  return d.createdBy === p.userId || (m.users ?? []).includes(p.userId) || (m.roles ?? []).some((r) => p.roles.includes(r));
}

function inDepartments(org: BatonOrgDirectory, department: string | null, allowed: string[]): boolean {
  const parent = new Map((org.departments ?? []).map((d) => [d.id, d.parent]));
  for (let at: string | undefined | null = department, i = 0; at && i < 1000; at = parent.get(at), i++) {
    if (allowed.includes(at)) return true;
  }
  return false;
}

/** Whether `p` may start requests of this definition, by its scopes or else the version's starters. */
export function canStart(p: Principal, d: DefinitionRecord, version: BatonWorkflowDefinition, org: BatonOrgDirectory): boolean {
  const rule = d.scopes.start ?? version.settings?.starters;
  if (!rule || rule.everyone) return true;
  if ((rule.users ?? []).includes(p.userId)) return true;
  if ((rule.roles ?? []).some((r) => p.roles.includes(r))) return true;
  return inDepartments(org, p.department, rule.departments ?? []);
}
