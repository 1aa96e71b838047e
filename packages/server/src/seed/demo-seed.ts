// First-run seed: the demo company (templates/demo-org.json) with one known password, an
// `admin` account, and platform roles taken from org roles (admin -> admin, sales-ops -> designer).
import type { BatonOrgDirectory } from '@baton/schema';
import type { PasswordHasher } from '../auth/passwords.ts';
import { importOrg } from '../org/org-import.ts';
import type { Store } from '../store/store.ts';
import { appendAudit } from '../audit/audit-log.ts';

export const DEMO_PASSWORD = 'baton-demo';

export interface SeedResult {
  seeded: boolean;
  logins: Array<{ user: string; role: string }>;
}

/** Seeds an empty store; does nothing (seeded: false) when any user exists. */
export async function seedDemoOrg(store: Store, org: BatonOrgDirectory, hasher: PasswordHasher, now: string, password = DEMO_PASSWORD): Promise<SeedResult> {
  const any = await store.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return { seeded: false, logins: [] };
  const hash = await hasher.hash(password);
  const admins = org.users.filter((u) => u.roles?.includes('admin')).map((u) => u.id);
  const designers = org.users.filter((u) => u.roles?.includes('sales-ops')).map((u) => u.id);
  await store.db.transaction().execute(async (tx) => {
    const report = await importOrg(tx, { users: org.users, departments: org.departments ?? [], roles: org.roles ?? [] }, now, (k, i) => `/${k}/${i}`);
    if (report.rejected.length > 0) throw new Error(`demo org rejected: ${JSON.stringify(report.rejected)}`);
    await tx.insertInto('users').values({ id: 'admin', name: 'Administrator 管理员', email: null, department: org.departments?.[0]?.id ?? null, manager: null, active: 1, system_role: 'admin', password_hash: null, out_of_office: '[]', created_at: now, updated_at: now }).execute();
    await tx.updateTable('users').set({ password_hash: hash }).execute();
    if (admins.length) await tx.updateTable('users').set({ system_role: 'admin' }).where('id', 'in', admins).execute();
    if (designers.length) await tx.updateTable('users').set({ system_role: 'designer' }).where('id', 'in', designers).execute();
    await appendAudit(tx, store.dialect, { at: now, actor: 'system', action: 'org.seed', subject: 'org', detail: { users: report.users.created + 1 } });
  });
  const sample = org.users.filter((u) => !admins.includes(u.id) && !designers.includes(u.id)).slice(0, 4);
  return {
    seeded: true,
    logins: [
      { user: 'admin', role: 'admin' },
      ...admins.map((user) => ({ user, role: 'admin' })),
      ...designers.map((user) => ({ user, role: 'designer' })),
      ...sample.map((u) => ({ user: u.id, role: 'member' })),
    ],
  };
}
