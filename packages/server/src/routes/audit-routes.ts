// The audit log: query with filters (newest first, cursor by seq) and verify the hash chain.
import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { auditRow, verifyAudit } from '../audit/audit-log.ts';
import { failure, sendError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';

export function auditRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/audit', { ...spec, tag: 'audit' }, h);

  add({ method: 'GET', path: '/', access: 'admin', summary: 'Audit rows, newest first (filters: actor, action, subject, from, to; cursor, limit)' }, async (c) => {
    const q = c.req.query();
    const limit = Math.min(Math.max(Number(q.limit ?? 50) || 50, 1), 500);
    if (q.cursor !== undefined && !/^\d{1,15}$/.test(q.cursor)) {
      return sendError(c, failure(400, 'bad-cursor', 'The cursor is not valid.', '游标无效。', { pointer: '/cursor' }));
    }
    let sel = ctx.store.db.selectFrom('audit').selectAll().orderBy('seq', 'desc').limit(limit + 1);
    if (q.actor) sel = sel.where('actor', '=', q.actor);
    if (q.action) sel = sel.where('action', '=', q.action);
    if (q.subject) sel = sel.where('subject', '=', q.subject);
    if (q.from) sel = sel.where('at', '>=', q.from);
    if (q.to) sel = sel.where('at', '<', q.to);
    if (q.cursor) sel = sel.where('seq', '<', Number(q.cursor));
    const rows = await sel.execute();
    const items = rows.slice(0, limit).map(auditRow);
    const next = rows.length > limit ? String(items[items.length - 1]!.seq) : null;
    return c.json({ items, nextCursor: next });
  });

  add({ method: 'GET', path: '/verify', access: 'admin', summary: 'Walk the hash chain; reports the first edited or missing row' }, async (c) => {
    const verdict = await verifyAudit(ctx.store.db);
    return c.json(verdict, verdict.ok ? 200 : 409);
  });
  return r;
}
