// Record types: every signed-in user reads them (the records pages are built from them); admins and
// designers write one with PUT (validated by validateRecordType: schema and lint), audited. GET and
// PUT answer an ETag over the record type's canonical text (the definitions' draftEtag); a PUT
// with If-Match replaces only that version (412 record-type-changed otherwise), one with
// If-None-Match: * only creates (412 record-type-exists), so two pushes, or a push and the
// studio, cannot silently overwrite each other. Without either it creates or replaces, as before.
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { AppContext } from '../app-context.ts';
import { draftEtag } from '../definitions/definition-row.ts';
import { fail, failure, ok, sendError } from '../http/api-error.ts';
import type { Result } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { problemsFailure } from '../http/json-body.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';
import { adminChange } from '../runtime/admin-change.ts';
import { createRecordTypeRegistry, recordTypeView } from '../records/record-type-registry.ts';
import type { RecordTypeEntry } from '../records/record-type-registry.ts';
import { canonicalJson } from '../util/canonical-json.ts';

/** The ETag of a stored record type: its content, not its revision, as for definitions' drafts. */
export function recordTypeEtag(e: RecordTypeEntry): string {
  return draftEtag(e.type);
}

/** The entity tags of an If-Match / If-None-Match list ("a", "b" or *), trimmed. */
function tagList(header: string | undefined): string[] {
  return (header ?? '').split(',').map((t) => t.trim()).filter((t) => t.length > 0);
}

/** 412 when the request's preconditions do not hold for the stored record type (or its absence).
 * RFC 9110: If-Match `*` holds for any current record type and If-Match compares strongly (a weak
 * tag never matches); If-None-Match compares weakly and `*` fails on any current record type. */
function checkPreconditions(c: Context, key: string, prior: RecordTypeEntry | undefined): Result<undefined> {
  const ifMatch = tagList(c.req.header('if-match'));
  const ifNoneMatch = tagList(c.req.header('if-none-match'));
  const current = prior ? recordTypeEtag(prior) : undefined;
  if (ifMatch.length > 0 && (current === undefined || !ifMatch.some((t) => t === '*' || t === current))) {
    return fail(412, 'record-type-changed',
      `The record type "${key}" changed since you read it (or no longer exists); read it again and merge your changes.`,
      `记录类型“${key}”在您读取后已被修改（或已不存在），请重新读取并合并您的修改。`,
      { details: { currentEtag: current ?? null } });
  }
  const weak = (t: string) => t.replace(/^W\//, '');
  if (current !== undefined && ifNoneMatch.some((t) => t === '*' || weak(t) === current)) return exists(key, current);
  return ok(undefined);
}

function exists(key: string, current: string | null): Result<never> {
  return fail(412, 'record-type-exists', `A record type "${key}" exists already; read it and send If-Match to replace it.`,
    `记录类型“${key}”已存在，请先读取并通过 If-Match 替换。`, { details: { currentEtag: current } });
}

export function recordTypesRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/record-types', { ...spec, tag: 'record-types' }, h);
  const db = ctx.store.db;
  const types = createRecordTypeRegistry();

  add({ method: 'GET', path: '/', access: 'user', summary: 'Record types: key, names, fields, title field, access rules, triggers' }, async (c) => {
    return c.json({ items: (await types.list(db)).map(recordTypeView) });
  });

  add({ method: 'GET', path: '/:key', access: 'user', summary: 'One record type (ETag header for If-Match)' }, async (c) => {
    const e = await types.get(db, param(c, 'key'));
    if (!e) return sendError(c, failure(404, 'not-found', `No record type "${param(c, 'key')}".`, `没有记录类型“${param(c, 'key')}”。`));
    c.header('ETag', recordTypeEtag(e));
    return c.json(recordTypeView(e));
  });

  add({ method: 'PUT', path: '/:key', access: 'designer', summary: 'Create or replace a record type (record-type.schema.json; 422 naming the field); If-Match: the ETag it was based on (412 record-type-changed when it changed since), If-None-Match: * to only create (412 record-type-exists); the typed client always sends one, the studio may send neither', body: 'https://baton.dev/schemas/record-type.schema.json', headers: ['If-Match', 'If-None-Match'] }, async (c) => {
    const key = param(c, 'key');
    const p = c.get('principal')!;
    type Put = { view: ReturnType<typeof recordTypeView>; created: boolean; etag: string };
    const res = await adminChange<Put>(ctx, p, 'record-type.put', `record-type:${key}`, async (tx) => {
      // Twice at most: a create that lost the race to another create (the row appeared between
      // our read and our insert) is read again, now locked, and judged as a replace.
      for (let attempt = 0; ; attempt++) {
        // The row lock keeps the precondition and the write together on PostgreSQL (SQLite's
        // write transactions are serial anyway); it locks nothing while the row does not exist.
        if (ctx.store.dialect === 'postgres') await tx.selectFrom('record_types').select('key').where('key', '=', key).forUpdate().executeTakeFirst();
        const prior = await types.get(tx, key);
        const pre = checkPreconditions(c, key, prior);
        if (!pre.ok) return pre;
        // Who may see and edit existing records is an admin's decision: a designer may change a
        // type's fields and triggers, not widen (or narrow) its access rules.
        const access = (c.get('body') as { access?: unknown } | undefined)?.access;
        if (prior && p.systemRole !== 'admin' && canonicalJson(access ?? {}) !== canonicalJson(prior.type.access ?? {})) {
          return fail(403, 'admin-only-access', 'Only an admin may change who sees and edits the records of a type.', '只有管理员可以修改记录类型的访问规则。', { pointer: '/access' });
        }
        const put = await types.put(tx, key, c.get('body'), p.userId, ctx.nowIso(), prior ?? null);
        if (!put.ok && put.reason === 'invalid') return problemsFailure(put.problems);
        if (!put.ok) {
          if (attempt > 0) throw new Error(`record type ${key}: the insert found a row the locked read did not`); // cannot happen
          continue;
        }
        const etag = recordTypeEtag(put.entry);
        return ok({ value: { view: recordTypeView(put.entry), created: put.created, etag }, detail: { revision: put.entry.revision, created: put.created, etag } });
      }
    });
    if (!res.ok) return sendError(c, res.error);
    c.header('ETag', res.value.etag);
    return c.json(res.value.view, res.value.created ? 201 : 200);
  });
  return r;
}
