// Reads and writes of the org directory. Every write bumps org_meta.version so directory caches
// (this process's and other processes') reload.
import type { SystemRole } from '../store/database.ts';
import type { Db } from '../store/store.ts';

export interface UserView {
  id: string;
  name: string;
  email?: string;
  department?: string;
  manager?: string;
  roles: string[];
  active: boolean;
  systemRole: SystemRole;
  outOfOffice?: Array<{ from: string; to: string; delegate: string }>;
}

export interface DepartmentView {
  id: string;
  name: string;
  parent?: string;
  head?: string;
}

export async function bumpOrgVersion(db: Db): Promise<void> {
  await db.updateTable('org_meta').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', 1).execute();
}

export async function orgVersion(db: Db): Promise<number> {
  const row = await db.selectFrom('org_meta').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.version);
}

export async function listUsers(db: Db, filter: { q?: string; department?: string; role?: string } = {}): Promise<UserView[]> {
  let q = db.selectFrom('users').selectAll().orderBy('id');
  if (filter.department) q = q.where('department', '=', filter.department);
  if (filter.role) q = q.where('id', 'in', db.selectFrom('user_roles').select('user_id').where('role_id', '=', filter.role));
  if (filter.q) {
    const like = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (m) => '\\' + m)}%`;
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['id']), 'like', like), eb(eb.fn('lower', ['name']), 'like', like)]));
  }
  const users = await q.execute();
  const roles = await db.selectFrom('user_roles').select(['user_id', 'role_id']).orderBy('role_id').execute();
  const byUser = new Map<string, string[]>();
  for (const r of roles) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r.role_id]);
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    ...(u.email ? { email: u.email } : {}),
    ...(u.department ? { department: u.department } : {}),
    ...(u.manager ? { manager: u.manager } : {}),
    roles: byUser.get(u.id) ?? [],
    active: Boolean(u.active),
    systemRole: u.system_role,
    ...outOfOffice(u.out_of_office),
  }));
}

export async function getUser(db: Db, id: string): Promise<UserView | undefined> {
  const u = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!u) return undefined;
  const roles = await db.selectFrom('user_roles').select('role_id').where('user_id', '=', id).orderBy('role_id').execute();
  return {
    id: u.id,
    name: u.name,
    ...(u.email ? { email: u.email } : {}),
    ...(u.department ? { department: u.department } : {}),
    ...(u.manager ? { manager: u.manager } : {}),
    roles: roles.map((r) => r.role_id),
    active: Boolean(u.active),
    systemRole: u.system_role,
    ...outOfOffice(u.out_of_office),
  };
}

function outOfOffice(json: string): Pick<UserView, 'outOfOffice'> {
  const rules = JSON.parse(json) as NonNullable<UserView['outOfOffice']>;
  return rules.length ? { outOfOffice: rules } : {};
}

export async function listDepartments(db: Db): Promise<DepartmentView[]> {
  const rows = await db.selectFrom('departments').selectAll().orderBy('id').execute();
  return rows.map((d) => ({ id: d.id, name: d.name, ...(d.parent ? { parent: d.parent } : {}), ...(d.head ? { head: d.head } : {}) }));
}

export async function listRoles(db: Db): Promise<Array<{ id: string; name?: string; members: number }>> {
  const rows = await db.selectFrom('roles').selectAll().orderBy('id').execute();
  const counts = await db.selectFrom('user_roles').select(['role_id', (eb) => eb.fn.countAll().as('n')]).groupBy('role_id').execute();
  const n = new Map(counts.map((c) => [c.role_id, Number(c.n)]));
  return rows.map((r) => ({ id: r.id, ...(r.name ? { name: r.name } : {}), members: n.get(r.id) ?? 0 }));
}

export async function setUserRoles(db: Db, userId: string, roles: string[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length > 0) await db.insertInto('user_roles').values(roles.map((role_id) => ({ user_id: userId, role_id }))).execute();
}

export async function existingIds(db: Db, table: 'users' | 'departments' | 'roles', ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom(table).select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Would making `parent` the parent of `id` create a cycle? */
export async function wouldCycle(db: Db, id: string, parent: string): Promise<boolean> {
  const rows = await db.selectFrom('departments').select(['id', 'parent']).execute();
  const parentOf = new Map(rows.map((r) => [r.id, r.parent]));
  let at: string | null | undefined = parent;
  for (let i = 0; at && i <= rows.length; i++) {
    if (at === id) return true;
    at = parentOf.get(at);
  }
  return false;
}
