// Definitions: list, create, read, save the draft (ETag / If-Match), scopes, duplicate, export
// and import as canonical files by key.
import { Hono } from 'hono';
import type { BatonWorkflowDefinition } from '@baton/schema';
import { formDataSchema, formatDocument, validateWorkflow } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import { canManage, canStart } from '../definitions/definition-access.ts';
import { gitOwnedDefinition, managedDefinition } from '../definitions/definition-guard.ts';
import { draftEtag, loadDefinition, loadVersion, MANAGED_PUSH_HEADER, summary, toRecord } from '../definitions/definition-row.ts';
import type { Scopes } from '../definitions/definition-row.ts';
import { fail, failure, notFound, ok, sendError } from '../http/api-error.ts';
import type { Result } from '../http/api-error.ts';
import { apiSchemaId } from '../http/api-schemas.ts';
import { param } from '../http/params.ts';
import type { AppEnv } from '../http/app-env.ts';
import { problemsFailure } from '../http/json-body.ts';
import { requireIfMatch, staleDraft } from '../http/preconditions.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';
import { adminChange } from '../runtime/admin-change.ts';
import type { Db } from '../store/store.ts';

const WORKFLOW_ID = 'https://baton.dev/schemas/workflow.schema.json';

/** Validates and lints a workflow body; 422 with pointers when it has errors. */
export function checkWorkflow(body: unknown): Result<{ doc: BatonWorkflowDefinition; warnings: unknown[] }> {
  const checked = validateWorkflow(body);
  if (!checked.ok) return problemsFailure(checked.problems.filter((p) => p.severity === 'error').concat(checked.problems.filter((p) => p.severity !== 'error')));
  return ok({ doc: checked.value, warnings: checked.problems });
}

async function insertDefinition(tx: Db, ctx: AppContext, doc: BatonWorkflowDefinition, by: string, scopes: Scopes = {}) {
  const now = ctx.nowIso();
  await tx.insertInto('definitions').values({
    key: doc.key, draft: JSON.stringify(doc), draft_etag: draftEtag(doc), status: 'active', latest_version: 0,
    scopes: JSON.stringify(scopes), deleted_at: null, created_by: by, created_at: now, updated_at: now,
  }).execute();
}

export function definitionsRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/definitions', { ...spec, tag: 'definitions' }, h);
  const db = ctx.store.db;

  add({ method: 'GET', path: '/', access: 'user', summary: 'Definitions I may start (members) or manage (designers); filter: status=active|inactive|archived|deleted, q' }, async (c) => {
    const p = c.get('principal')!;
    const status = c.req.query('status');
    const q = c.req.query('q')?.toLowerCase().slice(0, 100);
    const rows = (await db.selectFrom('definitions').selectAll().orderBy('key').execute()).map(toRecord);
    const org = await ctx.directory.get();
    const items = [];
    for (const d of rows) {
      const manage = canManage(p, d);
      if (status === 'deleted' ? !d.deletedAt : d.deletedAt) continue;
      if (status && status !== 'deleted' && d.status !== status) continue;
      if (q && !`${d.key} ${JSON.stringify(d.draft.name)}`.toLowerCase().includes(q)) continue;
      let start = false;
      let record: BatonWorkflowDefinition['record'];
      if (d.status === 'active' && d.latestVersion > 0 && !d.deletedAt) {
        const v = await ctx.runtime.port.version(db, d.key, d.latestVersion);
        start = !!v && canStart(p, d, v, org);
        record = v?.record;
      }
      if (!manage && !start) continue;
      // The record type the published version works on (and the fields a change request may
      // change), so a record page can offer its change flows without reading each form.
      items.push({ ...summary(d), canStart: start, canManage: manage, ...(record ? { record } : {}) });
    }
    return c.json({ items });
  });

  add({ method: 'POST', path: '/', access: 'designer', summary: 'Create a definition from a workflow document (validated and linted)', body: WORKFLOW_ID, status: 201 }, async (c) => {
    const p = c.get('principal')!;
    const checked = checkWorkflow(c.get('body'));
    if (!checked.ok) return sendError(c, checked.error);
    const doc = checked.value.doc;
    const res = await adminChange(ctx, p, 'definition.create', `definition:${doc.key}`, async (tx) => {
      if (await loadDefinition(tx, doc.key)) return fail(409, 'already-exists', `A definition "${doc.key}" exists (maybe in the recycle bin).`, `流程“${doc.key}”已存在（可能在回收站中）。`, { pointer: '/key' });
      await insertDefinition(tx, ctx, doc, p.userId);
      return ok({ value: draftEtag(doc), detail: { key: doc.key } });
    });
    if (!res.ok) return sendError(c, res.error);
    c.header('ETag', res.value);
    return c.json({ key: doc.key, etag: res.value, problems: checked.value.warnings }, 201);
  });

  add({ method: 'GET', path: '/:key/form', access: 'user', summary: 'What a requester needs to start one: the latest version\'s form and its data JSON Schema (only for those who may start it)' }, async (c) => {
    const p = c.get('principal')!;
    const d = await loadDefinition(db, param(c, 'key'));
    if (!d || d.deletedAt || d.latestVersion === 0 || d.status !== 'active') return sendError(c, notFound('Flow', '流程'));
    const v = await ctx.runtime.port.version(db, d.key, d.latestVersion);
    if (!v) return sendError(c, notFound('Flow', '流程'));
    if (!canStart(p, d, v, await ctx.directory.get())) return sendError(c, failure(403, 'not-allowed-to-start', 'You may not start this flow.', '您无权发起该流程。'));
    return c.json({
      key: d.key,
      version: d.latestVersion,
      name: v.name,
      ...(v.description ? { description: v.description } : {}),
      form: v.form,
      dataSchema: formDataSchema(v.form),
      ...(v.record ? { record: v.record } : {}),
      selectable: v.nodes.filter((n) => 'assignees' in n && (n.assignees as Array<{ type: string }>).some((a) => a.type === 'initiator-selects')).map((n) => n.id),
    });
  });

  add({ method: 'GET', path: '/:key', access: 'designer', summary: 'A definition with its draft (ETag header for If-Match)' }, async (c) => {
    const d = await managedDefinition(ctx, db, c.get('principal')!, param(c, 'key'), { deleted: 'any' });
    if (!d.ok) return sendError(c, d.error);
    c.header('ETag', d.value.etag);
    const { draft, etag, ...rest } = d.value;
    return c.json({ ...rest, etag, draft });
  });

  add({ method: 'PUT', path: '/:key/draft', access: 'designer', summary: 'Save the draft; needs If-Match with the ETag it was based on (412 when someone else saved); a draft with managedBy "git" takes saves only with Baton-Managed-Push: git (409 managed-by-git)', body: WORKFLOW_ID, headers: ['If-Match', 'Baton-Managed-Push'] }, async (c) => {
    const p = c.get('principal')!;
    const key = param(c, 'key');
    const ifMatch = requireIfMatch(c);
    if (!ifMatch.ok) return sendError(c, ifMatch.error);
    const checked = checkWorkflow(c.get('body'));
    if (!checked.ok) return sendError(c, checked.error);
    const doc = checked.value.doc;
    if (doc.key !== key) return sendError(c, failure(422, 'key-mismatch', `The document's key "${doc.key}" is not "${key}".`, `文档的 key“${doc.key}”与“${key}”不一致。`, { pointer: '/key' }));
    const etag = draftEtag(doc);
    const res = await adminChange(ctx, p, 'definition.save-draft', `definition:${key}`, async (tx) => {
      const d = await gitOwnedDefinition(ctx, tx, p, key, c.req.header(MANAGED_PUSH_HEADER));
      if (!d.ok) return d;
      // The compare-and-set is one UPDATE, so two saves based on the same ETag cannot both win.
      const upd = await tx.updateTable('definitions').set({ draft: JSON.stringify(doc), draft_etag: etag, updated_at: ctx.nowIso() })
        .where('key', '=', key).where('draft_etag', '=', ifMatch.value).executeTakeFirst();
      if (Number(upd.numUpdatedRows) !== 1) return staleDraft(d.value.etag);
      return ok({ value: etag, detail: { from: ifMatch.value, to: etag } });
    });
    if (!res.ok) return sendError(c, res.error);
    c.header('ETag', res.value);
    return c.json({ key, etag: res.value, problems: checked.value.warnings });
  });

  add({ method: 'PUT', path: '/:key/scopes', access: 'designer', summary: 'Who may start and who may manage this definition', body: apiSchemaId('definition-scopes') }, async (c) => {
    const p = c.get('principal')!;
    const key = param(c, 'key');
    const scopes = c.get('body') as Scopes;
    const res = await adminChange(ctx, p, 'definition.scopes', `definition:${key}`, async (tx) => {
      const d = await managedDefinition(ctx, tx, p, key);
      if (!d.ok) return d;
      await tx.updateTable('definitions').set({ scopes: JSON.stringify(scopes), updated_at: ctx.nowIso() }).where('key', '=', key).execute();
      return ok({ value: scopes });
    });
    return res.ok ? c.json(res.value) : sendError(c, res.error);
  });

  add({ method: 'POST', path: '/:key/duplicate', access: 'designer', summary: 'Copy the draft under a new key (the copy is not managed in git)', body: apiSchemaId('definition-duplicate'), status: 201 }, async (c) => {
    const p = c.get('principal')!;
    const key = param(c, 'key');
    const b = c.get('body') as { key: string; name?: BatonWorkflowDefinition['name'] };
    const res = await adminChange(ctx, p, 'definition.duplicate', `definition:${b.key}`, async (tx) => {
      const d = await managedDefinition(ctx, tx, p, key);
      if (!d.ok) return d;
      if (await loadDefinition(tx, b.key)) return fail(409, 'already-exists', `A definition "${b.key}" exists.`, `流程“${b.key}”已存在。`, { pointer: '/key' });
      const old = d.value.draft.name;
      const name = b.name ?? {
        ...(old.en ? { en: `${old.en} (copy)` } : {}),
        ...(old['zh-CN'] ? { 'zh-CN': `${old['zh-CN']}（副本）` } : {}),
      };
      // The copy belongs to the studio: it is not managed in git.
      const { managedBy: _managedBy, ...draft } = d.value.draft;
      const doc = { ...draft, key: b.key, name } as BatonWorkflowDefinition;
      await insertDefinition(tx, ctx, doc, p.userId, d.value.scopes);
      return ok({ value: { key: b.key, etag: draftEtag(doc) }, detail: { from: key, to: b.key } });
    });
    return res.ok ? c.json(res.value, 201) : sendError(c, res.error);
  });

  add({ method: 'GET', path: '/:key/export', access: 'designer', summary: 'The canonical file of the latest version (or ?version=N, or ?version=draft)' }, async (c) => {
    const d = await managedDefinition(ctx, db, c.get('principal')!, param(c, 'key'));
    if (!d.ok) return sendError(c, d.error);
    const which = c.req.query('version') ?? (d.value.latestVersion > 0 ? String(d.value.latestVersion) : 'draft');
    let doc: unknown = d.value.draft;
    if (which !== 'draft') {
      const v = /^\d{1,9}$/.test(which) ? await loadVersion(db, d.value.key, Number(which)) : undefined;
      if (!v) return sendError(c, notFound('Version', '版本'));
      doc = v;
    }
    c.header('Content-Disposition', `attachment; filename="${d.value.key}.workflow.json"`);
    return c.body(formatDocument(doc), 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  add({ method: 'POST', path: '/import', access: 'designer', summary: 'Import a workflow file by key: creates the definition, or replaces its draft (If-Match optional; a draft managed in git needs Baton-Managed-Push: git)', body: WORKFLOW_ID, headers: ['If-Match', 'Baton-Managed-Push'] }, async (c) => {
    const p = c.get('principal')!;
    const checked = checkWorkflow(c.get('body'));
    if (!checked.ok) return sendError(c, checked.error);
    const doc = checked.value.doc;
    const ifMatch = c.req.header('if-match')?.trim();
    const res = await adminChange(ctx, p, 'definition.import', `definition:${doc.key}`, async (tx) => {
      const existing = await loadDefinition(tx, doc.key);
      if (!existing) {
        await insertDefinition(tx, ctx, doc, p.userId);
        return ok({ value: { created: true, etag: draftEtag(doc) } });
      }
      const d = await gitOwnedDefinition(ctx, tx, p, doc.key, c.req.header(MANAGED_PUSH_HEADER));
      if (!d.ok) return d;
      if (ifMatch && ifMatch !== d.value.etag) return staleDraft(d.value.etag);
      await tx.updateTable('definitions').set({ draft: JSON.stringify(doc), draft_etag: draftEtag(doc), updated_at: ctx.nowIso() }).where('key', '=', doc.key).execute();
      return ok({ value: { created: false, etag: draftEtag(doc) } });
    });
    if (!res.ok) return sendError(c, res.error);
    c.header('ETag', res.value.etag);
    return c.json({ key: doc.key, ...res.value, problems: checked.value.warnings }, res.value.created ? 201 : 200);
  });
  return r;
}
