// Per flow, over a range: requests started, finished by outcome, approval rate, median and p90
// duration of the finished ones; now: running requests and overdue tasks. Counts are grouped in
// SQL; durations are fetched (at most ROW_CAP rows, newest first) and ranked in TS.
import type { Db } from '../store/store.ts';
import type { AnalysedFlow } from './analytics-scope.ts';
import type { AnalyticsRange } from './analytics-range.ts';
import { ROW_CAP } from './analytics-range.ts';
import { dueAtOf, isOverdue } from './overdue.ts';
import { durationMs, durationStats } from './percentiles.ts';
import type { DurationStats } from './percentiles.ts';

export const OUTCOMES = ['approved', 'rejected', 'withdrawn', 'terminated'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface FlowOverview {
  key: string;
  name: AnalysedFlow['version']['name'];
  started: number;
  finished: Record<Outcome, number> & { total: number };
  /** approved / (approved + rejected); null when neither happened. */
  approvalRate: number | null;
  /** Start to finish of the requests finished in the range. */
  duration: DurationStats;
  /** Requests running or returned to the initiator now. */
  running: number;
  /** Pending tasks past their node's first timeout now. */
  overdueTasks: number;
}

export interface OverviewResult {
  flows: FlowOverview[];
  truncated: boolean;
}

const emptyFinished = () => ({ approved: 0, rejected: 0, withdrawn: 0, terminated: 0, total: 0 });

export async function flowOverview(db: Db, flows: readonly AnalysedFlow[], range: AnalyticsRange, nowMs: number): Promise<OverviewResult> {
  if (flows.length === 0) return { flows: [], truncated: false };
  const keys = flows.map((f) => f.record.key);
  const [started, finished, running, pending] = await Promise.all([
    db.selectFrom('instances').select(['definition_key', (eb) => eb.fn.countAll().as('n')])
      .where('definition_key', 'in', keys).where('created_at', '>=', range.from).where('created_at', '<', range.to)
      .groupBy('definition_key').execute(),
    db.selectFrom('instances').select(['definition_key', 'status', 'created_at', 'finished_at'])
      .where('definition_key', 'in', keys).where('finished_at', '>=', range.from).where('finished_at', '<', range.to)
      .where('status', 'in', [...OUTCOMES]).orderBy('finished_at', 'desc').limit(ROW_CAP + 1).execute(),
    db.selectFrom('instances').select(['definition_key', (eb) => eb.fn.countAll().as('n')])
      .where('definition_key', 'in', keys).where('status', 'in', ['running', 'returned'])
      .groupBy('definition_key').execute(),
    db.selectFrom('tasks').select(['definition_key', 'node_id', 'created_at'])
      .where('definition_key', 'in', keys).where('status', '=', 'pending')
      .orderBy('created_at').limit(ROW_CAP + 1).execute(),
  ]);
  const startedBy = new Map(started.map((r) => [r.definition_key, Number(r.n)]));
  const runningBy = new Map(running.map((r) => [r.definition_key, Number(r.n)]));
  const out = flows.map((f) => {
    const key = f.record.key;
    const counts = emptyFinished();
    const durations: number[] = [];
    for (const r of finished.slice(0, ROW_CAP)) {
      if (r.definition_key !== key) continue;
      counts[r.status as Outcome] += 1;
      counts.total += 1;
      const d = durationMs(r.created_at, r.finished_at);
      if (d !== null) durations.push(d);
    }
    const dueAt = dueAtOf(f.version);
    const overdueTasks = pending.slice(0, ROW_CAP).filter((t) => t.definition_key === key && isOverdue(dueAt, t.node_id, t.created_at, nowMs)).length;
    const decided = counts.approved + counts.rejected;
    return {
      key,
      name: f.version.name,
      started: startedBy.get(key) ?? 0,
      finished: counts,
      approvalRate: decided === 0 ? null : counts.approved / decided,
      duration: durationStats(durations),
      running: runningBy.get(key) ?? 0,
      overdueTasks,
    };
  });
  return { flows: out, truncated: finished.length > ROW_CAP || pending.length > ROW_CAP };
}
