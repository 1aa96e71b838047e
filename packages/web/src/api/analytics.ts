// Analytics (packages/server/src/routes/analytics-routes.ts): per-flow overview, one flow's
// nodes, bottlenecks and trend, and the stuck-request drill-down; plus the predicted finish the
// instance detail carries.
import type { ApiResult, HttpClient } from './http.ts';

export type Text = { en: string; 'zh-CN'?: string };

export interface AnalyticsQuery {
  /** YYYY-MM-DD, local days in `tz`; `to` inclusive. */
  from?: string;
  to?: string;
  tz?: string;
}

export interface DurationStats {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

export interface FlowOverview {
  key: string;
  name: Text;
  started: number;
  finished: { approved: number; rejected: number; withdrawn: number; terminated: number; total: number };
  approvalRate: number | null;
  duration: DurationStats;
  running: number;
  overdueTasks: number;
}

export interface AnalyticsRange {
  from: string;
  to: string;
  tz: string;
}

export interface NodeMetrics {
  id: string;
  type: string | null;
  name: Text | null;
  tasks: number;
  decision: DurationStats;
  approved: number;
  rejected: number;
  returned: number;
  pending: number;
  overdue: number;
}

export interface Bottleneck {
  id: string;
  name: Text | string | null;
  medianWaitMs: number;
  pending: number;
  samples: number;
}

export interface FlowAnalytics {
  range: AnalyticsRange;
  summary: FlowOverview;
  nodes: NodeMetrics[];
  bottlenecks: { byNode: Bottleneck[]; byApprover: Bottleneck[] };
  trend: Array<{ day: string; started: number; finished: number }>;
  truncated: boolean;
}

export interface StuckRequest {
  id: string;
  title: string;
  initiator: string;
  createdAt: string;
  node: string;
  approver: string;
  waitingSince: string;
  waitingMs: number;
}

export interface PredictedFinish {
  at: string;
  basis: { samples: number; method: 'history' | 'node-medians' };
}

const query = (q: Record<string, string | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
};
const flowPath = (key: string) => `/api/analytics/definitions/${encodeURIComponent(key)}`;

export function getOverview(http: HttpClient, q: AnalyticsQuery): Promise<ApiResult<{ range: AnalyticsRange; flows: FlowOverview[]; truncated: boolean }>> {
  return http.request('GET', `/api/analytics/definitions${query({ ...q })}`);
}

export function getFlowAnalytics(http: HttpClient, key: string, q: AnalyticsQuery): Promise<ApiResult<FlowAnalytics>> {
  return http.request('GET', `${flowPath(key)}${query({ ...q })}`);
}

export async function getStuck(http: HttpClient, key: string, filter: { node?: string; approver?: string; limit?: number }): Promise<ApiResult<StuckRequest[]>> {
  const r = await http.request<{ items: StuckRequest[] }>('GET', `${flowPath(key)}/stuck${query({ node: filter.node, approver: filter.approver, limit: filter.limit ? String(filter.limit) : undefined })}`);
  return r.ok ? { ...r, data: r.data.items } : r;
}
