// The archive (归档): search and export what the caller may see, archive a finished request by
// hand (admins and the flow's managers), restore it (admins). Policy archiving and purging run in
// the background (archive/archive-job.ts).
import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { createArchiveWriter } from '../archive/archive-actions.ts';
import { exportChunks } from '../archive/archive-export.ts';
import type { ExportFormat } from '../archive/archive-export.ts';
import { archiveIndexFor } from '../archive/archive-index.ts';
import { readArchiveQuery, writeArchiveCursor } from '../archive/archive-query.ts';
import { searchArchive } from '../archive/archive-search.ts';
import type { ArchiveHit, ArchiveViewer } from '../archive/archive-search.ts';
import { canManage } from '../definitions/definition-access.ts';
import { loadDefinition } from '../definitions/definition-row.ts';
import { failure, sendError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';
import { loadInstance, maySee } from '../runtime/instance-view.ts';

/** Most rows one export holds; past it the export stops (the header X-Baton-Truncated says so). */
export const EXPORT_MAX_ROWS = 10_000;
const EXPORT_PAGE = 500;

const notFoundRequest = () => failure(404, 'not-found', 'Request not found.', '申请不存在。');

export function archiveRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const db = ctx.store.db;
  const index = archiveIndexFor(ctx.store.dialect);
  const writer = createArchiveWriter(ctx, index);
  const addArchive = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/archive', { ...spec, tag: 'archive' }, h);
  const addInstance = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/instances', { ...spec, tag: 'archive' }, h);
  const viewerOf = (p: { userId: string; systemRole: string }): ArchiveViewer => ({ userId: p.userId, admin: p.systemRole === 'admin' });

  addArchive({ method: 'GET', path: '/', access: 'user', summary: 'Search archived requests the caller may see (q, definition, category, status, initiator, from, to; cursor, limit)' }, async (c) => {
    const query = readArchiveQuery(c.req.query(), 100, 20);
    if ('status' in query) return sendError(c, query);
    const page = await searchArchive(db, index, viewerOf(c.get('principal')!), query.filters, query.after, query.limit);
    return c.json({ items: page.items, nextCursor: page.next === null ? null : writeArchiveCursor(page.next) });
  });

  addArchive({ method: 'GET', path: '/export', access: 'user', summary: `Export archived requests the caller may see as CSV or JSON (format=csv|json, same filters as search; at most ${EXPORT_MAX_ROWS} rows)` }, async (c) => {
    const params = c.req.query();
    const format = (params.format ?? 'csv') as ExportFormat;
    if (format !== 'csv' && format !== 'json') return sendError(c, failure(400, 'bad-query', 'Query parameter "format": csv or json.', '查询参数“format”：须为 csv 或 json。', { pointer: '/format' }));
    const query = readArchiveQuery({ ...params, limit: params.limit ?? String(EXPORT_MAX_ROWS) }, EXPORT_MAX_ROWS, EXPORT_MAX_ROWS);
    if ('status' in query) return sendError(c, query);
    const viewer = viewerOf(c.get('principal')!);
    // The first page is read before answering, so a failing query is a 500, not a cut stream.
    const filters = query.filters;
    let after = query.after;
    let left = query.limit;
    const first = await searchArchive(db, index, viewer, filters, after, Math.min(EXPORT_PAGE, left));
    async function* pages(): AsyncGenerator<ArchiveHit[]> {
      let page = first;
      for (;;) {
        yield page.items;
        left -= page.items.length;
        if (page.next === null || left <= 0) return;
        after = page.next;
        page = await searchArchive(db, index, viewer, filters, after, Math.min(EXPORT_PAGE, left));
      }
    }
    const chunks = exportChunks(format, pages());
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    const stamp = ctx.nowIso().slice(0, 10);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="baton-archive-${stamp}.${format}"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  });

  addInstance({ method: 'POST', path: '/:id/archive', access: 'user', summary: 'Archive a finished request now (admins and the flow\'s managers)' }, async (c) => {
    const p = c.get('principal')!;
    const id = param(c, 'id');
    const inst = await loadInstance(ctx, db, id);
    if (!inst || !(await maySee(ctx, db, p, inst))) return sendError(c, notFoundRequest());
    const d = await loadDefinition(db, inst.key);
    if (!d || !canManage(p, d)) return sendError(c, failure(403, 'forbidden', 'Only admins and the flow\'s managers may archive its requests.', '只有管理员和流程管理者可以归档申请。'));
    const outcome = await db.transaction().execute((tx) => writer.archive(tx, id, p.userId, 'manual'));
    if (outcome === 'not-found') return sendError(c, notFoundRequest());
    if (outcome === 'not-finished') return sendError(c, failure(409, 'not-finished', 'Only finished requests can be archived.', '只有已结束的申请可以归档。'));
    if (outcome === 'already-archived') return sendError(c, failure(409, 'already-archived', 'This request is already archived.', '该申请已归档。'));
    return c.json({ id, archived: true });
  });

  addInstance({ method: 'POST', path: '/:id/unarchive', access: 'admin', summary: 'Restore an archived request to the live lists (admins)' }, async (c) => {
    const p = c.get('principal')!;
    const id = param(c, 'id');
    const outcome = await db.transaction().execute((tx) => writer.restore(tx, id, p.userId));
    if (outcome === 'not-found') return sendError(c, notFoundRequest());
    if (outcome === 'not-archived') return sendError(c, failure(409, 'not-archived', 'This request is not archived.', '该申请未归档。'));
    return c.json({ id, archived: false });
  });
  return r;
}
