// The 300-node designer timing, shared by the browser test (a regression guard) and
// test/bench/web-designer.bench.ts (the figure recorded in docs/performance.md).
import type { Browser } from 'playwright-core';
import type { BatonWorkflowDefinition, Node } from '../../packages/schema/src/index.ts';
import { signedInPage, type Stack } from './harness.ts';

/** A valid chain: start, n - 2 approval steps, end; laid out in columns of 30. */
export function chainDefinition(n: number, key = `perf-${n}`): BatonWorkflowDefinition {
  const nodes: Node[] = [{ id: 'start', type: 'start' }];
  for (let i = 1; i <= n - 2; i++) nodes.push({ id: `approval_${i}`, type: 'approval', name: { en: `Step ${i}`, 'zh-CN': `第 ${i} 步` }, assignees: [{ type: 'manager', level: 1 }] });
  nodes.push({ id: 'end', type: 'end', outcome: 'approved' });
  return {
    key,
    name: { en: `${n} steps`, 'zh-CN': `${n} 步` },
    form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount', 'zh-CN': '金额' } }] },
    nodes,
    edges: nodes.slice(1).map((node, i) => ({ from: nodes[i]!.id, to: node.id })),
    layout: Object.fromEntries(nodes.map((node, i) => [node.id, { x: Math.floor(i / 30) * 260, y: (i % 30) * 110 }])),
  };
}

export interface OpenTiming {
  /** From the click on the flow list row to the first node card on screen. */
  shown: number;
  /** ... to a click on that card having selected it (its panel shows). */
  interactive: number;
}

/**
 * Opens the flow `key` from the flow list `runs` times (after one warm-up open, as a designer's
 * browser has the designer chunk cached) and times each open.
 */
export async function timeDesignerOpens(browser: Browser, stack: Stack, key: string, runs: number): Promise<OpenTiming[]> {
  const page = await signedInPage(browser, stack, 'admin', 'en');
  const out: OpenTiming[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      await page.goto(`${stack.url}/studio/flows`);
      await page.waitForSelector('[data-test=flows-page] .el-table__row');
      const t0 = Date.now();
      await page.click(`.el-table__row:has-text("${key}")`);
      await page.waitForSelector('[data-test=flow-canvas] [data-node-id=start]');
      const shown = Date.now() - t0;
      await page.click('[data-test=flow-canvas] [data-node-id=start]');
      await page.waitForSelector('[data-test=node-panel]');
      if (i > 0) out.push({ shown, interactive: Date.now() - t0 });
    }
  } finally {
    await page.context().close();
  }
  return out;
}
