// Analytics for admins, designers and flow managers: per-flow volume, outcomes and durations;
// one flow's nodes, bottlenecks and daily trend; the drill-down to the requests waiting longest.
// Members are refused by the route table (designer level); designers see only flows they manage.
import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { analysedFlow, visibleFlows } from '../analytics/analytics-scope.ts';
import { readRange } from '../analytics/analytics-range.ts';
import { flowDetail } from '../analytics/flow-detail.ts';
import { flowOverview } from '../analytics/flow-overview.ts';
import { stuckRequests } from '../analytics/stuck-requests.ts';
import { managedDefinition } from '../definitions/definition-guard.ts';
import { failure, notFound, sendError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';

const RANGE_QUERY = 'from, to: YYYY-MM-DD (local days, to inclusive) or RFC 3339; tz: IANA zone, default UTC; default range: the last 30 days';

export function analyticsRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/analytics', { ...spec, tag: 'analytics' }, h);
  const db = ctx.store.db;

  add({ method: 'GET', path: '/definitions', access: 'designer', summary: `Per flow the caller manages: started, finished by outcome, approval rate, median and p90 duration, running, overdue tasks (${RANGE_QUERY})` }, async (c) => {
    const now = ctx.clock.now();
    const range = readRange(c.req.query(), now);
    if (!range.ok) return sendError(c, range.error);
    const flows = await visibleFlows(ctx, db, c.get('principal')!);
    const overview = await flowOverview(db, flows, range.value, now.getTime());
    return c.json({ range: range.value, ...overview });
  });

  add({ method: 'GET', path: '/definitions/:key', access: 'designer', summary: `One flow: summary, per-node tasks and decision times, bottlenecks by node and by approver, daily trend (${RANGE_QUERY})` }, async (c) => {
    const now = ctx.clock.now();
    const range = readRange(c.req.query(), now);
    if (!range.ok) return sendError(c, range.error);
    const d = await managedDefinition(ctx, db, c.get('principal')!, param(c, 'key'));
    if (!d.ok) return sendError(c, d.error);
    const flow = await analysedFlow(ctx, db, d.value);
    if (!flow) return sendError(c, notFound('Published flow', '已发布的流程'));
    const org = await ctx.directory.get();
    const names = new Map((org.users ?? []).map((u) => [u.id, u.name]));
    const [overview, detail] = await Promise.all([
      flowOverview(db, [flow], range.value, now.getTime()),
      flowDetail(db, flow, range.value, now.getTime(), (id) => names.get(id)),
    ]);
    return c.json({ range: range.value, summary: overview.flows[0], ...detail, truncated: overview.truncated || detail.truncated });
  });

  add({ method: 'GET', path: '/definitions/:key/stuck', access: 'designer', summary: 'Running requests of a flow waiting longest, oldest first (node, approver: filters; limit: 1-100, default 20)' }, async (c) => {
    const q = c.req.query();
    const limit = q.limit === undefined ? 20 : /^\d{1,3}$/.test(q.limit) ? Number(q.limit) : NaN;
    if (!(limit >= 1 && limit <= 100)) return sendError(c, failure(400, 'bad-query', '"limit" must be a whole number from 1 to 100.', '“limit”必须是 1 到 100 的整数。', { pointer: '/limit' }));
    for (const name of ['node', 'approver'] as const) {
      const v = q[name];
      if (v !== undefined && (v.length === 0 || v.length > 128)) return sendError(c, failure(400, 'bad-query', `"${name}" must be 1 to 128 characters.`, `“${name}”长度必须为 1 到 128 个字符。`, { pointer: `/${name}` }));
    }
    const d = await managedDefinition(ctx, db, c.get('principal')!, param(c, 'key'));
    if (!d.ok) return sendError(c, d.error);
    const items = await stuckRequests(db, d.value.key, { limit, ...(q.node ? { node: q.node } : {}), ...(q.approver ? { approver: q.approver } : {}) }, ctx.clock.now().getTime());
    return c.json({ items });
  });
  return r;
}
