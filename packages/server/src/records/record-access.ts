// Record-level rules from a record type's `access`: "owner" (the owner and the managers above
// them), "department" (also everyone in the record's department), "everyone"; `readRoles` /
// `editRoles` name org roles (finance, sales-ops) that see / edit every row. Platform admins see
// and edit all; the head of a department (or of a department above it) sees and edits its rows.
// The same rule is used as a predicate (one record) and as a filter (lists).
import type { BatonOrgDirectory } from '@baton/schema';
import type { Principal } from '../auth/principal.ts';

export type AccessRule = 'owner' | 'department' | 'everyone';

/** Who the caller may see rows of: all, or rows whose owner or department is in these sets. */
export type AccessScope = { all: true } | { all: false; owners: string[]; departments: string[] };

export interface RecordRef {
  owner: string;
  department: string | null;
}

export function accessScope(p: Principal, rule: AccessRule, org: BatonOrgDirectory): AccessScope {
  if (p.systemRole === 'admin' || rule === 'everyone') return { all: true };
  const owners = new Set<string>([p.userId]);
  // Everyone whose manager chain reaches the caller.
  const manager = new Map(org.users.map((u) => [u.id, u.manager]));
  for (const u of org.users) {
    for (let at = manager.get(u.id), i = 0; at && i < 100; at = manager.get(at), i++) {
      if (at === p.userId) {
        owners.add(u.id);
        break;
      }
    }
  }
  // Departments the caller heads, and the ones below them.
  const departments = new Set<string>();
  const all = org.departments ?? [];
  const parent = new Map(all.map((d) => [d.id, d.parent]));
  const headed = new Set(all.filter((d) => d.head === p.userId).map((d) => d.id));
  for (const d of all) {
    for (let at: string | undefined = d.id, i = 0; at && i < 100; at = parent.get(at), i++) {
      if (headed.has(at)) {
        departments.add(d.id);
        break;
      }
    }
  }
  if (rule === 'department' && p.department) departments.add(p.department);
  return { all: false, owners: [...owners], departments: [...departments] };
}

export function inScope(scope: AccessScope, r: RecordRef): boolean {
  if (scope.all) return true;
  return scope.owners.includes(r.owner) || (r.department !== null && scope.departments.includes(r.department));
}

export function ruleOf(access: { read?: AccessRule; edit?: AccessRule } | undefined, what: 'read' | 'edit'): AccessRule {
  return access?.[what] ?? 'owner';
}

export interface AccessSettings {
  read?: AccessRule;
  edit?: AccessRule;
  readRoles?: string[];
  editRoles?: string[];
}

/** The caller's scope for reading or editing records of a type: its rule, widened to every row
 * for members of the roles the type names (edit roles also read). */
export function scopeFor(p: Principal, access: AccessSettings | undefined, what: 'read' | 'edit', org: BatonOrgDirectory): AccessScope {
  const roles = what === 'read' ? [...(access?.readRoles ?? []), ...(access?.editRoles ?? [])] : (access?.editRoles ?? []);
  if (roles.some((r) => p.roles.includes(r))) return { all: true };
  return accessScope(p, ruleOf(access, what), org);
}
