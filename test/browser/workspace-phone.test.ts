// The workspace at phone size (390x844, the approvers' case) in zh-CN and en: the inbox as cards,
// the instance page stacked with its buttons in reach, a full-screen action dialog, no sideways
// scrolling; screenshots go to test-results/screenshots. And axe: no critical violations on the
// inbox and the instance page, at desktop and phone size.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, apiAs, DIST, screenshotPath, signedInPage, useBrowserStack, withFailureShot } from './harness.ts';

const suite = useBrowserStack();
let requestId = '';

const flow = {
  key: 'phone-discount',
  name: { en: 'Discount request', 'zh-CN': '折扣申请' },
  form: { fields: [
    { key: 'customer', type: 'text', label: { en: 'Customer', 'zh-CN': '客户' }, required: true },
    { key: 'amount', type: 'money', label: { en: 'Deal amount', 'zh-CN': '成交金额' }, required: true },
    { key: 'reason', type: 'textarea', label: { en: 'Reason', 'zh-CN': '申请理由' } },
  ] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', name: { en: 'Manager', 'zh-CN': '直属主管' }, assignees: [{ type: 'users', users: ['wang.lei'] }] },
    { id: 'finance', type: 'approval', name: { en: 'Finance', 'zh-CN': '财务' }, assignees: [{ type: 'users', users: ['chen.jing'] }] },
    { id: 'end', type: 'end', outcome: 'approved' },
  ],
  edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'finance' }, { from: 'finance', to: 'end' }],
};

const api = (user: string, method: string, path: string, body?: unknown) => apiAs(suite.stack, user, method, path, body);

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const critical = (page: Page) => axeViolations(page);

beforeAll(async () => {
  expect((await api('admin', 'POST', '/api/definitions', flow)).status).toBe(201);
  expect((await api('admin', 'POST', `/api/definitions/${flow.key}/publish`)).status).toBe(201);
  const r = await api('zhang.wei', 'POST', '/api/instances', { definition: flow.key, data: { customer: '华东贸易 East Trading', amount: 128000, reason: '年度框架协议，竞品报价低 8%。Annual frame deal; the competitor quoted 8% less.' } });
  expect(r.status).toBe(201);
  requestId = r.json.id;
  await api('zhang.wei', 'POST', `/api/instances/${requestId}/comment`, { comment: '客户要求本周内答复 / The customer wants an answer this week.' });
}, 240_000);

describe('workspace at phone size', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`inbox, instance page and an action dialog fit 390x844 (${locale})`, async () => {
      const page = await signedInPage(suite.browser, suite.stack, 'wang.lei', locale, 'phone');
      await withFailureShot(page, `phone-${locale}`, async () => {
        await page.goto(`${suite.stack.url}/workspace/inbox`);
        await page.waitForSelector('[data-test=inbox-cards] [data-instance]');
        expect(await page.locator('[data-test=inbox-table]').count()).toBe(0);
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: screenshotPath(`workspace-inbox-phone-${locale}`), fullPage: true });

        await page.click(`[data-test=inbox-cards] [data-instance="${requestId}"]`);
        await page.waitForSelector('[data-test=instance-actions] [data-action=approve]');
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        // Stacked: the form card and the steps card share one column.
        const [form, steps] = await Promise.all([page.locator('[data-test=instance-form]').boundingBox(), page.locator('[data-test=step-list]').boundingBox()]);
        expect(form!.width).toBeGreaterThan(300);
        expect(steps!.y).toBeGreaterThan(form!.y + form!.height - 1);
        // The buttons stay on screen while the page scrolls.
        const bar = await page.locator('[data-test=instance-actions]').boundingBox();
        expect(bar!.y + bar!.height).toBeLessThanOrEqual(844 + 1);
        await page.screenshot({ path: screenshotPath(`workspace-instance-phone-${locale}`), fullPage: false });
        await page.evaluate(() => { for (const el of [document.scrollingElement, ...document.querySelectorAll('.el-main')]) el?.scrollTo(0, 1e6); });
        await page.screenshot({ path: screenshotPath(`workspace-instance-phone-bottom-${locale}`) });

        await page.click('[data-test=instance-actions] [data-action=return]');
        const dialog = page.locator('.el-dialog[data-test=action-dialog], [data-test=action-dialog].el-dialog').first();
        await dialog.waitFor({ state: 'visible' });
        await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
        const box = await dialog.boundingBox();
        expect(box!.width).toBeGreaterThanOrEqual(389);
        await page.screenshot({ path: screenshotPath(`workspace-dialog-phone-${locale}`) });
        expect(await critical(page)).toEqual([]);
      });
      await page.context().close();
    }, 60_000);
  }

  it('the instance page loads no X6 code (the step list stands in for the canvas)', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'wang.lei', 'en');
    const fresh = await page.context().newPage();
    suite.stack.scripts.length = 0;
    await fresh.goto(`${suite.stack.url}/workspace/requests/${requestId}`);
    await fresh.waitForSelector('[data-test=step-list]');
    await fresh.waitForLoadState('networkidle');
    const loaded = [...suite.stack.scripts];
    expect(loaded.length).toBeGreaterThan(0);
    for (const file of loaded) expect(readFileSync(join(DIST, file), 'utf8'), file).not.toContain('x6-graph');
    await page.context().close();
  }, 60_000);

  it('has no critical axe violations on the inbox and the instance page (desktop and phone)', async () => {
    const desk = await signedInPage(suite.browser, suite.stack, 'wang.lei', 'en');
    await withFailureShot(desk, 'axe-desktop', async () => {
      await desk.goto(`${suite.stack.url}/workspace/inbox`);
      await desk.waitForSelector('[data-test=inbox-table] .el-table__row');
      expect(await critical(desk)).toEqual([]);
      await desk.goto(`${suite.stack.url}/workspace/requests/${requestId}`);
      await desk.waitForSelector('[data-test=instance-actions] [data-action=approve]');
      expect(await critical(desk)).toEqual([]);
      await desk.screenshot({ path: screenshotPath('workspace-instance-desktop-en') });
    });
    await desk.context().close();
    const phone = await signedInPage(suite.browser, suite.stack, 'zhang.wei', 'zh-CN', 'phone');
    await withFailureShot(phone, 'axe-phone', async () => {
      await phone.goto(`${suite.stack.url}/workspace/inbox`);
      await phone.click('[data-tab=started]');
      await phone.waitForSelector('[data-test=inbox-cards] [data-instance]');
      expect(await critical(phone)).toEqual([]);
      await phone.goto(`${suite.stack.url}/workspace/requests/${requestId}`);
      await phone.waitForSelector('[data-test=instance-status]');
      expect(await critical(phone)).toEqual([]);
    });
    await phone.context().close();
  }, 60_000);
});
