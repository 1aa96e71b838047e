// Flow analytics in a real browser, on history created through the API (requests started and
// decided): the inbox's first load carries no ECharts, the analytics page does (its own chunk);
// KPIs and charts for the busiest flow, a bar opens the requests waiting there, a row opens the
// request, whose header shows the expected finish; an empty state for a designer with no flows;
// screenshots in zh-CN and en; no critical axe violations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, apiAs, DIST, screenshotPath, signedInPage, useBrowserStack, withFailureShot } from './harness.ts';

const suite = useBrowserStack();
const ECHARTS = '_echarts_instance_';
const carriesEcharts = (files: string[]) => files.some((f) => readFileSync(join(DIST, f), 'utf8').includes(ECHARTS));

const critical = (page: Page) => axeViolations(page);

/** An API call as `user` that must succeed: its JSON body. */
async function call(user: string, method: string, path: string, body?: unknown): Promise<any> {
  const r = await apiAs(suite.stack, user, method, path, body);
  if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json;
}

const FLOW = {
  key: 'loan-review',
  name: { en: 'Loan review', 'zh-CN': '借款审核' },
  form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount', 'zh-CN': '金额' }, required: true }] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', name: { en: 'Manager', 'zh-CN': '直属主管' }, assignees: [{ type: 'manager', level: 1 }] },
    { id: 'finance', type: 'approval', name: { en: 'Finance', 'zh-CN': '财务' }, assignees: [{ type: 'users', users: ['chen.jing'] }] },
    { id: 'end', type: 'end' },
  ],
  edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'finance' }, { from: 'finance', to: 'end' }],
};

/** Seven approved, one rejected, two waiting at the manager, one at finance. */
async function seed(): Promise<{ waitingAtManager: string[]; waitingAtFinance: string; finished: string }> {
  await call('xu.ting', 'POST', '/api/definitions', FLOW);
  await call('xu.ting', 'PUT', `/api/definitions/${FLOW.key}/scopes`, { manage: { users: ['xu.ting'] } });
  await call('xu.ting', 'POST', `/api/definitions/${FLOW.key}/publish`);
  const start = async (amount: number) => (await call('li.na', 'POST', '/api/instances', { definition: FLOW.key, data: { amount } })).id as string;
  const decide = async (id: string, action: 'approve' | 'reject') => {
    const detail = await call('admin', 'GET', `/api/instances/${id}`);
    const task = detail.tasks.find((t: any) => t.status === 'pending');
    await call(task.user, 'POST', `/api/tasks/${task.id}/${action}`, {});
  };
  let finished = '';
  for (let i = 0; i < 7; i++) {
    finished = await start(100 + i);
    await decide(finished, 'approve');
    await decide(finished, 'approve');
  }
  await decide(await start(900), 'reject');
  const waitingAtManager = [await start(1000), await start(1001)];
  const waitingAtFinance = await start(1002);
  await decide(waitingAtFinance, 'approve');
  return { waitingAtManager, waitingAtFinance, finished };
}

describe('flow analytics', () => {
  it('keeps ECharts out of the workspace, draws the dashboard, drills down to a waiting request with its expected finish', async () => {
    const { waitingAtManager, waitingAtFinance, finished } = await seed();

    const member = await signedInPage(suite.browser, suite.stack, 'li.na', 'zh-CN');
    await withFailureShot(member, 'analytics-member', async () => {
      suite.stack.scripts.length = 0;
      await member.goto(`${suite.stack.url}/workspace/inbox`);
      await member.waitForSelector('[data-test=inbox-page]');
      await member.waitForLoadState('networkidle');
      expect(suite.stack.scripts.length).toBeGreaterThan(0);
      expect(carriesEcharts(suite.stack.scripts)).toBe(false);
      expect(await member.locator('[data-test=menu-studio]').count()).toBe(0);
    });
    await member.context().close();

    const page = await signedInPage(suite.browser, suite.stack, 'xu.ting', 'zh-CN');
    await withFailureShot(page, 'analytics-zh-CN', async () => {
      suite.stack.scripts.length = 0;
      await page.goto(`${suite.stack.url}/studio/flows`);
      await page.hover('[data-test=menu-studio]');
      await page.click('[data-test=menu-analytics]');
      await page.waitForURL(/\/studio\/analytics$/);
      // A fresh load: the hover menu's popup would otherwise stay open over the page.
      await page.goto(`${suite.stack.url}/studio/analytics`);
      await page.waitForSelector('[data-test=chart-by-node] svg path[fill="#e6a23c"]');
      await page.waitForLoadState('networkidle');
      expect(carriesEcharts(suite.stack.scripts)).toBe(true);
      expect(await page.locator('[data-test=analytics-flow]').first().textContent()).toContain('借款审核');
      const kpi = (k: string) => page.locator(`[data-kpi=${k}] .kpi-value`).textContent();
      expect(await kpi('started')).toBe('11');
      expect(await kpi('finished')).toBe('8');
      expect(await kpi('approval-rate')).toBe('87.5%');
      expect(await kpi('running')).toBe('3');
      expect(await page.locator('[data-test=chart-volume] svg').count()).toBe(1);
      expect(await page.locator('[data-test=chart-trend] svg').count()).toBe(1);
      expect(await page.locator('[data-test=rank-by-node] li').count()).toBe(2);
      expect(await page.locator('[data-test=rank-by-approver] [data-user=wang\\.lei]').textContent()).toContain('当前待办 2');
      expect(await critical(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath('analytics-zh-CN'), fullPage: true });

      // A bar of the approver chart (Wang Lei has the two waiting at the manager step) opens the drill-down.
      const bars = page.locator('[data-test=chart-by-approver] svg path[fill="#e6a23c"]');
      await expect.poll(() => bars.count()).toBe(2);
      const order = await page.evaluate(() => [...document.querySelectorAll('[data-test=rank-by-approver] li')].map((li) => li.getAttribute('data-user')));
      // The chart draws the worst at the top, the rank list lists it first: the top bar is order[0].
      const boxes = await Promise.all([0, 1].map((i) => bars.nth(i).boundingBox()));
      const top = boxes[0]!.y < boxes[1]!.y ? 0 : 1;
      await bars.nth(order[0] === 'wang.lei' ? top : 1 - top).click();
      const drawer = page.locator('[data-test=stuck-drawer]');
      await drawer.locator('[data-test=stuck-table] .el-table__row').first().waitFor();
      const listed = await drawer.locator('[data-instance]').evaluateAll((els) => els.map((e) => e.getAttribute('data-instance')));
      expect(listed).toEqual(waitingAtManager);
      await page.waitForFunction(() => {
        const r = document.querySelector('[data-test=stuck-drawer]')?.getBoundingClientRect();
        return !!r && Math.abs(r.right - window.innerWidth) < 1;
      });
      await page.screenshot({ path: screenshotPath('analytics-stuck-zh-CN') });
      await drawer.locator('.el-drawer__close-btn').click();
      await drawer.waitFor({ state: 'hidden' });

      // The rank list is the keyboard way in: the finance step lists the one waiting there; its row opens the request.
      await page.locator('[data-test=rank-by-node] [data-node=finance] button').click();
      await expect.poll(() => drawer.locator('[data-instance]').evaluateAll((els) => els.map((e) => e.getAttribute('data-instance')))).toEqual([waitingAtFinance]);
      await drawer.locator(`[data-instance="${waitingAtFinance}"]`).click();
      await page.waitForURL(new RegExp(`/workspace/requests/${waitingAtFinance}$`));
      await page.waitForSelector('[data-test=instance-expected]');
      expect(await page.locator('[data-test=instance-expected] dt').textContent()).toBe('预计完成');
    });
    await page.context().close();

    // A finished request has no expected finish, and its header shows none.
    expect((await call('admin', 'GET', `/api/instances/${finished}`)).predictedFinish).toBeNull();

    const en = await signedInPage(suite.browser, suite.stack, 'xu.ting', 'en');
    await withFailureShot(en, 'analytics-en', async () => {
      await en.goto(`${suite.stack.url}/studio/analytics`);
      await en.waitForSelector('[data-test=chart-durations] svg path[fill="#409eff"]');
      expect(await en.locator('[data-kpi=approval-rate] .kpi-label').textContent()).toBe('Approval rate');
      expect(await en.locator('[data-test=chart-durations]').textContent()).toContain('Time to decision per step');
      expect(await critical(en)).toEqual([]);
      await en.screenshot({ path: screenshotPath('analytics-en'), fullPage: true });

      await en.goto(`${suite.stack.url}/workspace/requests/${finished}`);
      await en.waitForSelector('[data-test=instance-status][data-status=approved]');
      expect(await en.locator('[data-test=instance-expected]').count()).toBe(0);
      await en.goto(`${suite.stack.url}/studio/analytics`);
      await en.waitForSelector('[data-test=chart-durations] svg path[fill="#409eff"]');

      // A range before any request: the flow's figures are zero and its charts give way to the empty state.
      const inputs = en.locator('[data-test=analytics-page] .filters input.el-range-input');
      await inputs.nth(0).fill('2020-01-01');
      await inputs.nth(1).fill('2020-01-31');
      await inputs.nth(1).press('Enter');
      await en.waitForSelector('[data-test=analytics-empty]');
      expect(await en.locator('[data-kpi=started] .kpi-value').textContent()).toBe('0');
      expect(await en.locator('[data-kpi=running] .kpi-value').textContent()).toBe('3'); // running is now, whatever the range
      expect(await en.locator('[data-test=analytics-empty]').textContent()).toContain('No requests in this range yet.');
      expect(await en.locator('[data-test=chart-durations]').count()).toBe(0);
    });
    await en.context().close();
  }, 120_000);

  it('shows the empty state to a designer who manages no published flow', async () => {
    await call('admin', 'PATCH', '/api/org/users/he.jun', { systemRole: 'designer' });
    const page = await signedInPage(suite.browser, suite.stack, 'he.jun', 'en');
    await withFailureShot(page, 'analytics-empty', async () => {
      await page.goto(`${suite.stack.url}/studio/analytics`);
      await page.waitForSelector('[data-test=analytics-page] [data-state=empty]');
      expect(await page.locator('[data-state=empty]').textContent()).toContain('There are no published flows you manage.');
      expect(await critical(page)).toEqual([]);
    });
    await page.context().close();
  }, 60_000);
});
