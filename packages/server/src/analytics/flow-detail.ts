// One flow over a range: per node (tasks, time to decision, overdue, approve/reject counts),
// bottlenecks by node and by approver, and the daily trend in the caller's zone. Task metrics
// read the tasks created in the range (at most ROW_CAP, newest first).
import type { Db } from '../store/store.ts';
import type { AnalysedFlow } from './analytics-scope.ts';
import type { AnalyticsRange } from './analytics-range.ts';
import { ROW_CAP } from './analytics-range.ts';
import { dueAtOf, isOverdue } from './overdue.ts';
import { durationMs, durationStats, median } from './percentiles.ts';
import type { DurationStats } from './percentiles.ts';
import { dayIndexer, daysBetween } from './zoned-days.ts';

/** Task statuses that are a person's decision or a handler's completion (transfers, delegations and cancellations are not). */
const DECISIONS = new Set(['approved', 'rejected', 'returned', 'completed']);
const TASK_NODES = new Set(['approval', 'handler']);

export interface NodeMetrics {
  id: string;
  type: string | null;
  name: unknown;
  tasks: number;
  /** Task creation to decision (approved, rejected, returned; completed for handler tasks). */
  decision: DurationStats;
  approved: number;
  rejected: number;
  returned: number;
  pending: number;
  overdue: number;
}

export interface Bottleneck {
  /** A node id or a user id. */
  id: string;
  name: unknown;
  /** Median of the decision times and of the pending tasks' ages so far. */
  medianWaitMs: number;
  pending: number;
  samples: number;
}

export interface TrendDay {
  day: string;
  started: number;
  finished: number;
}

export interface FlowDetail {
  nodes: NodeMetrics[];
  bottlenecks: { byNode: Bottleneck[]; byApprover: Bottleneck[] };
  trend: TrendDay[];
  truncated: boolean;
}

interface Waits {
  samples: number[];
  pending: number;
}

function ranked(waits: Map<string, Waits>, name: (id: string) => unknown): Bottleneck[] {
  const out: Bottleneck[] = [];
  for (const [id, w] of waits) {
    const m = median(w.samples);
    if (m !== null) out.push({ id, name: name(id), medianWaitMs: m, pending: w.pending, samples: w.samples.length });
  }
  return out.sort((a, b) => b.medianWaitMs - a.medianWaitMs || b.pending - a.pending || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export async function flowDetail(db: Db, flow: AnalysedFlow, range: AnalyticsRange, nowMs: number, userName: (id: string) => string | undefined): Promise<FlowDetail> {
  const key = flow.record.key;
  const [tasks, started, finished] = await Promise.all([
    db.selectFrom('tasks').select(['node_id', 'assignee', 'status', 'created_at', 'completed_at'])
      .where('definition_key', '=', key).where('created_at', '>=', range.from).where('created_at', '<', range.to)
      .orderBy('created_at', 'desc').limit(ROW_CAP + 1).execute(),
    db.selectFrom('instances').select('created_at')
      .where('definition_key', '=', key).where('created_at', '>=', range.from).where('created_at', '<', range.to)
      .orderBy('created_at', 'desc').limit(ROW_CAP + 1).execute(),
    db.selectFrom('instances').select('finished_at')
      .where('definition_key', '=', key).where('finished_at', '>=', range.from).where('finished_at', '<', range.to)
      .orderBy('finished_at', 'desc').limit(ROW_CAP + 1).execute(),
  ]);
  const dueAt = dueAtOf(flow.version);
  const defNodes = new Map(flow.version.nodes.map((n) => [n.id, n]));
  const nodes = new Map<string, NodeMetrics & { durations: number[] }>();
  const node = (id: string) => {
    let m = nodes.get(id);
    if (!m) {
      const n = defNodes.get(id);
      m = { id, type: n?.type ?? null, name: (n && 'name' in n ? n.name : undefined) ?? null, tasks: 0, decision: durationStats([]), approved: 0, rejected: 0, returned: 0, pending: 0, overdue: 0, durations: [] };
      nodes.set(id, m);
    }
    return m;
  };
  for (const n of flow.version.nodes) if (TASK_NODES.has(n.type)) node(n.id);
  const byNode = new Map<string, Waits>();
  const byApprover = new Map<string, Waits>();
  const wait = (map: Map<string, Waits>, id: string) => {
    let w = map.get(id);
    if (!w) map.set(id, (w = { samples: [], pending: 0 }));
    return w;
  };
  for (const t of tasks.slice(0, ROW_CAP)) {
    const m = node(t.node_id);
    m.tasks += 1;
    if (t.status === 'approved') m.approved += 1;
    if (t.status === 'rejected') m.rejected += 1;
    if (t.status === 'returned') m.returned += 1;
    let sample: number | null = null;
    if (t.status === 'pending') {
      m.pending += 1;
      if (isOverdue(dueAt, t.node_id, t.created_at, nowMs)) m.overdue += 1;
      sample = Math.max(0, nowMs - Date.parse(t.created_at));
      wait(byNode, t.node_id).pending += 1;
      wait(byApprover, t.assignee).pending += 1;
    } else if (DECISIONS.has(t.status)) {
      sample = durationMs(t.created_at, t.completed_at);
      if (sample !== null) m.durations.push(sample);
    }
    if (sample !== null && !Number.isNaN(sample)) {
      wait(byNode, t.node_id).samples.push(sample);
      wait(byApprover, t.assignee).samples.push(sample);
    }
  }
  const trendDays = daysBetween(Date.parse(range.from), Date.parse(range.to), range.tz);
  const trend = trendDays.map((day) => ({ day, started: 0, finished: 0 }));
  const dayOf = dayIndexer(trendDays, range.tz);
  for (const r of started.slice(0, ROW_CAP)) {
    const d = trend[dayOf(Date.parse(r.created_at))];
    if (d) d.started += 1;
  }
  for (const r of finished.slice(0, ROW_CAP)) {
    const d = r.finished_at ? trend[dayOf(Date.parse(r.finished_at))] : undefined;
    if (d) d.finished += 1;
  }
  return {
    nodes: [...nodes.values()].map(({ durations, ...m }) => ({ ...m, decision: durationStats(durations) })),
    bottlenecks: {
      byNode: ranked(byNode, (id) => node(id).name),
      byApprover: ranked(byApprover, (id) => userName(id) ?? id),
    },
    trend,
    truncated: tasks.length > ROW_CAP || started.length > ROW_CAP || finished.length > ROW_CAP,
  };
}
