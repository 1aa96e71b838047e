// Import of an org directory from JSON (the org.schema.json shape) or CSV (one user per row, with
// a header). Good rows are upserted in one transaction; bad rows come back in a report with the
// row number and reason, and are not written.
import type { Db } from '../store/store.ts';
import { parseCsv } from './csv.ts';
import { bumpOrgVersion, setUserRoles } from './org-repo.ts';

export interface ImportRow {
  id?: unknown;
  name?: unknown;
  email?: unknown;
  department?: unknown;
  manager?: unknown;
  roles?: unknown;
  active?: unknown;
}

export interface ImportDoc {
  users: ImportRow[];
  departments: Array<{ id?: unknown; name?: unknown; parent?: unknown; head?: unknown }>;
  roles: Array<{ id?: unknown; name?: unknown }>;
}

export interface Rejected {
  /** "/users/3" for JSON, "line 4" style row numbers for CSV. */
  row: string;
  reason: { en: string; 'zh-CN': string };
}

export interface ImportReport {
  users: { created: number; updated: number };
  departments: { created: number; updated: number };
  roles: { created: number; updated: number };
  rejected: Rejected[];
}

const KEY = /^[a-z][a-z0-9-]{0,63}$/;
const isName = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 200;
const isUserId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 128;
const isEmail = (v: unknown) => typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) && v.length <= 320;

/** Turns CSV text (header: id,name,email,department,manager,roles,active) into an import doc. */
export function csvToImportDoc(text: string): { doc: ImportDoc; rowName: (i: number) => string } | { error: string } {
  const rows = parseCsv(text);
  const header = rows.shift()?.map((h) => h.trim().toLowerCase());
  if (!header || !header.includes('id') || !header.includes('name')) return { error: 'The CSV needs a header row with at least "id" and "name".' };
  const users = rows.map((cells) => {
    const u: Record<string, unknown> = {};
    header.forEach((h, i) => {
      const v = (cells[i] ?? '').trim();
      if (v === '') return;
      if (h === 'roles') u.roles = v.split(/[;|]/).map((s) => s.trim()).filter(Boolean);
      else if (h === 'active') u.active = !/^(false|0|no|n)$/i.test(v);
      else if (['id', 'name', 'email', 'department', 'manager'].includes(h)) u[h] = v;
    });
    return u as ImportRow;
  });
  return { doc: { users, departments: [], roles: [] }, rowName: (i) => `line ${i + 2}` };
}

function reject(row: string, en: string, zh: string): Rejected {
  return { row, reason: { en, 'zh-CN': zh } };
}

export async function importOrg(tx: Db, doc: ImportDoc, now: string, rowName: (kind: string, i: number) => string): Promise<ImportReport> {
  const report: ImportReport = { users: { created: 0, updated: 0 }, departments: { created: 0, updated: 0 }, roles: { created: 0, updated: 0 }, rejected: [] };
  const roleIds = new Set((await tx.selectFrom('roles').select('id').execute()).map((r) => r.id));
  const deptIds = new Set((await tx.selectFrom('departments').select('id').execute()).map((r) => r.id));
  const userIds = new Set((await tx.selectFrom('users').select('id').execute()).map((r) => r.id));

  for (const [i, r] of doc.roles.entries()) {
    if (typeof r.id !== 'string' || !KEY.test(r.id)) { report.rejected.push(reject(rowName('roles', i), 'role id must be a key (a-z, 0-9, -)', '角色标识必须是小写字母、数字和连字符')); continue; }
    if (r.name !== undefined && !isName(r.name)) { report.rejected.push(reject(rowName('roles', i), 'role name must be 1-200 characters', '角色名称须为 1-200 个字符')); continue; }
    const name = (r.name as string | undefined) ?? null;
    if (roleIds.has(r.id)) { await tx.updateTable('roles').set({ name }).where('id', '=', r.id).execute(); report.roles.updated++; }
    else { await tx.insertInto('roles').values({ id: r.id, name }).execute(); roleIds.add(r.id); report.roles.created++; }
  }
  // Departments first without parents/heads (they may refer forwards), then links.
  const goodDepts: Array<{ id: string; parent?: unknown; head?: unknown; i: number }> = [];
  for (const [i, d] of doc.departments.entries()) {
    if (typeof d.id !== 'string' || !KEY.test(d.id)) { report.rejected.push(reject(rowName('departments', i), 'department id must be a key (a-z, 0-9, -)', '部门标识必须是小写字母、数字和连字符')); continue; }
    if (!isName(d.name)) { report.rejected.push(reject(rowName('departments', i), 'department name must be 1-200 characters', '部门名称须为 1-200 个字符')); continue; }
    if (deptIds.has(d.id)) { await tx.updateTable('departments').set({ name: d.name }).where('id', '=', d.id).execute(); report.departments.updated++; }
    else { await tx.insertInto('departments').values({ id: d.id, name: d.name, parent: null, head: null }).execute(); deptIds.add(d.id); report.departments.created++; }
    goodDepts.push({ id: d.id, parent: d.parent, head: d.head, i });
  }
  const goodUsers: Array<{ id: string; manager?: unknown; i: number }> = [];
  const seen = new Set<string>();
  for (const [i, u] of doc.users.entries()) {
    const row = rowName('users', i);
    if (!isUserId(u.id)) { report.rejected.push(reject(row, 'id is required (1-128 characters)', '缺少用户标识（1-128 个字符）')); continue; }
    if (u.id === 'system') { report.rejected.push(reject(row, '"system" is reserved for the server', '“system”为系统保留')); continue; }
    if (seen.has(u.id)) { report.rejected.push(reject(row, `duplicate id "${u.id}"`, `重复的用户标识“${u.id}”`)); continue; }
    if (!isName(u.name)) { report.rejected.push(reject(row, 'name is required (1-200 characters)', '缺少姓名（1-200 个字符）')); continue; }
    if (u.email !== undefined && !isEmail(u.email)) { report.rejected.push(reject(row, 'email is not an email address', '邮箱格式不正确')); continue; }
    if (u.department !== undefined && (typeof u.department !== 'string' || !deptIds.has(u.department))) { report.rejected.push(reject(row, `unknown department "${String(u.department)}"`, `未知部门“${String(u.department)}”`)); continue; }
    const roles = u.roles ?? [];
    if (!Array.isArray(roles) || roles.some((x) => typeof x !== 'string' || !roleIds.has(x))) { report.rejected.push(reject(row, `unknown role in ${JSON.stringify(roles)}`, `包含未知角色 ${JSON.stringify(roles)}`)); continue; }
    if (u.active !== undefined && typeof u.active !== 'boolean') { report.rejected.push(reject(row, 'active must be true or false', 'active 必须是 true 或 false')); continue; }
    seen.add(u.id);
    const values = { name: u.name, email: (u.email as string | undefined) ?? null, department: (u.department as string | undefined) ?? null, active: u.active === false ? 0 : 1, updated_at: now };
    if (userIds.has(u.id)) { await tx.updateTable('users').set(values).where('id', '=', u.id).execute(); report.users.updated++; }
    else { await tx.insertInto('users').values({ id: u.id, ...values, manager: null, system_role: 'member', password_hash: null, out_of_office: '[]', created_at: now }).execute(); userIds.add(u.id); report.users.created++; }
    await setUserRoles(tx, u.id, [...new Set(roles as string[])]);
    goodUsers.push({ id: u.id, manager: u.manager, i });
  }
  for (const u of goodUsers) {
    if (u.manager === undefined) continue;
    if (typeof u.manager !== 'string' || !userIds.has(u.manager) || u.manager === u.id) { report.rejected.push(reject(rowName('users', u.i), `unknown manager "${String(u.manager)}" (the rest of the row was imported)`, `未知的上级“${String(u.manager)}”（该行其余内容已导入）`)); continue; }
    await tx.updateTable('users').set({ manager: u.manager }).where('id', '=', u.id).execute();
  }
  for (const d of goodDepts) {
    const parent = typeof d.parent === 'string' && deptIds.has(d.parent) && d.parent !== d.id ? d.parent : null;
    const head = typeof d.head === 'string' && userIds.has(d.head) ? d.head : null;
    if (d.parent !== undefined && parent === null) report.rejected.push(reject(rowName('departments', d.i), `unknown parent "${String(d.parent)}" (imported without it)`, `未知上级部门“${String(d.parent)}”（已忽略）`));
    if (d.head !== undefined && head === null) report.rejected.push(reject(rowName('departments', d.i), `unknown head "${String(d.head)}" (imported without it)`, `未知负责人“${String(d.head)}”（已忽略）`));
    await tx.updateTable('departments').set({ parent, head }).where('id', '=', d.id).execute();
  }
  await bumpOrgVersion(tx);
  return report;
}
