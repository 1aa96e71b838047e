// Versions in a real browser: history, compare two versions (change list and canvas marks),
// restore a version into the draft.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiAs, screenshotPath, signedInPage, useBrowserStack, withFailureShot } from './harness.ts';

const suite = useBrowserStack();

beforeAll(async () => {
  const admin = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => apiAs(suite.stack, 'admin', method, path, body, headers);
  const v1 = JSON.parse(readFileSync(new URL('../../templates/discount-approval/workflow.json', import.meta.url), 'utf8'));
  delete v1.$schema;
  expect((await admin('POST', '/api/definitions', v1)).status).toBe(201);
  expect((await admin('POST', '/api/definitions/discount-approval/publish')).status).toBe(201);
  // v2: the finance step is gone (the director approves last) and the director step is renamed.
  const v2 = structuredClone(v1);
  v2.nodes = v2.nodes.filter((n: { id: string }) => n.id !== 'finance');
  for (const n of v2.nodes) if (n.id === 'director') n.name = { en: 'Sales VP', 'zh-CN': '销售副总裁' };
  v2.edges = v2.edges.filter((e: { to: string }) => e.to !== 'finance').map((e: { from: string; to: string }) => (e.from === 'finance' ? { ...e, from: 'director', id: 'e_director' } : e));
  v2.edges = v2.edges.filter((e: { from: string; to: string; id?: string }, i: number, all: Array<{ id?: string }>) => all.findIndex((x) => x.id === e.id) === i);
  delete v2.layout.finance;
  const current = await admin('GET', '/api/definitions/discount-approval');
  const put = await admin('PUT', '/api/definitions/discount-approval/draft', v2, { 'if-match': current.headers.get('etag') ?? '' });
  expect(put.status, JSON.stringify(put.json)).toBe(200);
  expect((await admin('POST', '/api/definitions/discount-approval/publish')).status).toBe(201);
}, 240_000);

describe('versions', () => {
  it('compares two versions as a change list and coloured canvas, and restores one into the draft', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'admin', 'en');
    await withFailureShot(page, 'versions', async () => {
      await page.goto(`${suite.stack.url}/studio/flows/discount-approval/versions`);
      await page.waitForSelector('[data-test=versions-page] [data-version="2"]');
      expect(await page.locator('[data-version]').count()).toBe(2);
      expect(await page.locator('[data-version="2"]').textContent()).toContain('admin');

      // Compare v1 with v2.
      await page.click('[data-test=compare-from]');
      await page.click('.compare-from-popper .el-select-dropdown__item:has-text("v1")');
      await page.click('[data-test=compare-to]');
      await page.click('.compare-to-popper .el-select-dropdown__item:has-text("v2")');
      await page.waitForSelector('[data-test=flow-canvas] [data-node-id=finance][data-mark=removed]');
      await page.waitForSelector('[data-test=flow-canvas] [data-node-id=director][data-mark=changed]');
      const list = await page.locator('[data-test=change-list]').textContent();
      expect(list).toContain('Sales VP');
      expect(list).toMatch(/Finance/);
      await page.screenshot({ path: screenshotPath('versions-en') });

      // Restore v1 into the draft: the draft now equals v1.
      await page.click('[data-restore-version="1"]');
      await page.click('.el-message-box .el-button--primary');
      await page.waitForSelector('.el-message--success:has-text("Version 1")');
      await page.click('[data-test=compare-from]');
      await page.click('.compare-from-popper .el-select-dropdown__item:has-text("v1")');
      await page.waitForSelector('[data-test=change-list]:has-text("The two are the same.")');

      // The designer opens the restored draft.
      await page.goto(`${suite.stack.url}/studio/flows/discount-approval/designer`);
      await page.waitForSelector('[data-test=flow-canvas] [data-node-id=finance]');
    });
    await page.context().close();
  }, 90_000);
});
