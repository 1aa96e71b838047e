// Record types: every signed-in user reads them (the records pages are built from them); admins and
// designers write one with PUT (validated by validateRecordType: schema and lint), audited.
import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { fail, failure, ok, sendError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { problemsFailure } from '../http/json-body.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';
import { adminChange } from '../runtime/admin-change.ts';
import { createRecordTypeRegistry, recordTypeView } from '../records/record-type-registry.ts';
import { canonicalJson } from '../util/canonical-json.ts';

export function recordTypesRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/record-types', { ...spec, tag: 'record-types' }, h);
  const db = ctx.store.db;
  const types = createRecordTypeRegistry();

  add({ method: 'GET', path: '/', access: 'user', summary: 'Record types: key, names, fields, title field, access rules, triggers' }, async (c) => {
    return c.json({ items: (await types.list(db)).map(recordTypeView) });
  });

  add({ method: 'GET', path: '/:key', access: 'user', summary: 'One record type' }, async (c) => {
    const e = await types.get(db, param(c, 'key'));
    if (!e) return sendError(c, failure(404, 'not-found', `No record type "${param(c, 'key')}".`, `没有记录类型“${param(c, 'key')}”。`));
    return c.json(recordTypeView(e));
  });

  add({ method: 'PUT', path: '/:key', access: 'designer', summary: 'Create or replace a record type (record-type.schema.json; 422 naming the field)', body: 'https://baton.dev/schemas/record-type.schema.json' }, async (c) => {
    const key = param(c, 'key');
    const p = c.get('principal')!;
    const res = await adminChange<{ view: ReturnType<typeof recordTypeView>; created: boolean }>(ctx, p, 'record-type.put', `record-type:${key}`, async (tx) => {
      // Who may see and edit existing records is an admin's decision: a designer may change a
      // type's fields and triggers, not widen (or narrow) its access rules.
      const prior = await types.get(tx, key);
      const access = (c.get('body') as { access?: unknown } | undefined)?.access;
      if (prior && p.systemRole !== 'admin' && canonicalJson(access ?? {}) !== canonicalJson(prior.type.access ?? {})) {
        return fail(403, 'admin-only-access', 'Only an admin may change who sees and edits the records of a type.', '只有管理员可以修改记录类型的访问规则。', { pointer: '/access' });
      }
      const put = await types.put(tx, key, c.get('body'), p.userId, ctx.nowIso());
      if (!put.ok) return problemsFailure(put.problems);
      return ok({ value: { view: recordTypeView(put.entry), created: put.created }, detail: { revision: put.entry.revision, created: put.created } });
    });
    if (!res.ok) return sendError(c, res.error);
    return c.json(res.value.view, res.value.created ? 201 : 200);
  });
  return r;
}
