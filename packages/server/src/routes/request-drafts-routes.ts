// Saved drafts of requests (not yet submitted): private to their author.
import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { failure, sendError } from '../http/api-error.ts';
import { apiSchemaId } from '../http/api-schemas.ts';
import type { AppEnv } from '../http/app-env.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';

const notFound = () => failure(404, 'not-found', 'Request draft not found.', '申请草稿不存在。');

export function requestDraftsRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/request-drafts', { ...spec, tag: 'request-drafts' }, h);
  const db = ctx.store.db;
  const view = (d: { id: string; definition_key: string; data: string; updated_at: string }) => ({ id: d.id, definition: d.definition_key, data: JSON.parse(d.data), updatedAt: d.updated_at });

  add({ method: 'GET', path: '/', access: 'user', summary: 'My saved request drafts' }, async (c) => {
    const rows = await db.selectFrom('request_drafts').selectAll().where('user_id', '=', c.get('principal')!.userId).orderBy('updated_at', 'desc').execute();
    return c.json({ items: rows.map(view) });
  });
  add({ method: 'POST', path: '/', access: 'user', summary: 'Save a request draft', body: apiSchemaId('request-draft'), status: 201 }, async (c) => {
    const b = c.get('body') as { definition: string; data: Record<string, unknown> };
    const row = { id: ctx.ids.next(), user_id: c.get('principal')!.userId, definition_key: b.definition, data: JSON.stringify(b.data), updated_at: ctx.nowIso() };
    await db.insertInto('request_drafts').values(row).execute();
    return c.json(view(row), 201);
  });
  add({ method: 'GET', path: '/:id', access: 'user', summary: 'One of my request drafts' }, async (c) => {
    const row = await db.selectFrom('request_drafts').selectAll().where('id', '=', param(c, 'id')).where('user_id', '=', c.get('principal')!.userId).executeTakeFirst();
    return row ? c.json(view(row)) : sendError(c, notFound());
  });
  add({ method: 'PUT', path: '/:id', access: 'user', summary: 'Replace one of my request drafts', body: apiSchemaId('request-draft') }, async (c) => {
    const b = c.get('body') as { definition: string; data: Record<string, unknown> };
    const id = param(c, 'id');
    const me = c.get('principal')!.userId;
    const set = { definition_key: b.definition, data: JSON.stringify(b.data), updated_at: ctx.nowIso() };
    const upd = await db.updateTable('request_drafts').set(set).where('id', '=', id).where('user_id', '=', me).executeTakeFirst();
    return Number(upd.numUpdatedRows) === 1 ? c.json(view({ id, ...set })) : sendError(c, notFound());
  });
  add({ method: 'DELETE', path: '/:id', access: 'user', summary: 'Discard one of my request drafts' }, async (c) => {
    const del = await db.deleteFrom('request_drafts').where('id', '=', param(c, 'id')).where('user_id', '=', c.get('principal')!.userId).executeTakeFirst();
    return Number(del.numDeletedRows) === 1 ? c.json({ id: param(c, 'id'), deleted: true }) : sendError(c, notFound());
  });
  return r;
}
