import { describe, expect, it } from 'vitest';
import type { Bottleneck, FlowOverview, NodeMetrics } from '../../../api/analytics.ts';
import { bottleneckOption, formatDuration, formatRate, inUnit, lastDays, nodeDurationOption, textOf, unitFor, volumeOption, type Labels } from './analytics-model.ts';

const H = 3_600_000;
const unit = { s: 's', min: 'min', h: 'h', d: 'd' };
const labels: Labels = { started: 'Started', approved: 'Approved', rejected: 'Rejected', approvalRate: 'Rate', median: 'Median', p90: 'P90', medianWait: 'Wait', finished: 'Finished', unit };
const node = (id: string, tasks: number, medianMs: number | null, p90Ms: number | null): NodeMetrics => ({
  id, type: 'approval', name: { en: id.toUpperCase(), 'zh-CN': `节点${id}` }, tasks, decision: { count: tasks, medianMs, p90Ms }, approved: 0, rejected: 0, returned: 0, pending: 0, overdue: 0,
});

describe('analytics model', () => {
  it('picks a unit the biggest value reads well in', () => {
    expect(unitFor([30_000, null])).toBe('s');
    expect(unitFor([90_000])).toBe('min');
    expect(unitFor([2 * H, 5 * H])).toBe('h');
    expect(unitFor([3 * 24 * H])).toBe('d');
    expect(unitFor([])).toBe('s');
    expect(inUnit(5.6 * H, 'h')).toBe(5.6);
    expect(inUnit(null, 'h')).toBeNull();
    expect(inUnit(34, 's')).toBe(0.034);
    expect(inUnit(0, 's')).toBe(0);
    expect(formatDuration(7.8 * H, unit)).toBe('7.8 h');
    expect(formatDuration(null, unit)).toBe('—');
    expect(formatRate(0.5)).toBe('50%');
    expect(formatRate(2 / 3)).toBe('66.7%');
    expect(formatRate(null)).toBe('—');
  });

  it('names things in the UI language, falling back to English, then the id', () => {
    expect(textOf({ en: 'Loan', 'zh-CN': '借款' }, 'zh-CN', 'k')).toBe('借款');
    expect(textOf({ en: 'Loan' }, 'zh-CN', 'k')).toBe('Loan');
    expect(textOf(null, 'en', 'k')).toBe('k');
    expect(textOf('Wang Lei', 'en', 'wang.lei')).toBe('Wang Lei');
  });

  it('draws volume per flow with the approval rate in percent on the second axis', () => {
    const flows = [{ key: 'loan', name: { en: 'Loan', 'zh-CN': '借款' }, started: 7, finished: { approved: 2, rejected: 2, withdrawn: 1, terminated: 0, total: 5 }, approvalRate: 0.5, duration: { count: 5, medianMs: 4 * H, p90Ms: 7.8 * H }, running: 2, overdueTasks: 1 }] satisfies FlowOverview[];
    const o = volumeOption(flows, 'zh-CN', labels) as any;
    expect(o.xAxis.data).toEqual(['借款']);
    expect(o.series.map((s: any) => [s.name, s.data])).toEqual([['Started', [7]], ['Approved', [2]], ['Rejected', [2]], ['Rate', [50]]]);
    expect(o.series[3].yAxisIndex).toBe(1);
  });

  it('leaves out steps without tasks and keeps bar index -> node id for the drill-down', () => {
    const { option, ids } = nodeDurationOption([node('a', 5, 2 * H, 3.6 * H), node('b', 0, null, null), node('c', 3, 4 * H, 5.6 * H)], 'en', labels);
    expect(ids).toEqual(['a', 'c']);
    const o = option as any;
    expect(o.xAxis.data).toEqual(['A', 'C']);
    expect(o.yAxis.name).toBe('h');
    expect(o.series.map((s: any) => s.data)).toEqual([[2, 4], [3.6, 5.6]]);
  });

  it('puts the worst bottleneck at the top (ECharts draws the first category at the bottom)', () => {
    const items: Bottleneck[] = [{ id: 'finance', name: { en: 'Finance' }, medianWaitMs: 5 * H, pending: 1, samples: 4 }, { id: 'manager', name: { en: 'Manager' }, medianWaitMs: 2.5 * H, pending: 1, samples: 6 }];
    const { option, ids } = bottleneckOption(items, 'en', labels);
    expect(ids).toEqual(['manager', 'finance']);
    expect((option as any).series[0].data).toEqual([2.5, 5]);
  });

  it('gives the last n days up to today, inclusive', () => {
    expect(lastDays(new Date(2026, 2, 9, 15), 30)).toEqual(['2026-02-08', '2026-03-09']);
    expect(lastDays(new Date(2026, 2, 9), 1)).toEqual(['2026-03-09', '2026-03-09']);
  });
});
