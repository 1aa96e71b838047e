// When a running request will probably finish, from the history of its flow:
// 1. "history": among finished (approved or rejected) requests that passed through the request's
//    current node, the median time from entering that node to the end, counting only those that
//    had already waited as long as this one has (so an old request is not predicted in the past);
// 2. "node-medians", when the history is thinner than MIN_SAMPLES: the per-node median time to
//    decision summed along the likely path (default branch, the longest parallel branch);
// otherwise unknown (null). Parallel requests take the latest of their current nodes.
import type { Snapshot } from '@baton/engine';
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { Db } from '../store/store.ts';
import { median } from './percentiles.ts';

export const MIN_SAMPLES = 5;
/** Recent finished requests read per current node, and recent decisions read for per-node medians. */
export const HISTORY_CAP = 500;
export const DECISION_CAP = 2000;

export interface PredictedFinish {
  at: string;
  basis: { samples: number; method: 'history' | 'node-medians' };
}

interface Current {
  node: string;
  entered: number;
}

function currentNodes(s: Snapshot): Current[] {
  const out = new Map<string, number>();
  for (const t of s.tasks) {
    if (t.status !== 'pending') continue;
    const visit = [...s.history].reverse().find((h) => h.node === t.node);
    const entered = Date.parse(visit?.at ?? t.created);
    out.set(t.node, Math.min(out.get(t.node) ?? entered, entered));
  }
  return [...out].map(([node, entered]) => ({ node, entered }));
}

async function fromHistory(db: Db, key: string, current: Current[], nowMs: number): Promise<PredictedFinish | null> {
  const rows = await db.selectFrom('tasks').innerJoin('instances', 'instances.id', 'tasks.instance_id')
    .select(['tasks.node_id', 'instances.finished_at', (eb) => eb.fn.min('tasks.created_at').as('entered')])
    .where('tasks.definition_key', '=', key).where('tasks.node_id', 'in', current.map((c) => c.node))
    .where('instances.status', 'in', ['approved', 'rejected'])
    .groupBy(['tasks.node_id', 'instances.id', 'instances.finished_at'])
    .orderBy('instances.finished_at', 'desc').limit(HISTORY_CAP * current.length).execute();
  let at = -Infinity;
  let samples = Infinity;
  for (const c of current) {
    const elapsed = nowMs - c.entered;
    const remaining = rows.filter((r) => r.node_id === c.node && r.finished_at)
      .map((r) => Date.parse(r.finished_at!) - Date.parse(String(r.entered)))
      .filter((ms) => !Number.isNaN(ms) && ms >= elapsed);
    const m = median(remaining);
    if (m === null || remaining.length < MIN_SAMPLES) return null;
    at = Math.max(at, c.entered + m);
    samples = Math.min(samples, remaining.length);
  }
  return { at: new Date(at).toISOString(), basis: { samples, method: 'history' } };
}

const TASK_NODES = new Set(['approval', 'handler']);
const FORKS = new Set(['parallel', 'inclusive']);

/** Remaining time from entering `id` to the end along the likely path; undefined when a task node lacks samples. */
function pathRemaining(def: BatonWorkflowDefinition, medians: Map<string, { median: number; n: number }>, id: string, depth: number, seen: { min: number }): number | undefined {
  const node = def.nodes.find((n) => n.id === id);
  if (!node || node.type === 'end' || depth > 100) return 0;
  let own = 0;
  if (TASK_NODES.has(node.type)) {
    const m = medians.get(id);
    if (!m || m.n < MIN_SAMPLES) return undefined;
    own = m.median;
    seen.min = Math.min(seen.min, m.n);
  }
  const out = def.edges.filter((e) => e.from === id);
  if (out.length === 0) return own;
  const next = FORKS.has(node.type) ? out : [out.find((e) => e.default) ?? [...out].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0))[0]!];
  let rest = 0;
  for (const e of next) {
    const r = pathRemaining(def, medians, e.to, depth + 1, seen);
    if (r === undefined) return undefined;
    rest = Math.max(rest, r);
  }
  return own + rest;
}

async function fromNodeMedians(db: Db, key: string, def: BatonWorkflowDefinition, current: Current[], nowMs: number): Promise<PredictedFinish | null> {
  const rows = await db.selectFrom('tasks').select(['node_id', 'created_at', 'completed_at'])
    .where('definition_key', '=', key).where('status', 'in', ['approved', 'rejected', 'returned'])
    .orderBy('created_at', 'desc').limit(DECISION_CAP).execute();
  const byNode = new Map<string, number[]>();
  for (const r of rows) {
    const ms = r.completed_at ? Date.parse(r.completed_at) - Date.parse(r.created_at) : NaN;
    if (Number.isNaN(ms)) continue;
    byNode.set(r.node_id, [...(byNode.get(r.node_id) ?? []), ms]);
  }
  const medians = new Map([...byNode].map(([node, v]) => [node, { median: median(v)!, n: v.length }]));
  let at = -Infinity;
  const seen = { min: Infinity };
  for (const c of current) {
    const total = pathRemaining(def, medians, c.node, 0, seen);
    if (total === undefined) return null;
    // Time already spent at the current node counts against its median, never below now.
    at = Math.max(at, nowMs, c.entered + total);
  }
  return { at: new Date(at).toISOString(), basis: { samples: seen.min, method: 'node-medians' } };
}

export async function predictFinish(db: Db, key: string, def: BatonWorkflowDefinition, s: Snapshot, nowMs: number): Promise<PredictedFinish | null> {
  if (s.status !== 'running') return null;
  const current = currentNodes(s);
  if (current.length === 0) return null;
  return (await fromHistory(db, key, current, nowMs)) ?? (await fromNodeMedians(db, key, def, current, nowMs));
}
