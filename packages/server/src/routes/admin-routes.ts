// Operations for admins: run due timers now (the server also runs them on an interval).
import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import type { AppEnv } from '../http/app-env.ts';
import { fireDueTimers } from '../runtime/timer-runner.ts';

export function adminRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  ctx.book.add(r, '/api/admin', { method: 'POST', path: '/timers/run', access: 'admin', summary: 'Fire the timers that are due now (timeouts, delays)', tag: 'admin' }, async (c) =>
    c.json(await fireDueTimers(ctx)));
  ctx.book.add(r, '/api/admin', { method: 'GET', path: '/outbox', access: 'admin', summary: 'Outbox rows waiting for delivery (newest first, limit 100)', tag: 'admin' }, async (c) => {
    const rows = await ctx.store.db.selectFrom('outbox').select(['id', 'instance_id', 'kind', 'status', 'attempts', 'created_at']).where('status', '=', 'pending').orderBy('created_at', 'desc').limit(100).execute();
    return c.json({ items: rows.map((o) => ({ id: o.id, instance: o.instance_id, kind: o.kind, status: o.status, attempts: Number(o.attempts), createdAt: o.created_at })) });
  });
  return r;
}
