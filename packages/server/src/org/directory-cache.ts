// The org as the engine reads it: a BatonOrgDirectory document built from the tables, kept while
// org_meta.version is unchanged (one cheap read per use, so other processes' edits are seen).
import type { BatonOrgDirectory } from '@baton/schema';
import type { Db, Store } from '../store/store.ts';
import { listDepartments, listRoles, listUsers, orgVersion } from './org-repo.ts';
import type { UserView } from './org-repo.ts';

export interface OrgSnapshot {
  org: BatonOrgDirectory;
  /** Users with the platform admin role: the engine treats them as admins of every flow. */
  admins: ReadonlySet<string>;
  /** Every user as authentication needs them, by id. */
  users: ReadonlyMap<string, UserView>;
}

export interface DirectoryCache {
  /** The current org document. */
  get(db?: Db): Promise<BatonOrgDirectory>;
  /** The org document with the platform admins. */
  snapshot(db?: Db): Promise<OrgSnapshot>;
}

export function createDirectoryCache(store: Store): DirectoryCache {
  let cached: { version: number; snap: OrgSnapshot } | undefined;
  const snapshot = async (db: Db = store.db): Promise<OrgSnapshot> => {
      const version = await orgVersion(db);
      if (cached && cached.version === version) return cached.snap;
      const [users, departments, roles] = await Promise.all([listUsers(db), listDepartments(db), listRoles(db)]);
      const org: BatonOrgDirectory = {
        users: users.map((u) => {
          const rules = u.outOfOffice ?? [];
          return {
            id: u.id,
            name: u.name,
            ...(u.email ? { email: u.email } : {}),
            ...(u.department ? { department: u.department } : {}),
            ...(u.manager ? { manager: u.manager } : {}),
            ...(u.roles.length ? { roles: u.roles } : {}),
            active: u.active,
            ...(rules.length ? { outOfOffice: rules } : {}),
          };
        }),
        departments,
        roles: roles.map((r) => ({ id: r.id, ...(r.name ? { name: r.name } : {}) })),
      };
      const snap = { org, admins: new Set(users.filter((u) => u.systemRole === 'admin').map((u) => u.id)), users: new Map(users.map((u) => [u.id, u])) };
      cached = { version, snap };
      return snap;
  };
  return {
    snapshot,
    get: async (db) => (await snapshot(db)).org,
  };
}
