// Publishing and versions: publish the draft as immutable version N (new requests use the
// latest; running ones stay on theirs), list and read versions, diff any two, restore a version
// into the draft. Publish and restore go through gitOwnedDefinition: a flow managed in git changes
// only by the push.
import { Hono } from 'hono';
import { formatDocument } from '@baton/schema';
import { simulate } from '@baton/engine';
import type { SimDecision } from '@baton/engine';
import type { AppContext } from '../app-context.ts';
import { gitOwnedDefinition, managedDefinition } from '../definitions/definition-guard.ts';
import { draftEtag, loadVersion, MANAGED_PUSH_HEADER } from '../definitions/definition-row.ts';
import { diffDefinitions } from '../definitions/workflow-diff.ts';
import { fail, failure, notFound, ok, sendError } from '../http/api-error.ts';
import { apiSchemaId } from '../http/api-schemas.ts';
import { param } from '../http/params.ts';
import type { AppEnv } from '../http/app-env.ts';
import { staleDraft } from '../http/preconditions.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';
import { adminChange } from '../runtime/admin-change.ts';
import { checkWorkflow } from './definitions-routes.ts';

export function definitionVersionsRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/definitions', { ...spec, tag: 'definitions' }, h);
  const db = ctx.store.db;

  add({ method: 'POST', path: '/:key/publish', access: 'designer', summary: 'Publish the draft as the next immutable version (If-Match optional; a draft managed in git is published only by the push, Baton-Managed-Push: git, else 409 managed-by-git)', status: 201, headers: ['If-Match', 'Baton-Managed-Push'] }, async (c) => {
    const p = c.get('principal')!;
    const key = param(c, 'key');
    const ifMatch = c.req.header('if-match')?.trim();
    const res = await adminChange(ctx, p, 'definition.publish', `definition:${key}`, async (tx) => {
      const d = await gitOwnedDefinition(ctx, tx, p, key, c.req.header(MANAGED_PUSH_HEADER), { lock: true });
      if (!d.ok) return d;
      if (ifMatch && ifMatch !== d.value.etag) return staleDraft(d.value.etag);
      const checked = checkWorkflow(d.value.draft);
      if (!checked.ok) return checked;
      const latest = d.value.latestVersion > 0 ? await loadVersion(tx, key, d.value.latestVersion) : undefined;
      if (latest && formatDocument(latest) === formatDocument(d.value.draft)) {
        return fail(409, 'no-changes', `The draft is the same as version ${d.value.latestVersion}.`, `草稿与版本 ${d.value.latestVersion} 相同。`);
      }
      const version = d.value.latestVersion + 1;
      const now = ctx.nowIso();
      await tx.insertInto('definition_versions').values({ key, version, body: JSON.stringify(d.value.draft), published_by: p.userId, published_at: now }).execute();
      // The guard on latest_version makes a concurrent publish fail instead of skipping a number.
      const upd = await tx.updateTable('definitions').set({ latest_version: version, updated_at: now }).where('key', '=', key).where('latest_version', '=', version - 1).executeTakeFirst();
      if (Number(upd.numUpdatedRows) !== 1) return fail(409, 'conflict', 'Someone published at the same moment; try again.', '他人同时发布了该流程，请重试。');
      return ok({ value: { key, version, publishedAt: now, etag: d.value.etag } });
    });
    return res.ok ? c.json(res.value, 201) : sendError(c, res.error);
  });

  add({ method: 'GET', path: '/:key/versions', access: 'designer', summary: 'Published versions, newest first' }, async (c) => {
    const d = await managedDefinition(ctx, db, c.get('principal')!, param(c, 'key'), { deleted: 'any' });
    if (!d.ok) return sendError(c, d.error);
    const rows = await db.selectFrom('definition_versions').select(['version', 'published_by', 'published_at']).where('key', '=', d.value.key).orderBy('version', 'desc').execute();
    return c.json({ items: rows.map((v) => ({ version: Number(v.version), publishedBy: v.published_by, publishedAt: v.published_at, latest: Number(v.version) === d.value.latestVersion })) });
  });

  add({ method: 'GET', path: '/:key/versions/:version', access: 'designer', summary: 'One published version (frozen)' }, async (c) => {
    const d = await managedDefinition(ctx, db, c.get('principal')!, param(c, 'key'), { deleted: 'any' });
    if (!d.ok) return sendError(c, d.error);
    const n = param(c, 'version');
    const v = /^\d{1,9}$/.test(n) ? await loadVersion(db, d.value.key, Number(n)) : undefined;
    return v ? c.json({ key: d.value.key, version: Number(n), definition: v }) : sendError(c, notFound('Version', '版本'));
  });

  add({ method: 'GET', path: '/:key/diff', access: 'designer', summary: 'Semantic diff between two versions (?from=N&to=M; "draft" names the draft)' }, async (c) => {
    const d = await managedDefinition(ctx, db, c.get('principal')!, param(c, 'key'), { deleted: 'any' });
    if (!d.ok) return sendError(c, d.error);
    const pick = async (which: string | undefined, name: string) => {
      if (which === 'draft') return ok(d.value.draft);
      const v = which && /^\d{1,9}$/.test(which) ? await loadVersion(db, d.value.key, Number(which)) : undefined;
      return v ? ok(v) : fail(404, 'not-found', `Version "${which ?? ''}" (${name}) not found.`, `版本“${which ?? ''}”（${name}）不存在。`, { pointer: `/${name}` });
    };
    const from = await pick(c.req.query('from'), 'from');
    if (!from.ok) return sendError(c, from.error);
    const to = await pick(c.req.query('to') ?? 'draft', 'to');
    if (!to.ok) return sendError(c, to.error);
    return c.json(diffDefinitions(from.value, to.value));
  });

  add({ method: 'POST', path: '/:key/simulate', access: 'designer', summary: 'Walk the draft or a version without side effects: path, assignees with explanations, effects', body: apiSchemaId('definition-simulate') }, async (c) => {
    const p = c.get('principal')!;
    const b = c.get('body') as { initiator?: string; data: Record<string, unknown>; version?: number | 'draft'; decisions?: Record<string, SimDecision | SimDecision[]>; selections?: Record<string, string[]> };
    const d = await managedDefinition(ctx, db, p, param(c, 'key'));
    if (!d.ok) return sendError(c, d.error);
    const def = b.version === undefined || b.version === 'draft' ? d.value.draft : await ctx.runtime.port.version(db, d.value.key, b.version);
    if (!def) return sendError(c, failure(404, 'not-found', `Version ${String(b.version)} not found.`, `版本 ${String(b.version)} 不存在。`, { pointer: '/version' }));
    const directory = ctx.runtime.port.directoryFor(await ctx.directory.snapshot());
    const input = { initiator: b.initiator ?? p.userId, data: b.data, ...(b.selections ? { selections: b.selections } : {}) };
    const { snapshot: _s, ...result } = simulate(def, input, directory, { now: ctx.nowIso(), engine: ctx.runtime.port.engine, ...(b.decisions ? { decisions: b.decisions } : {}) });
    return c.json(result);
  });

  add({ method: 'POST', path: '/:key/versions/:version/restore', access: 'designer', summary: 'Copy a version into the draft (the versions themselves never change; a draft managed in git changes only by the push: 409 managed-by-git)', headers: ['If-Match', 'Baton-Managed-Push'] }, async (c) => {
    const p = c.get('principal')!;
    const key = param(c, 'key');
    const n = param(c, 'version');
    const ifMatch = c.req.header('if-match')?.trim();
    const res = await adminChange(ctx, p, 'definition.restore-version', `definition:${key}`, async (tx) => {
      const d = await gitOwnedDefinition(ctx, tx, p, key, c.req.header(MANAGED_PUSH_HEADER), { lock: true });
      if (!d.ok) return d;
      if (ifMatch && ifMatch !== d.value.etag) return staleDraft(d.value.etag);
      const v = /^\d{1,9}$/.test(n) ? await loadVersion(tx, key, Number(n)) : undefined;
      if (!v) return { ok: false, error: notFound('Version', '版本') };
      const etag = draftEtag(v);
      await tx.updateTable('definitions').set({ draft: JSON.stringify(v), draft_etag: etag, updated_at: ctx.nowIso() }).where('key', '=', key).execute();
      return ok({ value: { key, restored: Number(n), etag } });
    });
    if (!res.ok) return sendError(c, res.error);
    c.header('ETag', res.value.etag);
    return c.json(res.value);
  });
  return r;
}
