// The template gallery: list and preview the templates the server ships, and install one as a new
// definition through installTemplate (answers checked against the template's parameter schema
// and the org; refusals point at /params/<name>; nothing is written unless it all passes).
import { Hono } from 'hono';
import { installDirectoryOf, installTemplate } from '@baton/schema';
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import { installTemplateScenarios } from '../templates/template-scenarios.ts';
import type { Principal } from '../auth/principal.ts';
import { canManage } from '../definitions/definition-access.ts';
import { draftEtag, loadDefinition, summary, toRecord } from '../definitions/definition-row.ts';
import { fail, failure, ok, sendError } from '../http/api-error.ts';
import { apiSchemaId } from '../http/api-schemas.ts';
import type { AppEnv } from '../http/app-env.ts';
import { idempotencyClaim, remember, replay } from '../http/idempotency.ts';
import { problemsError } from '../http/json-body.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';
import { adminChange } from '../runtime/admin-change.ts';
import type { Db } from '../store/store.ts';
import type { GalleryTemplate, TemplateGallery } from '../templates/template-gallery.ts';
import { createTemplateGallery } from '../templates/template-gallery.ts';
import { installRecordTypes } from '../records/record-type-seed.ts';

interface InstallBody {
  params?: Record<string, unknown>;
  key?: string;
  publish?: boolean;
}

interface Installed {
  definition: string;
  version: string;
  status: string;
  latestVersion: number;
}

/** Definitions (not in the recycle bin, and that the caller manages) whose draft records the template they came from, by template key. */
async function installedByTemplate(db: Db, p: Principal): Promise<Map<string, Installed[]>> {
  const out = new Map<string, Installed[]>();
  const rows = await db.selectFrom('definitions').selectAll().where('deleted_at', 'is', null).orderBy('key').execute();
  for (const d of rows.map(toRecord)) {
    const from = d.draft.template;
    if (!from || !canManage(p, d)) continue;
    const list = out.get(from.key) ?? [];
    list.push({ definition: d.key, version: from.version, status: d.status, latestVersion: d.latestVersion });
    out.set(from.key, list);
  }
  return out;
}

function card(t: GalleryTemplate, installed: Installed[]) {
  const m = t.manifest;
  return {
    key: m.key,
    version: m.version,
    name: m.name,
    ...(m.description ? { description: m.description } : {}),
    ...(m.category ? { category: m.category } : {}),
    tags: m.tags ?? [],
    parameters: m.parameters ?? { type: 'object', properties: {} },
    workflowKey: (t.workflow as { key?: unknown }).key,
    readme: t.readme,
    installed,
  };
}

export function templatesRoutes(ctx: AppContext, gallery: TemplateGallery = createTemplateGallery()): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/templates', { ...spec, tag: 'templates' }, h);
  const db = ctx.store.db;
  /** A stored answer to the same Idempotency-Key, sent again with its ETag. */
  const replayed = (c: Parameters<Handler>[0], stored: { status: number; body: unknown }) => {
    c.header('ETag', String((stored.body as { etag?: unknown }).etag ?? ''));
    return c.json(stored.body as object, stored.status as 201);
  };
  const noTemplate = (key: string) => failure(404, 'not-found', `No template "${key}" in the gallery.`, `模板库中没有模板“${key}”。`);

  add({ method: 'GET', path: '/', access: 'designer', summary: 'The template gallery: key, version, category, tags, names, parameters, README, and the definitions installed from each' }, async (c) => {
    const installed = await installedByTemplate(db, c.get('principal')!);
    return c.json({ items: gallery.list().map((t) => card(t, installed.get(t.manifest.key) ?? [])) });
  });

  add({ method: 'GET', path: '/:key', access: 'designer', summary: 'One template with its workflow (graph and form, for preview) and README' }, async (c) => {
    const t = gallery.get(param(c, 'key'));
    if (!t) return sendError(c, noTemplate(param(c, 'key')));
    const installed = await installedByTemplate(db, c.get('principal')!);
    return c.json({ ...card(t, installed.get(t.manifest.key) ?? []), bindings: t.manifest.bindings ?? [], workflow: t.workflow });
  });

  add({ method: 'POST', path: '/:key/install', access: 'designer', summary: 'Install a template as a new definition with parameters (422 naming /params/<name> for bad answers; 409 when the key is taken); optionally publish it', body: apiSchemaId('template-install'), status: 201, headers: ['Idempotency-Key'] }, async (c) => {
    const p = c.get('principal')!;
    const b = c.get('body') as InstallBody;
    const t = gallery.get(param(c, 'key'));
    if (!t) return sendError(c, noTemplate(param(c, 'key')));
    const claim = idempotencyClaim(c, p.userId, b);
    if (!claim.ok) return sendError(c, claim.error);
    if (claim.value) {
      const seen = await replay(db, claim.value);
      if (seen && !seen.ok) return sendError(c, seen.error);
      if (seen?.ok) return replayed(c, seen.value);
    }
    const checked = installTemplate(t.manifest, t.workflow, b.params ?? {}, installDirectoryOf(await ctx.directory.get()));
    if (!checked.ok) {
      const errors = checked.problems.filter((x) => x.severity === 'error');
      return sendError(c, problemsError(errors.length > 0 ? errors : checked.problems, 'invalid-parameters'));
    }
    const { $schema: _drop, ...installed } = checked.value as BatonWorkflowDefinition & { $schema?: string };
    const doc: BatonWorkflowDefinition = b.key ? { ...installed, key: b.key } : installed;
    const taken = () => b.key
      ? fail(409, 'already-exists', `A definition "${doc.key}" exists (maybe in the recycle bin).`, `流程“${doc.key}”已存在（可能在回收站中）。`, { pointer: '/key' })
      : fail(409, 'already-exists', `A definition "${doc.key}" exists; send another "key" to install this template beside it.`, `流程“${doc.key}”已存在；请在 "key" 中指定另一个标识来安装此模板。`, { pointer: '/key' });
    const work = () => adminChange(ctx, p, 'definition.install-template', `definition:${doc.key}`, async (tx) => {
      if (await loadDefinition(tx, doc.key)) return taken();
      const now = ctx.nowIso();
      const version = b.publish ? 1 : 0;
      await tx.insertInto('definitions').values({
        key: doc.key, draft: JSON.stringify(doc), draft_etag: draftEtag(doc), status: 'active', latest_version: version,
        scopes: '{}', deleted_at: null, created_by: p.userId, created_at: now, updated_at: now,
      }).execute();
      if (b.publish) await tx.insertInto('definition_versions').values({ key: doc.key, version: 1, body: JSON.stringify(doc), published_by: p.userId, published_at: now }).execute();
      await installTemplateScenarios(tx, doc.key, t.scenarios, p.userId, now);
      const recordTypes = await installRecordTypes(tx, t.recordTypes ?? [], p.userId, now);
      const row = await loadDefinition(tx, doc.key);
      if (!row) throw new Error(`definition ${doc.key} vanished inside its own transaction`);
      const body = { ...summary(row), template: { key: t.manifest.key, version: t.manifest.version }, etag: row.etag, problems: checked.problems };
      if (claim.value) await remember(tx, claim.value, { status: 201, body }, now);
      return ok({ value: body, detail: { template: t.manifest.key, version: t.manifest.version, params: b.params ?? {}, published: version, ...(recordTypes.length ? { recordTypes } : {}) } });
    });
    let res;
    try {
      res = await work();
    } catch (e) {
      // A concurrent install won the insert of the key (PostgreSQL's unique index refused ours).
      if (!(await loadDefinition(db, doc.key))) throw e;
      res = taken();
    }
    if (!res.ok && claim.value) {
      // Lost to a concurrent request with the same Idempotency-Key: answer as it did.
      const prior = await replay(db, claim.value);
      if (prior) return prior.ok ? replayed(c, prior.value) : sendError(c, prior.error);
    }
    if (!res.ok) return sendError(c, res.error);
    c.header('ETag', res.value.etag);
    return c.json(res.value, 201);
  });
  return r;
}
