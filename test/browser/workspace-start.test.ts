// Starting a request in a real browser: the approval path (who and why) appears beside the form
// once it is complete and follows the amount; a request saved as a draft comes back after a
// reload, stays private to its author, and is gone once submitted. axe on the page.
import { describe, expect, it } from 'vitest';
import { axeViolations, apiAs, screenshotPath, signedInPage, useBrowserStack, withFailureShot } from './harness.ts';

const suite = useBrowserStack();

const flow = {
  key: 'travel-request',
  name: { en: 'Travel request', 'zh-CN': '出差申请' },
  form: { fields: [
    { key: 'amount', type: 'money', label: { en: 'Budget', 'zh-CN': '预算' }, required: true, minimum: 1 },
    { key: 'purpose', type: 'text', label: { en: 'Purpose', 'zh-CN': '事由' }, required: true },
  ] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', name: { en: 'Direct manager', 'zh-CN': '直属主管' }, assignees: [{ type: 'manager', level: 1 }] },
    { id: 'big', type: 'exclusive', name: { en: 'Budget check', 'zh-CN': '预算判断' } },
    { id: 'director', type: 'approval', name: { en: 'Sales director', 'zh-CN': '销售总监' }, assignees: [{ type: 'role', role: 'sales-director' }] },
    { id: 'end', type: 'end', outcome: 'approved', name: { en: 'Approved', 'zh-CN': '通过' } },
  ],
  edges: [
    { from: 'start', to: 'manager' },
    { from: 'manager', to: 'big' },
    { id: 'over', from: 'big', to: 'director', condition: 'amount > 20000.0', priority: 1 },
    { id: 'under', from: 'big', to: 'end', default: true },
    { from: 'director', to: 'end' },
  ],
};

describe('starting a request', () => {
  it('previews the approval path, saves a draft and submits it', async () => {
    const { stack, browser } = suite;
    expect((await apiAs(stack, 'admin', 'POST', '/api/definitions', flow)).status).toBe(201);
    expect((await apiAs(stack, 'admin', 'POST', '/api/definitions/travel-request/publish')).status).toBe(201);

    const page = await signedInPage(browser, stack, 'li.na', 'en');
    let draftId = '';
    await withFailureShot(page, 'start-path', async () => {
      await page.goto(`${stack.url}/workspace/start/travel-request`);
      await page.waitForSelector('[data-test=path-preview]:has-text("Fill in the required fields")');
      await page.locator('[data-item=amount] input').fill('3000');
      await page.locator('[data-item=purpose] input').fill('Customer visit in Hangzhou');
      // Small budget: the direct manager, then approved.
      await page.waitForSelector('[data-path-step=manager]:has-text("王磊")');
      expect(await page.locator('[data-path-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-path-step')))).toEqual(['manager', 'end']);
      expect(await page.locator('[data-path-step=manager]').textContent()).toContain('wang.lei');
      // A larger one adds the sales director.
      await page.locator('[data-item=amount] input').fill('50000');
      await page.waitForSelector('[data-path-step=director]:has-text("Sarah Chen")');
      await page.screenshot({ path: screenshotPath('start-path-en') });
      expect(await axeViolations(page)).toEqual([]);

      // Saved as a draft, it comes back after a reload.
      await page.click('[data-test=start-save-draft]');
      await page.waitForURL((u) => u.searchParams.has('draft'));
      draftId = new URL(page.url()).searchParams.get('draft')!;
      await page.reload();
      await page.waitForSelector('[data-test=editing-draft]');
      expect(await page.locator('[data-item=purpose] input').inputValue()).toBe('Customer visit in Hangzhou');
      await page.waitForSelector(`[data-test=draft-list] [data-draft="${draftId}"]`);
    });

    // Private to its author.
    expect((await apiAs(stack, 'sarah.chen', 'GET', `/api/request-drafts/${draftId}`)).status).toBe(404);
    expect((await apiAs(stack, 'sarah.chen', 'GET', '/api/request-drafts')).json.items).toEqual([]);

    await withFailureShot(page, 'start-draft-submit', async () => {
      await page.click('[data-test=start-submit]');
      await page.waitForURL((u) => u.pathname === '/workspace/inbox');
    });
    expect((await apiAs(stack, 'li.na', 'GET', '/api/request-drafts')).json.items).toEqual([]);
    await page.context().close();

    const zh = await signedInPage(browser, stack, 'li.na', 'zh-CN');
    await withFailureShot(zh, 'start-path-zh', async () => {
      await zh.goto(`${stack.url}/workspace/start/travel-request`);
      await zh.locator('[data-item=amount] input').fill('50000');
      await zh.locator('[data-item=purpose] input').fill('杭州客户拜访');
      await zh.waitForSelector('[data-path-step=director]:has-text("销售总监")');
      await zh.screenshot({ path: screenshotPath('start-path-zh-CN') });
    });
    await zh.context().close();
  }, 120_000);
});
