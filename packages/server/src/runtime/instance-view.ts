// What one caller may see of a request: the data minus fields hidden from them, the version's
// graph with each node's state, the timeline with comments, their allowed actions and the
// explanation of every assignee.
import type { Snapshot } from '@baton/engine';
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import type { Principal } from '../auth/principal.ts';
import { canManage } from '../definitions/definition-access.ts';
import { loadDefinition } from '../definitions/definition-row.ts';
import type { Db } from '../store/store.ts';
import { renderRequestTitle } from './request-title.ts';

export interface LoadedInstance {
  key: string;
  version: number;
  def: BatonWorkflowDefinition;
  snapshot: Snapshot;
  /** When it was archived (归档), or null. */
  archivedAt?: string | null;
  /** How it was started when not by a person: a record trigger (its record) or a chain of them. */
  origin?: InstanceOrigin;
}

export interface InstanceOrigin {
  /** The record whose write started it through a trigger (trigger starts only). */
  triggerRecord: string | null;
  /** The request whose write started it, when a flow's own write did. */
  causedBy: string | null;
  /** How deep in a chain of trigger starts (0: a person, a webhook or a schedule began it). */
  depth: number;
}

export async function loadInstance(ctx: AppContext, db: Db, id: string): Promise<LoadedInstance | undefined> {
  const row = await db.selectFrom('instances').select(['definition_key', 'version', 'snapshot', 'archived_at', 'trigger_record', 'caused_by', 'trigger_depth']).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const def = await ctx.runtime.port.version(db, row.definition_key, Number(row.version));
  if (!def) return undefined;
  const origin = { triggerRecord: row.trigger_record ?? null, causedBy: row.caused_by ?? null, depth: Number(row.trigger_depth ?? 0) };
  const started = origin.triggerRecord !== null || origin.causedBy !== null || origin.depth > 0;
  return { key: row.definition_key, version: Number(row.version), def, snapshot: JSON.parse(row.snapshot) as Snapshot, archivedAt: row.archived_at, ...(started ? { origin } : {}) };
}

/** Participants, admins and the definition's managers see a request; nobody else learns it exists. */
export async function maySee(ctx: AppContext, db: Db, p: Principal, inst: LoadedInstance): Promise<boolean> {
  const s = inst.snapshot;
  if (p.systemRole === 'admin' || s.initiator === p.userId) return true;
  if (s.tasks.some((t) => t.user === p.userId) || (s.readers ?? []).includes(p.userId)) return true;
  const cc = await db.selectFrom('cc').select('user_id').where('instance_id', '=', s.id).where('user_id', '=', p.userId).executeTakeFirst();
  if (cc) return true;
  const d = await loadDefinition(db, inst.key);
  return !!d && canManage(p, d);
}

/** Fields hidden from this caller: hidden at every node where they have a task (readers: at any node). */
export function hiddenFields(def: BatonWorkflowDefinition, s: Snapshot, p: Principal): Set<string> {
  if (p.systemRole === 'admin' || s.initiator === p.userId) return new Set();
  const perms = new Map<string, Record<string, string>>();
  for (const n of def.nodes) perms.set(n.id, ('fieldPermissions' in n ? (n.fieldPermissions as Record<string, string> | undefined) : undefined) ?? {});
  const mine = [...new Set(s.tasks.filter((t) => t.user === p.userId).map((t) => t.node))];
  const hidden = new Set<string>();
  const all = [...perms.values()].flatMap((m) => Object.entries(m).filter(([, v]) => v === 'hidden').map(([k]) => k));
  for (const field of new Set(all)) {
    const hiddenHere = (node: string) => perms.get(node)?.[field] === 'hidden';
    if (mine.length === 0 ? true : mine.every(hiddenHere)) hidden.add(field);
  }
  return hidden;
}

export function instanceDetail(ctx: AppContext, inst: LoadedInstance, p: Principal, directory: Parameters<AppContext['runtime']['port']['engine']['allowedActions']>[3]) {
  const { def, snapshot: s } = inst;
  const hidden = hiddenFields(def, s, p);
  const data = Object.fromEntries(Object.entries(s.data).filter(([k]) => !hidden.has(k)));
  const activeNodes = new Set(s.active.map((a) => a.node));
  const visited = new Set(s.history.map((h) => h.node));
  const timeline = [
    ...s.history.map((h) => ({ at: h.at, kind: 'node-entered' as const, node: h.node, ...(h.note ? { note: h.note } : {}) })),
    ...s.tasks.filter((t) => t.decided).map((t) => ({ at: t.decided!, kind: 'task-decided' as const, node: t.node, task: t.id, user: t.user, status: t.status, ...(t.by ? { by: t.by } : {}), ...(t.comment ? { comment: t.comment } : {}) })),
    ...(s.comments ?? []).map((c) => ({ at: c.at, kind: 'comment' as const, by: c.by, text: c.text, ...(c.task ? { task: c.task } : {}) })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return {
    id: s.id,
    definition: { key: inst.key, version: inst.version, name: def.name },
    status: s.status,
    ...(s.outcome ? { outcome: s.outcome } : {}),
    revision: s.revision,
    title: s.title ?? null,
    /** The flow's settings.title rendered from what this caller may see (null when the flow has none). */
    titleText: renderRequestTitle(def, data, directory?.directory?.user(s.initiator)?.name ?? s.initiator) ?? null,
    initiator: s.initiator,
    createdAt: s.created,
    updatedAt: s.updated,
    finishedAt: s.finished ?? null,
    archived: !!inst.archivedAt,
    archivedAt: inst.archivedAt ?? null,
    data,
    hiddenFields: [...hidden].sort(),
    form: { ...def.form, fields: def.form.fields.filter((f) => !hidden.has(f.key)) },
    graph: {
      nodes: def.nodes.map((n) => ({ id: n.id, type: n.type, ...('name' in n && n.name ? { name: n.name } : {}), state: activeNodes.has(n.id) ? 'active' : visited.has(n.id) ? 'done' : 'untouched' })),
      edges: def.edges,
      ...(def.layout ? { layout: def.layout } : {}),
    },
    tasks: s.tasks.map((t) => ({ id: t.id, node: t.node, user: t.user, status: t.status, created: t.created, ...(t.decided ? { decided: t.decided } : {}), ...(t.comment ? { comment: t.comment } : {}), why: t.why, ...(t.origin ? { origin: t.origin } : {}) })),
    timeline,
    readers: s.readers ?? [],
    allowedActions: ctx.runtime.port.engine.allowedActions(def, s, p.userId, directory),
  };
}
