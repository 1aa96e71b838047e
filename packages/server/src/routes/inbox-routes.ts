// The inbox: to do, done, CC'd to me, started by me; counts; cursor pagination (newest first);
// filters by definition, status and dates; keyword search over title and text values. Rows carry
// the title rendered from the flow's settings.title, the step's name, and (to do) batchApprovable.
import { readTimeCursor, writeTimeCursor, type TimeCursor } from '../http/time-cursor.ts';
import { Hono } from 'hono';
import type { Snapshot } from '@baton/engine';
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { SelectQueryBuilder } from 'kysely';
import type { AppContext } from '../app-context.ts';
import { failure, sendError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';
import type { Database } from '../store/database.ts';
import type { Principal } from '../auth/principal.ts';
import { batchRefusal } from '../runtime/batch-approve.ts';
import { hiddenFields } from '../runtime/instance-view.ts';
import { renderRequestTitle } from '../runtime/request-title.ts';
import type { TitleText } from '../runtime/request-title.ts';

interface Filters {
  definition?: string;
  status?: string;
  from?: string;
  to?: string;
  q?: string;
}

const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (m) => '\\' + m)}%`;

// Typed loosely: the same filters apply to queries over instances joined with tasks or cc.
function filtered<QB extends SelectQueryBuilder<Database, any, any>>(qb: QB, f: Filters): QB {
  let q = qb as SelectQueryBuilder<any, any, any>;
  // Archived requests leave the inbox; archive search (/api/archive) finds them. Written so the
  // planner takes no index for it (one huge NULL group defeats its estimates: it would walk every
  // live request instead of the user's tasks); "started" adds the plain form for its partial index.
  q = q.where((eb) => eb(eb.fn.coalesce('instances.archived_at', eb.val('')), '=', ''));
  if (f.definition) q = q.where('instances.definition_key', '=', f.definition);
  if (f.status) q = q.where('instances.status', '=', f.status);
  if (f.from) q = q.where('instances.created_at', '>=', f.from);
  if (f.to) q = q.where('instances.created_at', '<', f.to);
  if (f.q) q = q.where('instances.search', 'like', likePattern(f.q));
  return q as QB;
}

function paged<QB extends SelectQueryBuilder<Database, any, any>>(qb: QB, timeCol: string, idCol: string, cursor: TimeCursor | undefined, limit: number): QB {
  let q = qb as SelectQueryBuilder<any, any, any>;
  if (cursor) q = q.where((eb) => eb.or([eb(timeCol, '<', cursor.t), eb.and([eb(timeCol, '=', cursor.t), eb(idCol, '<', cursor.id)])]));
  return q.orderBy(timeCol, 'desc').orderBy(idCol, 'desc').limit(limit + 1) as QB;
}

const INSTANCE_COLUMNS = ['instances.id as instance_id', 'instances.title', 'instances.definition_key', 'instances.version', 'instances.snapshot', 'instances.status as instance_status', 'instances.initiator', 'instances.created_at as instance_created', 'instances.updated_at as instance_updated'] as const;

export type InboxView = 'todo' | 'done' | 'cc' | 'started';

/** The step's name in each language it has (the node id when it has none). */
function nodeName(def: BatonWorkflowDefinition, nodeId: string): TitleText {
  const node = def.nodes.find((n) => n.id === nodeId) as { name?: TitleText } | undefined;
  return node?.name && (node.name.en || node.name['zh-CN']) ? node.name : { en: nodeId, 'zh-CN': nodeId };
}

/** The flow's title template rendered without the fields hidden from this caller. */
function rowTitle(def: BatonWorkflowDefinition, s: Snapshot, p: Principal, initiatorName: string): TitleText | null {
  if (!s.data) return null;
  const hidden = hiddenFields(def, s, p);
  const data = Object.fromEntries(Object.entries(s.data).filter(([k]) => !hidden.has(k)));
  return renderRequestTitle(def, data, initiatorName) ?? null;
}

export function inboxRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/inbox', { ...spec, tag: 'inbox' }, h);
  const db = ctx.store.db;

  const query = (view: InboxView, me: string, f: Filters) => {
    switch (view) {
      case 'todo':
      case 'done': {
        const base = db.selectFrom('tasks').innerJoin('instances', 'instances.id', 'tasks.instance_id')
          .select([...INSTANCE_COLUMNS, 'tasks.id as task_id', 'tasks.node_id', 'tasks.status as task_status', 'tasks.created_at as task_created', 'tasks.completed_at'])
          .where('tasks.assignee', '=', me);
        return filtered(view === 'todo' ? base.where('tasks.status', '=', 'pending') : base.where('tasks.status', '!=', 'pending').where('tasks.completed_at', 'is not', null), f);
      }
      case 'cc':
        return filtered(db.selectFrom('cc').innerJoin('instances', 'instances.id', 'cc.instance_id').select([...INSTANCE_COLUMNS, 'cc.created_at as cc_created', 'cc.node_id']).where('cc.user_id', '=', me), f);
      case 'started':
        return filtered(db.selectFrom('instances').select([...INSTANCE_COLUMNS]).where('instances.initiator', '=', me).where('instances.archived_at', 'is', null), f);
    }
  };
  const SORT: Record<InboxView, [string, string]> = {
    todo: ['tasks.created_at', 'tasks.id'],
    done: ['tasks.completed_at', 'tasks.id'],
    cc: ['cc.created_at', 'instances.id'],
    started: ['instances.created_at', 'instances.id'],
  };

  add({ method: 'GET', path: '/counts', access: 'user', summary: 'How many items each inbox view holds' }, async (c) => {
    const me = c.get('principal')!.userId;
    const count = async (view: InboxView) => {
      const row = await (query(view, me, {}) as SelectQueryBuilder<any, any, any>).clearSelect().select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
      return Number((row as { n?: unknown } | undefined)?.n ?? 0);
    };
    return c.json({ todo: await count('todo'), done: await count('done'), cc: await count('cc'), started: await count('started') });
  });

  for (const view of ['todo', 'done', 'cc', 'started'] as const) {
    add({ method: 'GET', path: `/${view}`, access: 'user', summary: `Inbox: ${view} (filters: definition, status, from, to, q; cursor, limit)` }, async (c) => {
      const me = c.get('principal')!.userId;
      const q = c.req.query();
      const cursor = readTimeCursor(q.cursor);
      if (cursor === 'bad') return sendError(c, failure(400, 'bad-cursor', 'The cursor is not valid.', '游标无效。', { pointer: '/cursor' }));
      const limit = Math.min(Math.max(Number(q.limit ?? 20) || 20, 1), 100);
      const f: Filters = { definition: q.definition, status: q.status, from: q.from, to: q.to, q: q.q?.slice(0, 100) };
      const [timeCol, idCol] = SORT[view];
      const rows = (await paged(query(view, me, f), timeCol, idCol, cursor, limit).execute()) as unknown as Array<Record<string, string | null>>;
      const page = rows.slice(0, limit);
      const principal = c.get('principal')!;
      const org = await ctx.directory.snapshot();
      const items = await Promise.all(page.map(async (row) => {
        const def = await ctx.runtime.port.version(db, row.definition_key ?? '', Number(row.version));
        const snapshot = JSON.parse(row.snapshot ?? '{}') as Snapshot;
        return {
          instance: {
            id: row.instance_id, title: row.title, titleText: def ? rowTitle(def, snapshot, principal, org.users.get(row.initiator ?? '')?.name ?? row.initiator ?? '') : null,
            definition: row.definition_key, status: row.instance_status, initiator: row.initiator, createdAt: row.instance_created, updatedAt: row.instance_updated,
          },
          ...(row.task_id ? { task: { id: row.task_id, node: row.node_id, nodeName: def ? nodeName(def, row.node_id ?? '') : null, status: row.task_status, createdAt: row.task_created, completedAt: row.completed_at } } : {}),
          ...(view === 'todo' ? { batchApprovable: !!def && row.instance_status === 'running' && batchRefusal(def, row.node_id ?? '') === undefined } : {}),
          ...(view === 'cc' ? { cc: { node: row.node_id, at: row.cc_created } } : {}),
        };
      }));
      const last = page[page.length - 1];
      const sortValue = (row: Record<string, string | null>) => (view === 'todo' ? row.task_created : view === 'done' ? row.completed_at : view === 'cc' ? row.cc_created : row.instance_created) ?? '';
      const lastId = (row: Record<string, string | null>) => (view === 'todo' || view === 'done' ? row.task_id : row.instance_id) ?? '';
      return c.json({ items, nextCursor: rows.length > limit && last ? writeTimeCursor(sortValue(last), lastId(last)) : null });
    });
  }
  return r;
}
