// CRM records: list (only rows the caller may read; cursor pagination), create, detail with field
// locks and pending change requests, edit under If-Match (a locked field answers 409 field-locked),
// soft delete, CSV import, and change requests that start an approval flow carrying a patch.
// Rows the caller may not read answer 404, so ids do not leak.
import { readTimeCursor, writeTimeCursor } from '../http/time-cursor.ts';
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { AppContext } from '../app-context.ts';
import type { Principal } from '../auth/principal.ts';
import type { Db } from '../store/store.ts';
import { failure, sendError } from '../http/api-error.ts';
import { apiSchemaId } from '../http/api-schemas.ts';
import type { AppEnv } from '../http/app-env.ts';
import { idempotencyClaim } from '../http/idempotency.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';
import { requestChange } from '../records/change-request.ts';
import type { ChangeRequestBody } from '../records/change-request.ts';
import { scopeFor } from '../records/record-access.ts';
import { mayAccess } from '../records/readable-record.ts';
import { importRecords } from '../records/record-import.ts';
import { listRecords, loadRecord } from '../records/record-repo.ts';
import type { RecordValues, StoredRecord } from '../records/record-repo.ts';
import { createRecordTypeRegistry } from '../records/record-type-registry.ts';
import type { RecordTypeEntry } from '../records/record-type-registry.ts';
import { inTransaction } from '../records/record-transaction.ts';
import { recordDetail, recordEtag, recordSummary } from '../records/record-view.ts';
import { createRecordWith, deleteRecordWith, updateRecordWith } from '../records/record-writer.ts';

const recordNotFound = () => failure(404, 'not-found', 'Record not found.', '记录不存在。');
const typeNotFound = (key: string) => failure(404, 'not-found', `No record type "${key}".`, `没有记录类型“${key}”。`);


/** The revision an If-Match names ("3", W/"3" or 3), or undefined. */
function ifMatchRevision(c: Context): number | 'missing' | 'bad' {
  const v = c.req.header('if-match')?.trim();
  if (!v) return 'missing';
  const m = /^(?:W\/)?"?(\d{1,12})"?$/.exec(v);
  return m ? Number(m[1]) : 'bad';
}

/** A type's "owner" user field is the record's owner: a value sent there is an owner change. */
function withOwnerField<B extends { values?: RecordValues; owner?: string }>(entry: RecordTypeEntry, b: B): B & { ownerAt: string } {
  const v = b.values?.owner;
  if (b.owner !== undefined || typeof v !== 'string' || !entry.type.fields.some((f) => f.key === 'owner' && f.type === 'user')) return { ...b, ownerAt: '/owner' };
  return { ...b, owner: v, ownerAt: '/values/owner' };
}

export function recordsRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/records', { ...spec, tag: 'records' }, h);
  const db = ctx.store.db;
  const types = createRecordTypeRegistry();

  /** The record and its type if the caller may read it (what = "edit": also edit it). */
  const visible = (p: Principal, entry: RecordTypeEntry, rec: StoredRecord | undefined, what: 'read' | 'edit', tx: Db = db): Promise<boolean> => mayAccess(ctx, p, entry, rec, what, tx);
  const cannotEdit = () => failure(403, 'forbidden', 'You may see this record but not change it.', '您可以查看该记录，但无权修改。');

  add({ method: 'GET', path: '/:type', access: 'user', summary: 'Records of a type the caller may read, newest first (q, owner (a user id or "me"); cursor, limit)' }, async (c) => {
    const p = c.get('principal')!;
    const entry = await types.get(db, param(c, 'type'));
    if (!entry) return sendError(c, typeNotFound(param(c, 'type')));
    const q = c.req.query();
    const cursor = readTimeCursor(q.cursor);
    if (cursor === 'bad') return sendError(c, failure(400, 'bad-cursor', 'The cursor is not valid.', '游标无效。', { pointer: '/cursor' }));
    const limit = Math.min(Math.max(Number(q.limit ?? 20) || 20, 1), 100);
    const scope = scopeFor(p, entry.type.access, 'read', await ctx.directory.get());
    const rows = await listRecords(db, { type: entry.type.key, scope, limit, ...(q.q ? { q: q.q.slice(0, 100) } : {}), ...(q.owner ? { owner: q.owner === 'me' ? p.userId : q.owner } : {}), ...(cursor ? { cursor } : {}) });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return c.json({ items: page.map(recordSummary), nextCursor: rows.length > limit && last ? writeTimeCursor(last.createdAt, last.id) : null });
  });

  add({ method: 'POST', path: '/:type', access: 'user', summary: 'Create a record (values checked against the type; owner = caller unless an admin names one)', body: apiSchemaId('record-write'), status: 201 }, async (c) => {
    const p = c.get('principal')!;
    const entry = await types.get(db, param(c, 'type'));
    if (!entry) return sendError(c, typeNotFound(param(c, 'type')));
    const b = withOwnerField(entry, c.get('body') as { values: RecordValues; owner?: string });
    if (b.owner !== undefined && b.owner !== p.userId && p.systemRole !== 'admin') {
      return sendError(c, failure(403, 'forbidden', 'Only admins create records owned by someone else.', '只有管理员可以创建他人负责的记录。', { pointer: b.ownerAt }));
    }
    const res = await inTransaction(ctx, (tx) => createRecordWith(ctx, tx, entry, { id: `rec_${ctx.ids.next()}`, owner: b.owner ?? p.userId, values: b.values, actor: p.userId }));
    if (!res.ok) return sendError(c, res.error);
    c.header('ETag', recordEtag(res.value.record));
    return c.json({ ...(await recordDetail(db, res.value.record)), triggered: res.value.triggers.started }, 201);
  });

  add({ method: 'POST', path: '/:type/import', access: 'user', summary: 'Import records from CSV (header = field keys); report of rejected rows (row, field, reason); accepted rows written in one transaction', bodyMediaType: 'text/csv' }, async (c) => {
    const p = c.get('principal')!;
    const entry = await types.get(db, param(c, 'type'));
    if (!entry) return sendError(c, typeNotFound(param(c, 'type')));
    if (!/^text\/csv\s*(;|$)/i.test(c.req.header('content-type') ?? '')) return sendError(c, failure(415, 'unsupported-media-type', 'Send the body as text/csv.', '请求体必须是 text/csv。'));
    const res = await importRecords(ctx, p, entry, await c.req.text(), () => `rec_${ctx.ids.next()}`);
    return res.ok ? c.json(res.value) : sendError(c, res.error);
  });

  add({ method: 'GET', path: '/:type/:id', access: 'user', summary: 'A record with its field locks and pending change requests (ETag = revision)' }, async (c) => {
    const p = c.get('principal')!;
    const entry = await types.get(db, param(c, 'type'));
    if (!entry) return sendError(c, typeNotFound(param(c, 'type')));
    const rec = await loadRecord(db, entry.type.key, param(c, 'id'));
    if (!rec || !(await visible(p, entry, rec, 'read'))) return sendError(c, recordNotFound());
    c.header('ETag', recordEtag(rec));
    return c.json(await recordDetail(db, rec));
  });

  add({ method: 'GET', path: '/:type/:id/history', access: 'user', summary: 'A record\'s audit trail, newest first: creates, edits, applied change requests (before/after), deletes' }, async (c) => {
    const p = c.get('principal')!;
    const entry = await types.get(db, param(c, 'type'));
    if (!entry) return sendError(c, typeNotFound(param(c, 'type')));
    const rec = await loadRecord(db, entry.type.key, param(c, 'id'));
    if (!rec || !(await visible(p, entry, rec, 'read'))) return sendError(c, recordNotFound());
    const rows = await db.selectFrom('audit').select(['seq', 'at', 'actor', 'action', 'detail']).where('subject', '=', `record:${entry.type.key}:${rec.id}`).orderBy('seq', 'desc').limit(200).execute();
    return c.json({ items: rows.map((r) => ({ seq: Number(r.seq), at: r.at, actor: r.actor, action: r.action, detail: JSON.parse(r.detail) as unknown })) });
  });

  add({ method: 'PATCH', path: '/:type/:id', access: 'user', summary: 'Change fields of a record (If-Match: its ETag; a field locked by a change request answers 409 field-locked)', body: apiSchemaId('record-patch'), headers: ['If-Match'] }, async (c) => {
    const p = c.get('principal')!;
    const entry = await types.get(db, param(c, 'type'));
    if (!entry) return sendError(c, typeNotFound(param(c, 'type')));
    const b = withOwnerField(entry, c.get('body') as { values?: RecordValues; owner?: string });
    const match = ifMatchRevision(c);
    if (match === 'missing') return sendError(c, failure(428, 'if-match-required', 'Send If-Match with the ETag of the record you edited.', '请在 If-Match 中提供您所编辑记录的 ETag。'));
    if (match === 'bad') return sendError(c, failure(400, 'bad-if-match', 'If-Match must be the record\'s ETag, such as "3".', 'If-Match 必须是记录的 ETag，例如 "3"。'));
    const res = await inTransaction(ctx, async (tx) => {
      const rec = await loadRecord(tx, entry.type.key, param(c, 'id'), ctx.store.dialect);
      if (!rec || !(await visible(p, entry, rec, 'read', tx))) return { ok: false, error: recordNotFound() };
      if (!(await visible(p, entry, rec, 'edit', tx))) return { ok: false, error: cannotEdit() };
      if (rec.revision !== match) return { ok: false, error: failure(412, 'record-changed', 'The record changed since you loaded it; reload and try again.', '记录在您加载后已被修改，请刷新后重试。', { details: { currentEtag: recordEtag(rec) } }) };
      if (b.owner !== undefined && b.owner !== rec.owner && p.systemRole !== 'admin') return { ok: false, error: failure(403, 'forbidden', 'Only admins change a record\'s owner.', '只有管理员可以更改记录负责人。', { pointer: b.ownerAt }) };
      return updateRecordWith(ctx, tx, entry, rec, { ...(b.values ? { values: b.values } : {}), ...(b.owner ? { owner: b.owner } : {}), actor: p.userId });
    });
    if (!res.ok) return sendError(c, res.error);
    c.header('ETag', recordEtag(res.value.record));
    return c.json({ ...(await recordDetail(db, res.value.record)), triggered: res.value.triggers.started });
  });

  add({ method: 'DELETE', path: '/:type/:id', access: 'user', summary: 'Delete a record (soft, audited; refused while a change request is pending; If-Match optional)', headers: ['If-Match'] }, async (c) => {
    const p = c.get('principal')!;
    const entry = await types.get(db, param(c, 'type'));
    if (!entry) return sendError(c, typeNotFound(param(c, 'type')));
    const match = ifMatchRevision(c);
    if (match === 'bad') return sendError(c, failure(400, 'bad-if-match', 'If-Match must be the record\'s ETag, such as "3".', 'If-Match 必须是记录的 ETag，例如 "3"。'));
    const res = await inTransaction(ctx, async (tx) => {
      const rec = await loadRecord(tx, entry.type.key, param(c, 'id'), ctx.store.dialect);
      if (!rec || !(await visible(p, entry, rec, 'read', tx))) return { ok: false, error: recordNotFound() };
      if (!(await visible(p, entry, rec, 'edit', tx))) return { ok: false, error: cannotEdit() };
      if (match !== 'missing' && rec.revision !== match) return { ok: false, error: failure(412, 'record-changed', 'The record changed since you loaded it; reload and try again.', '记录在您加载后已被修改，请刷新后重试。') };
      return deleteRecordWith(ctx, tx, entry, rec, p.userId);
    });
    return res.ok ? c.json({ id: param(c, 'id'), deleted: true }) : sendError(c, res.error);
  });

  add({ method: 'POST', path: '/:type/:id/change-requests', access: 'user', summary: 'Request a change: start a change-request flow with the record and a patch; the patched fields are locked until it finishes', body: apiSchemaId('record-change-request'), status: 201, headers: ['Idempotency-Key'] }, async (c) => {
    const p = c.get('principal')!;
    const b = c.get('body') as ChangeRequestBody;
    const claim = idempotencyClaim(c, p.userId, b);
    if (!claim.ok) return sendError(c, claim.error);
    const entry = await types.get(db, param(c, 'type'));
    if (!entry) return sendError(c, typeNotFound(param(c, 'type')));
    const rec = await loadRecord(db, entry.type.key, param(c, 'id'));
    if (!rec || !(await visible(p, entry, rec, 'read'))) return sendError(c, recordNotFound());
    const res = await requestChange(ctx, p, entry, rec, b, claim.value);
    return res.ok ? c.json(res.value.body as object, res.value.status as 201) : sendError(c, res.error);
  });
  return r;
}
