// Attachment housekeeping for admins: sweep unreferenced uploads now (mark, or delete the marked) (the server also sweeps on an
// interval) and see storage per uploader.
import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { attachmentUsage } from '../attachments/attachment-usage.ts';
import { sweepOrphanAttachments } from '../attachments/orphan-sweeper.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';

export function attachmentsAdminRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/admin/attachments', { ...spec, tag: 'admin' }, h);

  add({ method: 'POST', path: '/sweep', access: 'admin', summary: 'Sweep uploads older than attachmentOrphanHours (default 24) that no request, draft or record names, in two phases: unmarked ones are marked, ones marked at least attachmentSweepMarginMinutes (15) ago and still unnamed are deleted (at most 2000 looked at per call); answers { checked, marked, deleted, deletedBytes, held, kept, olderThan }; one audit row' }, async (c) =>
    c.json(await sweepOrphanAttachments(ctx, { actor: c.get('principal')!.userId, auditWhenIdle: true })));

  add({ method: 'GET', path: '/usage', access: 'admin', summary: 'Attachment storage per uploader: files and bytes, held by a request, draft or record vs pending (top 50 by bytes) and totals' }, async (c) =>
    c.json(await attachmentUsage(ctx)));
  return r;
}
