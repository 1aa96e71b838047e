// The workspace in a real browser: start a request from a published flow's form (rendered by the
// form kit), see it under "started by me", and in the approver's to-do list.
import { beforeAll, describe, expect, it } from 'vitest';
import { apiAs, signedInPage, useBrowserStack, withFailureShot } from './harness.ts';

const suite = useBrowserStack();

const flow = {
  key: 'expense-claim',
  name: { en: 'Expense claim', 'zh-CN': '费用报销' },
  form: { fields: [
    { key: 'amount', type: 'money', label: { en: 'Amount', 'zh-CN': '金额' }, required: true, minimum: 1 },
    { key: 'purpose', type: 'text', label: { en: 'Purpose', 'zh-CN': '事由' }, required: true },
  ] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'check', type: 'approval', name: { en: 'Finance check', 'zh-CN': '财务审核' }, assignees: [{ type: 'users', users: ['li.na'] }] },
    { id: 'end', type: 'end', outcome: 'approved' },
  ],
  edges: [{ from: 'start', to: 'check' }, { from: 'check', to: 'end' }],
};

beforeAll(async () => {
  expect((await apiAs(suite.stack, 'admin', 'POST', '/api/definitions', flow)).status).toBe(201);
  expect((await apiAs(suite.stack, 'admin', 'POST', '/api/definitions/expense-claim/publish')).status).toBe(201);
}, 240_000);

describe('workspace', () => {
  it('starts a request from the form and shows it to the initiator and the approver', async () => {
    // A member starts it (the form comes from GET /api/definitions/:key/form).
    const page = await signedInPage(suite.browser, suite.stack, 'zhang.wei', 'zh-CN');
    await withFailureShot(page, 'workspace-start', async () => {
      await page.goto(`${suite.stack.url}/workspace/start/expense-claim`);
      await page.waitForSelector('[data-test=start-page] [data-item=amount]');
      await page.click('[data-test=start-submit]');
      await page.waitForSelector('[data-item=amount].is-error');
      expect(await page.locator('[data-item=purpose] .el-form-item__error').textContent()).toContain('必填');

      await page.locator('[data-item=amount] input').fill('380');
      await page.locator('[data-item=purpose] input').fill('客户拜访差旅');
      await page.click('[data-test=start-submit]');
      await page.waitForURL((u) => u.pathname === '/workspace/inbox');
      await page.click('[data-tab=started]');
      await page.waitForSelector('[data-test=inbox-page] .el-table__row:has-text("费用报销")');
      expect(await page.locator('[data-test=inbox-page] .el-table__row').first().textContent()).toContain('审批中');
      expect(await page.locator('[data-test=menu-studio]').count()).toBe(0);
    });
    await page.context().close();

    const approver = await signedInPage(suite.browser, suite.stack, 'li.na', 'en');
    await withFailureShot(approver, 'workspace-todo', async () => {
      await approver.goto(`${suite.stack.url}/workspace/inbox`);
      await approver.waitForSelector('[data-test=inbox-page] .el-table__row:has-text("Expense claim")');
      expect(await approver.locator('[data-test=inbox-page] .el-table__row').first().textContent()).toContain('check');
      expect(await approver.locator('[data-test=menu-studio]').count()).toBe(0);
      // A member asking for the studio lands in the workspace.
      await approver.goto(`${suite.stack.url}/studio/flows`);
      await approver.waitForURL((u) => u.pathname === '/workspace/inbox');
    });
    await approver.context().close();
  }, 90_000);
});
