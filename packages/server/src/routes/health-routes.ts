import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import type { AppEnv } from '../http/app-env.ts';
import { failure, sendError } from '../http/api-error.ts';

export function healthRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  ctx.book.add(r, '/api/health', { method: 'GET', path: '/', access: 'public', summary: 'Liveness: 200 when the store answers', tag: 'health' }, async (c) => {
    if (await ctx.store.ping()) return c.json({ status: 'ok', store: ctx.store.dialect, time: ctx.nowIso() });
    return sendError(c, failure(503, 'store-unreachable', 'The database does not answer.', '数据库无响应。'));
  });
  return r;
}
