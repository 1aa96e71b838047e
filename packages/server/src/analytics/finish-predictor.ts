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
/** The newest finished requests read for "history", and the newest decisions per node for "node-medians". */
export const HISTORY_CAP = 500;
export const DECISION_CAP = 200;

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
  // The newest finished requests first (index instances (definition_key, finished_at, ...)), then their tasks at the current nodes.
  const recent = db.selectFrom('instances').select(['id', 'finished_at'])
    .where('definition_key', '=', key).where('finished_at', 'is not', null).where('status', 'in', ['approved', 'rejected'])
    .orderBy('finished_at', 'desc').limit(HISTORY_CAP);
  const rows = await db.selectFrom(recent.as('i')).innerJoin('tasks', 'tasks.instance_id', 'i.id')
    .select(['tasks.node_id', 'i.finished_at', (eb) => eb.fn.min('tasks.created_at').as('entered')])
    .where('tasks.node_id', 'in', current.map((c) => c.node))
    .groupBy(['tasks.node_id', 'i.id', 'i.finished_at']).execute();
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

type Medians = Map<string, { median: number; n: number }>;

/** The likely next nodes: every branch of a fork, else the default edge or the first by priority. */
function likelyNext(def: BatonWorkflowDefinition, id: string, type: string): string[] {
  const out = def.edges.filter((e) => e.from === id);
  if (out.length === 0) return [];
  if (FORKS.has(type)) return out.map((e) => e.to);
  return [(out.find((e) => e.default) ?? [...out].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0))[0]!).to];
}

/** The task nodes on the likely path from `id` to the end. */
function taskNodesOnPath(def: BatonWorkflowDefinition, id: string, seen = new Set<string>()): Set<string> {
  const node = def.nodes.find((n) => n.id === id);
  if (!node || seen.has(id) || seen.size > 200) return seen;
  seen.add(id);
  for (const next of likelyNext(def, id, node.type)) taskNodesOnPath(def, next, seen);
  return seen;
}

/** Remaining time from entering `id` to the end along the likely path; undefined when a task node lacks samples. */
function pathRemaining(def: BatonWorkflowDefinition, medians: Medians, id: string, depth: number, seen: { min: number }): number | undefined {
  const node = def.nodes.find((n) => n.id === id);
  if (!node || node.type === 'end' || depth > 100) return 0;
  let own = 0;
  if (TASK_NODES.has(node.type)) {
    const m = medians.get(id);
    if (!m || m.n < MIN_SAMPLES) return undefined;
    own = m.median;
    seen.min = Math.min(seen.min, m.n);
  }
  let rest = 0;
  for (const next of likelyNext(def, id, node.type)) {
    const r = pathRemaining(def, medians, next, depth + 1, seen);
    if (r === undefined) return undefined;
    rest = Math.max(rest, r);
  }
  return own + rest;
}

async function fromNodeMedians(db: Db, key: string, def: BatonWorkflowDefinition, current: Current[], nowMs: number): Promise<PredictedFinish | null> {
  const onPath = new Set<string>();
  for (const c of current) for (const id of taskNodesOnPath(def, c.node)) if (TASK_NODES.has(def.nodes.find((n) => n.id === id)?.type ?? '')) onPath.add(id);
  // The newest decisions per node (index tasks (definition_key, created_at, node_id, ...)).
  const medians: Medians = new Map();
  for (const node of onPath) {
    const rows = await db.selectFrom('tasks').select(['created_at', 'completed_at'])
      .where('definition_key', '=', key).where('node_id', '=', node).where('status', 'in', ['approved', 'rejected', 'returned', 'completed'])
      .orderBy('created_at', 'desc').limit(DECISION_CAP).execute();
    const ms = rows.map((r) => (r.completed_at ? Date.parse(r.completed_at) - Date.parse(r.created_at) : NaN)).filter((v) => !Number.isNaN(v));
    const m = median(ms);
    if (m !== null) medians.set(node, { median: m, n: ms.length });
  }
  let at = -Infinity;
  const seen = { min: Infinity };
  for (const c of current) {
    const total = pathRemaining(def, medians, c.node, 0, seen);
    if (total === undefined) return null;
    // Time already spent at the current node counts against its median, never before now.
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
