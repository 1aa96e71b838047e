// The drill-down: running requests of a flow waiting longest, optionally only those waiting at
// one node or on one approver. One row per request: its oldest matching pending task.
import type { Db } from '../store/store.ts';

export interface StuckRequest {
  id: string;
  title: string;
  initiator: string;
  createdAt: string;
  /** The oldest matching pending task. */
  node: string;
  approver: string;
  waitingSince: string;
  waitingMs: number;
}

export interface StuckFilter {
  node?: string;
  approver?: string;
  limit: number;
}

export async function stuckRequests(db: Db, key: string, f: StuckFilter, nowMs: number): Promise<StuckRequest[]> {
  let q = db.selectFrom('tasks').innerJoin('instances', 'instances.id', 'tasks.instance_id')
    .select(['instances.id', 'instances.title', 'instances.initiator', 'instances.created_at as instance_created', 'tasks.node_id', 'tasks.assignee', 'tasks.created_at'])
    .where('tasks.definition_key', '=', key).where('tasks.status', '=', 'pending').where('instances.status', '=', 'running');
  if (f.node) q = q.where('tasks.node_id', '=', f.node);
  if (f.approver) q = q.where('tasks.assignee', '=', f.approver);
  // Parallel and countersign nodes give a request several pending tasks: fetch enough to fill the page after dedupe.
  // Oldest first by the index tasks (definition_key, status, created_at, ...): no sort of every pending task.
  const rows = await q.orderBy('tasks.created_at').limit(f.limit * 10).execute();
  const out: StuckRequest[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    out.push({ id: r.id, title: r.title, initiator: r.initiator, createdAt: r.instance_created, node: r.node_id, approver: r.assignee, waitingSince: r.created_at, waitingMs: Math.max(0, nowMs - Date.parse(r.created_at)) });
    if (out.length >= f.limit) break;
  }
  return out;
}
