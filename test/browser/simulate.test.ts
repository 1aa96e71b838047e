// Simulation in a real browser: pick an initiator, fill in the form, run both branches of an
// amount condition; the path lights up on the canvas and the steps say who approves and why.
// The flow's scenarios: a run saved as one passes, and fails (with what differs) once the draft
// changes the path it pinned.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiAs, screenshotPath, signedInPage, useBrowserStack, withFailureShot } from './harness.ts';

const suite = useBrowserStack();

const flow = {
  key: 'discount-sim',
  name: { en: 'Discount', 'zh-CN': '折扣' },
  form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount', 'zh-CN': '金额' }, required: true }] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'check', type: 'exclusive', name: { en: 'How much?', 'zh-CN': '金额判断' } },
    { id: 'chain', type: 'approval', name: { en: 'Managers', 'zh-CN': '多级主管' }, assignees: [{ type: 'manager-chain', to: 2 }], mode: 'sequential' },
    { id: 'end', type: 'end', outcome: 'approved' },
    { id: 'no', type: 'end', outcome: 'rejected' },
  ],
  edges: [
    { from: 'start', to: 'check' },
    { id: 'big', from: 'check', to: 'chain', condition: 'amount > 10000.0', priority: 1 },
    { id: 'small', from: 'check', to: 'end', default: true },
    { from: 'chain', to: 'end' },
  ],
};

const admin = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => apiAs(suite.stack, 'admin', method, path, body, headers);

beforeAll(async () => {
  const created = await admin('POST', '/api/definitions', { ...flow, nodes: flow.nodes.filter((n) => n.id !== 'no') });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
}, 240_000);

async function runWith(page: Page, amount: string) {
  await page.locator('[data-test=simulate-page] [data-item=amount] input').fill(amount);
  await page.click('[data-test=sim-run]');
}

describe('simulation', () => {
  it('walks both branches and explains who approves', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'admin', 'en');
    await withFailureShot(page, 'simulate', async () => {
      await page.goto(`${suite.stack.url}/studio/flows/discount-sim/simulate`);
      await page.waitForSelector('[data-test=simulate-page] [data-item=amount]');
      await page.click('[data-test=sim-initiator]');
      await page.click('.sim-initiator-popper .el-select-dropdown__item:has-text("li.na")');

      // Small amount: the default branch, straight to the end.
      await runWith(page, '500');
      await page.waitForSelector('[data-test=sim-status]:has-text("approved")');
      expect(await page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).not.toContain('chain');
      await page.waitForSelector('[data-test=flow-canvas] [data-node-id=end][data-mark=path]');
      expect(await page.locator('[data-test=flow-canvas] [data-node-id=chain][data-mark=path]').count()).toBe(0);

      // Large amount: li.na's managers, one level after the other, each explained.
      await runWith(page, '50000');
      await page.waitForSelector('[data-test=sim-result] [data-step=chain]');
      const chain = await page.locator('[data-test=sim-result] [data-step=chain]').textContent();
      expect(chain).toContain('wang.lei');
      expect(chain).toContain('sarah.chen');
      await page.waitForSelector('[data-test=flow-canvas] [data-node-id=chain][data-mark=path]');
      await page.screenshot({ path: screenshotPath('simulate-en') });

      // A scripted rejection ends the request rejected.
      await page.click('[data-decision=chain]');
      await page.click('.el-select-dropdown:visible .el-select-dropdown__item:has-text("Reject")');
      await page.click('[data-test=sim-run]');
      await page.waitForSelector('[data-test=sim-status]:has-text("rejected")');
    });
    await page.context().close();
  }, 90_000);

  it('saves a run as a scenario, runs the flow\'s scenarios, and shows what a changed draft breaks', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'admin', 'en');
    await withFailureShot(page, 'simulate-scenarios', async () => {
      await page.goto(`${suite.stack.url}/studio/flows/discount-sim/simulate`);
      await page.waitForSelector('[data-test=simulate-page] [data-item=amount]');
      await page.click('[data-test=sim-initiator]');
      await page.click('.sim-initiator-popper .el-select-dropdown__item:has-text("li.na")');
      await runWith(page, '50000');
      await page.waitForSelector('[data-test=sim-status]:has-text("approved")');

      await page.click('.el-tabs__item:has-text("Scenarios")');
      await page.waitForSelector('[data-test=scenario-panel] .el-empty');
      await page.click('[data-test=scenario-save-run]');
      await page.fill('.el-message-box input', 'Big discount: both managers approve');
      await page.click('.el-message-box .el-button--primary');
      await page.waitForSelector('[data-scenario=big-discount-both-managers-approve] [data-result=pass]');
      const saved = (await admin('GET', '/api/definitions/discount-sim/scenarios')).json as { items: Array<{ id: string; scenario: { steps: unknown[] } }> };
      expect(saved.items.map((i) => i.id)).toEqual(['big-discount-both-managers-approve']);
      expect(saved.items[0]!.scenario.steps).toHaveLength(2);

      // The draft now sends 50,000 down the default branch: the scenario no longer holds.
      const got = await admin('GET', '/api/definitions/discount-sim');
      const draft = (got.json as { draft: typeof flow }).draft;
      const changed = { ...draft, edges: draft.edges.map((e) => (e.id === 'big' ? { ...e, condition: 'amount > 100000.0' } : e)) };
      const put = await admin('PUT', '/api/definitions/discount-sim/draft', changed, { 'if-match': got.headers.get('etag')! });
      expect(put.status, JSON.stringify(put.json)).toBe(200);

      await page.reload();
      await page.waitForSelector('[data-test=simulate-page] [data-item=amount]');
      await page.click('.el-tabs__item:has-text("Scenarios")');
      await page.click('[data-test=scenarios-run-all]');
      await page.waitForSelector('[data-scenario=big-discount-both-managers-approve] [data-result=fail]');
      const mismatches = await page.locator('[data-test=scenario-mismatches]').textContent();
      expect(mismatches).toContain('path');
      await page.waitForSelector('[data-test=scenarios-summary]:has-text("1 failed")');
      // Its path (as run now) lights up: the default branch, no managers.
      await page.click('[data-scenario=big-discount-both-managers-approve] .name');
      await page.waitForSelector('[data-test=flow-canvas] [data-node-id=end][data-mark=path]');
      expect(await page.locator('[data-test=flow-canvas] [data-node-id=chain][data-mark=path]').count()).toBe(0);
      await page.screenshot({ path: screenshotPath('simulate-scenarios-en') });
    });
    await page.context().close();

    const zh = await signedInPage(suite.browser, suite.stack, 'admin', 'zh-CN');
    await withFailureShot(zh, 'simulate-scenarios-zh', async () => {
      await zh.goto(`${suite.stack.url}/studio/flows/discount-sim/simulate`);
      await zh.waitForSelector('[data-test=simulate-page] [data-item=amount]');
      await zh.click('.el-tabs__item:has-text("测试场景")');
      await zh.click('[data-test=scenarios-run-all]');
      await zh.waitForSelector('[data-test=scenarios-summary]:has-text("1 个失败")');
      await zh.screenshot({ path: screenshotPath('simulate-scenarios-zh-CN') });
    });
    await zh.context().close();
  }, 120_000);
});
