// A Directory over an org file (schemas/org.schema.json). A user's manager is their `manager`,
// else the head of their department, else the head of the nearest ancestor department with one;
// a head's manager is the head above them.
import type { BatonOrgDirectory } from '@baton/schema';
import type { Directory, DirectoryDepartment, DirectoryUser, OutOfOffice } from '../types/env.ts';

type OrgUser = BatonOrgDirectory['users'][number];

export function createStaticDirectory(org: BatonOrgDirectory): Directory {
  const users = new Map<string, OrgUser>();
  for (const u of org.users) users.set(u.id, u);
  const departments = new Map<string, DirectoryDepartment>();
  for (const d of org.departments ?? []) departments.set(d.id, d);
  const roles = new Map<string, string[]>();
  for (const u of org.users) {
    for (const r of u.roles ?? []) {
      const list = roles.get(r) ?? [];
      list.push(u.id);
      roles.set(r, list);
    }
  }
  const publicUsers = new Map<string, DirectoryUser>();

  return {
    user(id) {
      const u = users.get(id);
      if (!u) return undefined;
      let out = publicUsers.get(id);
      if (!out) {
        out = { id: u.id, name: u.name, email: u.email, department: u.department, roles: u.roles ?? [], active: u.active ?? true };
        publicUsers.set(id, out);
      }
      return out;
    },
    manager(userId) {
      const u = users.get(userId);
      if (!u) return undefined;
      if (u.manager && u.manager !== userId) return u.manager;
      const seen = new Set<string>();
      let dept = u.department ? departments.get(u.department) : undefined;
      while (dept && !seen.has(dept.id)) {
        seen.add(dept.id);
        if (dept.head && dept.head !== userId) return dept.head;
        dept = dept.parent ? departments.get(dept.parent) : undefined;
      }
      return undefined;
    },
    department(id) {
      return departments.get(id);
    },
    departmentOf(userId) {
      return users.get(userId)?.department;
    },
    membersOfRole(role) {
      return roles.get(role) ?? [];
    },
    outOfOffice(userId, at): OutOfOffice | undefined {
      const rules = users.get(userId)?.outOfOffice;
      if (!rules) return undefined;
      const t = Date.parse(at);
      for (const r of rules) {
        if (Date.parse(r.from) <= t && t < Date.parse(r.to)) return { delegate: r.delegate, until: r.to };
      }
      return undefined;
    },
  };
}
