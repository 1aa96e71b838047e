// Pure helpers of the analytics page: names in the UI language, a duration unit that suits the
// data, and the ECharts options of each chart (built here so they can be tested without a canvas).
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { Bottleneck, FlowAnalytics, FlowOverview, NodeMetrics, Text } from '../../../api/analytics.ts';

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;
export type Lang = 'en' | 'zh-CN';
export type Unit = 's' | 'min' | 'h' | 'd';

export const COLORS = { started: '#409eff', approved: '#67c23a', rejected: '#f56c6c', rate: '#e6a23c', median: '#409eff', p90: '#a0cfff', wait: '#e6a23c', finished: '#67c23a' } as const;

/** What the drill-down lists: one flow's requests waiting at a step or on an approver. */
export interface StuckFilter {
  flow: string;
  node?: string;
  approver?: string;
  label: string;
}

const UNIT_MS: Record<Unit, number> = { s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000 };

export function textOf(name: Text | string | null | undefined, lang: Lang, fallback: string): string {
  if (!name) return fallback;
  if (typeof name === 'string') return name;
  return name[lang] || name.en || fallback;
}

/** The largest unit in which the biggest value is at least 1 (seconds at least). */
export function unitFor(values: ReadonlyArray<number | null>): Unit {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  return max >= UNIT_MS.d * 2 ? 'd' : max >= UNIT_MS.h ? 'h' : max >= UNIT_MS.min ? 'min' : 's';
}

/** The duration in `unit`, to one decimal (two significant digits below 1, so small values do not read as 0). */
export function inUnit(ms: number | null, unit: Unit): number | null {
  if (ms === null) return null;
  const v = ms / UNIT_MS[unit];
  return v >= 1 || v === 0 ? Math.round(v * 10) / 10 : Number(v.toPrecision(2));
}

/** "3.5 h" style text for a duration, picking its own unit. */
export function formatDuration(ms: number | null, unitNames: Record<Unit, string>): string {
  if (ms === null) return '—';
  const unit = unitFor([ms]);
  return `${inUnit(ms, unit)} ${unitNames[unit]}`;
}

export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

const grid = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true };

export interface Labels {
  started: string;
  approved: string;
  rejected: string;
  approvalRate: string;
  median: string;
  p90: string;
  medianWait: string;
  finished: string;
  unit: Record<Unit, string>;
}

export function volumeOption(flows: readonly FlowOverview[], lang: Lang, l: Labels): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: flows.map((f) => textOf(f.name, lang, f.key)), axisLabel: { interval: 0, overflow: 'truncate', width: 120 } },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: l.started, type: 'bar', barMaxWidth: 48, data: flows.map((f) => f.started), itemStyle: { color: COLORS.started } },
      { name: l.approved, type: 'bar', barMaxWidth: 48, data: flows.map((f) => f.finished.approved), itemStyle: { color: COLORS.approved } },
      { name: l.rejected, type: 'bar', barMaxWidth: 48, data: flows.map((f) => f.finished.rejected), itemStyle: { color: COLORS.rejected } },
      { name: l.approvalRate, type: 'line', yAxisIndex: 1, data: flows.map((f) => (f.approvalRate === null ? null : Math.round(f.approvalRate * 1000) / 10)), itemStyle: { color: COLORS.rate } },
    ],
  } as ChartOption;
}

/** The task steps that had tasks in the range. */
export function busyNodes(nodes: readonly NodeMetrics[]): NodeMetrics[] {
  return nodes.filter((n) => n.tasks > 0);
}

export function nodeDurationOption(nodes: readonly NodeMetrics[], lang: Lang, l: Labels): { option: ChartOption; ids: string[] } {
  const shown = busyNodes(nodes);
  const unit = unitFor(shown.flatMap((n) => [n.decision.medianMs, n.decision.p90Ms]));
  return {
    ids: shown.map((n) => n.id),
    option: {
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${String(v)} ${l.unit[unit]}`) },
      legend: { top: 0 },
      grid,
      xAxis: { type: 'category', data: shown.map((n) => textOf(n.name, lang, n.id)), axisLabel: { interval: 0, overflow: 'truncate', width: 120 } },
      yAxis: { type: 'value', name: l.unit[unit] },
      series: [
        { name: l.median, type: 'bar', barMaxWidth: 48, data: shown.map((n) => inUnit(n.decision.medianMs, unit)), itemStyle: { color: COLORS.median } },
        { name: l.p90, type: 'bar', barMaxWidth: 48, data: shown.map((n) => inUnit(n.decision.p90Ms, unit)), itemStyle: { color: COLORS.p90 } },
      ],
    } as ChartOption,
  };
}

/** Horizontal bars, the worst at the top; `ids` maps a bar's index back to the node or user. */
export function bottleneckOption(items: readonly Bottleneck[], lang: Lang, l: Labels): { option: ChartOption; ids: string[] } {
  const top = items.slice(0, 10).reverse();
  const unit = unitFor(top.map((b) => b.medianWaitMs));
  return {
    ids: top.map((b) => b.id),
    option: {
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${String(v)} ${l.unit[unit]}` },
      grid: { ...grid, top: 24 },
      xAxis: { type: 'value', name: l.unit[unit] },
      yAxis: { type: 'category', data: top.map((b) => textOf(b.name, lang, b.id)), axisLabel: { overflow: 'truncate', width: 120 } },
      series: [{ name: l.medianWait, type: 'bar', barMaxWidth: 48, data: top.map((b) => inUnit(b.medianWaitMs, unit)), itemStyle: { color: COLORS.wait } }],
    } as ChartOption,
  };
}

export function trendOption(trend: FlowAnalytics['trend'], l: Labels): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: trend.map((d) => d.day.slice(5)), boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: l.started, type: 'line', data: trend.map((d) => d.started), itemStyle: { color: COLORS.started } },
      { name: l.finished, type: 'line', data: trend.map((d) => d.finished), itemStyle: { color: COLORS.finished } },
    ],
  } as ChartOption;
}

/** The last `days` days up to today, as YYYY-MM-DD in the browser's zone. */
export function lastDays(today: Date, days: number): [string, string] {
  const ymd = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return [ymd(from), ymd(today)];
}
