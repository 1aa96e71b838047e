// The org directory: users, departments (tree with heads), roles; admin CRUD; import and export.
import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { fail, failure, notFound, ok, sendError } from '../http/api-error.ts';
import { apiSchemaId } from '../http/api-schemas.ts';
import { param } from '../http/params.ts';
import type { AppEnv } from '../http/app-env.ts';
import { findForbiddenKey } from '../http/json-body.ts';
import type { RouteSpec, Handler } from '../http/route-book.ts';
import { csvToImportDoc, importOrg } from '../org/org-import.ts';
import type { ImportDoc } from '../org/org-import.ts';
import { bumpOrgVersion, existingIds, getUser, listDepartments, listRoles, listUsers, setUserRoles, wouldCycle } from '../org/org-repo.ts';
import { adminChange } from '../runtime/admin-change.ts';
import type { SystemRole } from '../store/database.ts';
import { SYSTEM_USER } from '../runtime/engine-port.ts';

interface UserBody {
  id?: string;
  name?: string;
  email?: string | null;
  department?: string | null;
  manager?: string | null;
  roles?: string[];
  active?: boolean;
  systemRole?: SystemRole;
  password?: string;
  outOfOffice?: Array<{ from: string; to: string; delegate: string }>;
}

export function orgRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/org', { ...spec, tag: 'org' }, h);
  const db = ctx.store.db;

  const checkRefs = async (tx: typeof db | Parameters<Parameters<typeof adminChange>[4]>[0], b: UserBody, self?: string) => {
    if (b.department && !(await existingIds(tx, 'departments', [b.department])).has(b.department)) {
      return failure(422, 'unknown-department', `Unknown department "${b.department}".`, `未知部门“${b.department}”。`, { pointer: '/department' });
    }
    if (b.manager && (b.manager === self || !(await existingIds(tx, 'users', [b.manager])).has(b.manager))) {
      return failure(422, 'unknown-manager', `Unknown manager "${b.manager}".`, `未知上级“${b.manager}”。`, { pointer: '/manager' });
    }
    for (const [i, rule] of (b.outOfOffice ?? []).entries()) {
      if (rule.delegate === self || !(await existingIds(tx, 'users', [rule.delegate])).has(rule.delegate)) {
        return failure(422, 'unknown-delegate', `Unknown delegate "${rule.delegate}".`, `未知的代理人“${rule.delegate}”。`, { pointer: `/outOfOffice/${i}/delegate` });
      }
      if (Date.parse(rule.to) <= Date.parse(rule.from)) {
        return failure(422, 'bad-period', 'An out-of-office rule must end after it starts.', '外出规则的结束时间必须晚于开始时间。', { pointer: `/outOfOffice/${i}/to` });
      }
    }
    if (b.roles) {
      const known = await existingIds(tx, 'roles', b.roles);
      const bad = b.roles.findIndex((x) => !known.has(x));
      if (bad >= 0) return failure(422, 'unknown-role', `Unknown role "${b.roles[bad]}".`, `未知角色“${b.roles[bad]}”。`, { pointer: `/roles/${bad}` });
    }
    return undefined;
  };

  add({ method: 'GET', path: '/users', access: 'user', summary: 'List users (filters: q, department, role)' }, async (c) => {
    const q = c.req.query();
    return c.json({ items: await listUsers(db, { q: q.q?.slice(0, 100), department: q.department, role: q.role }) });
  });
  add({ method: 'GET', path: '/users/:id', access: 'user', summary: 'One user' }, async (c) => {
    const u = await getUser(db, param(c, 'id'));
    return u ? c.json(u) : sendError(c, notFound('User', '用户'));
  });
  add({ method: 'POST', path: '/users', access: 'admin', summary: 'Create a user', body: apiSchemaId('user-create'), status: 201 }, async (c) => {
    const b = c.get('body') as UserBody & { id: string; name: string };
    const hash = b.password ? await ctx.hasher.hash(b.password) : null;
    const res = await adminChange(ctx, c.get('principal')!, 'org.user.create', `user:${b.id}`, async (tx) => {
      if (b.id === SYSTEM_USER) return fail(422, 'reserved-id', `"${b.id}" is reserved for the server.`, `“${b.id}”为系统保留。`, { pointer: '/id' });
      if ((await existingIds(tx, 'users', [b.id])).has(b.id)) return fail(409, 'already-exists', `User "${b.id}" already exists.`, `用户“${b.id}”已存在。`, { pointer: '/id' });
      const bad = await checkRefs(tx, b);
      if (bad) return { ok: false, error: bad };
      const now = ctx.nowIso();
      await tx.insertInto('users').values({ id: b.id, name: b.name, email: b.email ?? null, department: b.department ?? null, manager: b.manager ?? null, active: b.active === false ? 0 : 1, system_role: b.systemRole ?? 'member', password_hash: hash, out_of_office: JSON.stringify(b.outOfOffice ?? []), created_at: now, updated_at: now }).execute();
      await setUserRoles(tx, b.id, b.roles ?? []);
      await bumpOrgVersion(tx);
      const { password: _pw, ...detail } = b;
      return ok({ value: (await getUser(tx, b.id))!, detail });
    });
    return res.ok ? c.json(res.value, 201) : sendError(c, res.error);
  });
  add({ method: 'PATCH', path: '/users/:id', access: 'admin', summary: 'Change a user', body: apiSchemaId('user-update') }, async (c) => {
    const id = param(c, 'id');
    const b = c.get('body') as UserBody;
    const hash = b.password ? await ctx.hasher.hash(b.password) : undefined;
    const res = await adminChange(ctx, c.get('principal')!, 'org.user.update', `user:${id}`, async (tx) => {
      if (!(await existingIds(tx, 'users', [id])).has(id)) return { ok: false, error: notFound('User', '用户') };
      const bad = await checkRefs(tx, b, id);
      if (bad) return { ok: false, error: bad };
      await tx.updateTable('users').set({
        ...(b.name !== undefined ? { name: b.name } : {}),
        ...(b.email !== undefined ? { email: b.email } : {}),
        ...(b.department !== undefined ? { department: b.department } : {}),
        ...(b.manager !== undefined ? { manager: b.manager } : {}),
        ...(b.active !== undefined ? { active: b.active ? 1 : 0 } : {}),
        ...(b.systemRole !== undefined ? { system_role: b.systemRole } : {}),
        ...(hash !== undefined ? { password_hash: hash } : {}),
        ...(b.outOfOffice !== undefined ? { out_of_office: JSON.stringify(b.outOfOffice) } : {}),
        updated_at: ctx.nowIso(),
      }).where('id', '=', id).execute();
      if (b.roles) await setUserRoles(tx, id, b.roles);
      await bumpOrgVersion(tx);
      const { password: _pw, ...detail } = b;
      return ok({ value: (await getUser(tx, id))!, detail: { ...detail, ...(hash ? { passwordChanged: true } : {}) } });
    });
    return res.ok ? c.json(res.value) : sendError(c, res.error);
  });
  add({ method: 'DELETE', path: '/users/:id', access: 'admin', summary: 'Deactivate a user (kept for history; gets no new tasks)' }, async (c) => {
    const id = param(c, 'id');
    const res = await adminChange(ctx, c.get('principal')!, 'org.user.deactivate', `user:${id}`, async (tx) => {
      if (!(await existingIds(tx, 'users', [id])).has(id)) return { ok: false, error: notFound('User', '用户') };
      if (id === c.get('principal')!.userId) return fail(409, 'self', 'You cannot deactivate yourself.', '不能停用自己。');
      await tx.updateTable('users').set({ active: 0, updated_at: ctx.nowIso() }).where('id', '=', id).execute();
      await tx.updateTable('api_tokens').set({ revoked_at: ctx.nowIso() }).where('user_id', '=', id).where('revoked_at', 'is', null).execute();
      await bumpOrgVersion(tx);
      return ok({ value: (await getUser(tx, id))! });
    });
    return res.ok ? c.json(res.value) : sendError(c, res.error);
  });

  add({ method: 'GET', path: '/departments', access: 'user', summary: 'List departments (a tree by parent)' }, async (c) => c.json({ items: await listDepartments(db) }));
  const writeDept = (create: boolean): Handler => async (c) => {
    const b = c.get('body') as { id?: string; name: string; parent?: string | null; head?: string | null };
    const id = create ? b.id : param(c, 'id');
    if (!id) return sendError(c, failure(422, 'validation-failed', '"id" is required.', '缺少“id”。', { pointer: '/id' }));
    const res = await adminChange(ctx, c.get('principal')!, create ? 'org.department.create' : 'org.department.update', `department:${id}`, async (tx) => {
      const exists = (await existingIds(tx, 'departments', [id])).has(id);
      if (create && exists) return fail(409, 'already-exists', `Department "${id}" already exists.`, `部门“${id}”已存在。`, { pointer: '/id' });
      if (!create && !exists) return { ok: false, error: notFound('Department', '部门') };
      if (b.parent && (!(await existingIds(tx, 'departments', [b.parent])).has(b.parent) || (await wouldCycle(tx, id, b.parent)))) {
        return fail(422, 'bad-parent', `"${b.parent}" cannot be the parent (unknown, or it would make a cycle).`, `“${b.parent}”不能作为上级部门（不存在或形成循环）。`, { pointer: '/parent' });
      }
      if (b.head && !(await existingIds(tx, 'users', [b.head])).has(b.head)) return fail(422, 'unknown-user', `Unknown user "${b.head}".`, `未知用户“${b.head}”。`, { pointer: '/head' });
      const row = { name: b.name, parent: b.parent ?? null, head: b.head ?? null };
      if (create) await tx.insertInto('departments').values({ id, ...row }).execute();
      else await tx.updateTable('departments').set(row).where('id', '=', id).execute();
      await bumpOrgVersion(tx);
      return ok({ value: { id, ...row } });
    });
    return res.ok ? c.json(res.value, create ? 201 : 200) : sendError(c, res.error);
  };
  add({ method: 'POST', path: '/departments', access: 'admin', summary: 'Create a department', body: apiSchemaId('department-write'), status: 201 }, writeDept(true));
  add({ method: 'PUT', path: '/departments/:id', access: 'admin', summary: 'Replace a department (name, parent, head)', body: apiSchemaId('department-write') }, writeDept(false));
  add({ method: 'DELETE', path: '/departments/:id', access: 'admin', summary: 'Delete an empty department' }, async (c) => {
    const id = param(c, 'id');
    const res = await adminChange(ctx, c.get('principal')!, 'org.department.delete', `department:${id}`, async (tx) => {
      if (!(await existingIds(tx, 'departments', [id])).has(id)) return { ok: false, error: notFound('Department', '部门') };
      const child = await tx.selectFrom('departments').select('id').where('parent', '=', id).executeTakeFirst();
      const member = await tx.selectFrom('users').select('id').where('department', '=', id).executeTakeFirst();
      if (child || member) return fail(409, 'not-empty', 'The department still has sub-departments or members.', '该部门仍有下级部门或成员。');
      await tx.deleteFrom('departments').where('id', '=', id).execute();
      await bumpOrgVersion(tx);
      return ok({ value: { id, deleted: true } });
    });
    return res.ok ? c.json(res.value) : sendError(c, res.error);
  });

  add({ method: 'GET', path: '/roles', access: 'user', summary: 'List org roles with member counts' }, async (c) => c.json({ items: await listRoles(db) }));
  const writeRole = (create: boolean): Handler => async (c) => {
    const b = c.get('body') as { id?: string; name?: string };
    const id = create ? b.id : param(c, 'id');
    if (!id) return sendError(c, failure(422, 'validation-failed', '"id" is required.', '缺少“id”。', { pointer: '/id' }));
    const res = await adminChange(ctx, c.get('principal')!, create ? 'org.role.create' : 'org.role.update', `role:${id}`, async (tx) => {
      const exists = (await existingIds(tx, 'roles', [id])).has(id);
      if (create && exists) return fail(409, 'already-exists', `Role "${id}" already exists.`, `角色“${id}”已存在。`, { pointer: '/id' });
      if (!create && !exists) return { ok: false, error: notFound('Role', '角色') };
      if (create) await tx.insertInto('roles').values({ id, name: b.name ?? null }).execute();
      else await tx.updateTable('roles').set({ name: b.name ?? null }).where('id', '=', id).execute();
      await bumpOrgVersion(tx);
      return ok({ value: { id, ...(b.name ? { name: b.name } : {}) } });
    });
    return res.ok ? c.json(res.value, create ? 201 : 200) : sendError(c, res.error);
  };
  add({ method: 'POST', path: '/roles', access: 'admin', summary: 'Create an org role', body: apiSchemaId('role-write'), status: 201 }, writeRole(true));
  add({ method: 'PUT', path: '/roles/:id', access: 'admin', summary: 'Rename an org role', body: apiSchemaId('role-write') }, writeRole(false));
  add({ method: 'DELETE', path: '/roles/:id', access: 'admin', summary: 'Delete an org role (members lose it)' }, async (c) => {
    const id = param(c, 'id');
    const res = await adminChange(ctx, c.get('principal')!, 'org.role.delete', `role:${id}`, async (tx) => {
      if (!(await existingIds(tx, 'roles', [id])).has(id)) return { ok: false, error: notFound('Role', '角色') };
      await tx.deleteFrom('user_roles').where('role_id', '=', id).execute();
      await tx.deleteFrom('roles').where('id', '=', id).execute();
      await bumpOrgVersion(tx);
      return ok({ value: { id, deleted: true } });
    });
    return res.ok ? c.json(res.value) : sendError(c, res.error);
  });

  add({ method: 'POST', path: '/import', access: 'admin', summary: 'Import users, departments and roles from JSON (org.schema.json) or CSV (text/csv, one user per row); returns a report of rejected rows', bodyMediaType: 'text/csv' }, async (c) => {
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    const text = await c.req.text();
    let doc: ImportDoc;
    let rowName: (kind: string, i: number) => string = (kind, i) => `/${kind}/${i}`;
    if (type.startsWith('text/csv')) {
      const parsed = csvToImportDoc(text);
      if ('error' in parsed) return sendError(c, failure(422, 'bad-csv', parsed.error, 'CSV 需要包含 id 与 name 列的表头。', { pointer: '' }));
      doc = parsed.doc;
      rowName = (_k, i) => parsed.rowName(i);
    } else if (type.startsWith('application/json')) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return sendError(c, failure(400, 'malformed-json', 'The request body is not valid JSON.', '请求体不是有效的 JSON。'));
      }
      const bad = findForbiddenKey(body);
      if (bad !== undefined) return sendError(c, failure(422, 'forbidden-key', 'The body contains a reserved key.', '请求体包含保留的键名。', { pointer: bad }));
      const o = body as Partial<Record<keyof ImportDoc, unknown>> | null;
      if (typeof o !== 'object' || o === null || Array.isArray(o) || !Array.isArray(o.users) || (o.departments !== undefined && !Array.isArray(o.departments)) || (o.roles !== undefined && !Array.isArray(o.roles))) {
        return sendError(c, failure(422, 'validation-failed', 'Send an org document: { users: [...], departments?: [...], roles?: [...] }.', '请提交组织文档：{ users, departments, roles }。', { pointer: '' }));
      }
      const rows = (v: unknown) => (v as unknown[] | undefined ?? []).map((x) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? x : {}));
      doc = { users: rows(o.users), departments: rows(o.departments), roles: rows(o.roles) };
    } else {
      return sendError(c, failure(415, 'unsupported-media-type', 'Send application/json or text/csv.', '请求体必须是 application/json 或 text/csv。'));
    }
    const res = await adminChange(ctx, c.get('principal')!, 'org.import', 'org', async (tx) => {
      const report = await importOrg(tx, doc, ctx.nowIso(), rowName);
      return ok({ value: report });
    });
    return res.ok ? c.json(res.value) : sendError(c, res.error);
  });
  add({ method: 'GET', path: '/export', access: 'admin', summary: 'The org as an org.schema.json document' }, async (c) => c.json(await ctx.directory.get()));
  return r;
}
