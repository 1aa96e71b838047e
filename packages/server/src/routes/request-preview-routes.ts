// The approval path a requester sees before submitting: the latest version walked by the
// engine's simulate with the caller as initiator, their form data and everyone approving. Only
// for those who may start the flow; nothing is written; effects are not shown.
import { Hono } from 'hono';
import { simulate } from '@baton/engine';
import type { Node } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import { canStart } from '../definitions/definition-access.ts';
import { loadDefinition } from '../definitions/definition-row.ts';
import { failure, notFound, sendError } from '../http/api-error.ts';
import { apiSchemaId } from '../http/api-schemas.ts';
import type { AppEnv } from '../http/app-env.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';

/** Node types a requester cares about in a path: people, and where it ends. */
const SHOWN = new Set<Node['type']>(['approval', 'handler', 'cc', 'end']);

export function requestPreviewRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/definitions', { ...spec, tag: 'definitions' }, h);
  const db = ctx.store.db;

  add({ method: 'POST', path: '/:key/preview', access: 'user', summary: 'The approval path of a request before it is submitted: who approves each step and why (latest version, caller as initiator, everyone approving; nothing written)', body: apiSchemaId('request-preview') }, async (c) => {
    const p = c.get('principal')!;
    const b = c.get('body') as { data: Record<string, unknown>; selections?: Record<string, string[]> };
    const d = await loadDefinition(db, param(c, 'key'));
    if (!d || d.deletedAt || d.latestVersion === 0 || d.status !== 'active') return sendError(c, notFound('Flow', '流程'));
    const def = await ctx.runtime.port.version(db, d.key, d.latestVersion);
    if (!def) return sendError(c, notFound('Flow', '流程'));
    const org = await ctx.directory.get();
    if (!canStart(p, d, def, org)) return sendError(c, failure(403, 'not-allowed-to-start', 'You may not start this flow.', '您无权发起该流程。'));
    const directory = ctx.runtime.port.directoryFor(await ctx.directory.snapshot());
    const run = simulate(def, { initiator: p.userId, data: b.data, ...(b.selections ? { selections: b.selections } : {}) }, directory, { now: ctx.nowIso(), engine: ctx.runtime.port.engine });
    if (run.status === 'refused') {
      // The same refusal a submit would get (a missing field...), with its pointer under /data.
      const refusal = run.refusal!;
      return sendError(c, failure(422, refusal.code, refusal.message.en, refusal.message['zh-CN'], refusal.pointer !== undefined ? { pointer: refusal.pointer } : {}));
    }
    const nodes = new Map(def.nodes.map((n) => [n.id, n]));
    const names = new Map(org.users.map((u) => [u.id, u.name]));
    const steps = run.steps
      .filter((s) => SHOWN.has(s.type as Node['type']) && s.node !== undefined)
      .map((s) => {
        const n = nodes.get(s.node);
        return {
          node: s.node,
          type: s.type,
          name: n && 'name' in n && n.name ? n.name : { en: s.node, 'zh-CN': s.node },
          ...(n?.type === 'approval' && n.mode ? { mode: n.mode } : {}),
          assignees: s.assignees.map((a) => ({ user: a.user, name: names.get(a.user) ?? a.user, explanation: a.explanation, ...(a.status === 'auto-approved' ? { autoApproved: true } : {}) })),
          ...(s.note ? { note: s.note } : {}),
        };
      });
    return c.json({ key: d.key, version: d.latestVersion, outcome: run.outcome ?? null, steps });
  });
  return r;
}
