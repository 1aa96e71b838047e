// Versions in a real browser: history, compare two versions (change list and canvas marks),
// restore a version into the draft.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureWebBuilt, launchChromium, screenshotPath, signedInPage, startStack, withFailureShot, type Stack } from './harness.ts';

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuilt();
  stack = await startStack();
  browser = await launchChromium();
  const login = await fetch(`${stack.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'browser-pass-1' }) });
  const { token } = (await login.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const v1 = JSON.parse(readFileSync(new URL('../../templates/discount-approval/workflow.json', import.meta.url), 'utf8'));
  delete v1.$schema;
  expect((await fetch(`${stack.url}/api/definitions`, { method: 'POST', headers: auth, body: JSON.stringify(v1) })).status).toBe(201);
  expect((await fetch(`${stack.url}/api/definitions/discount-approval/publish`, { method: 'POST', headers: auth })).status).toBe(201);
  // v2: the finance step is gone (the director approves last) and the director step is renamed.
  const v2 = structuredClone(v1);
  v2.nodes = v2.nodes.filter((n: { id: string }) => n.id !== 'finance');
  for (const n of v2.nodes) if (n.id === 'director') n.name = { en: 'Sales VP', 'zh-CN': '销售副总裁' };
  v2.edges = v2.edges.filter((e: { to: string }) => e.to !== 'finance').map((e: { from: string; to: string }) => (e.from === 'finance' ? { ...e, from: 'director', id: 'e_director' } : e));
  v2.edges = v2.edges.filter((e: { from: string; to: string; id?: string }, i: number, all: Array<{ id?: string }>) => all.findIndex((x) => x.id === e.id) === i);
  delete v2.layout.finance;
  const current = await fetch(`${stack.url}/api/definitions/discount-approval`, { headers: auth });
  const put = await fetch(`${stack.url}/api/definitions/discount-approval/draft`, { method: 'PUT', headers: { ...auth, 'if-match': current.headers.get('etag') ?? '' }, body: JSON.stringify(v2) });
  expect(put.status, await put.text()).toBe(200);
  expect((await fetch(`${stack.url}/api/definitions/discount-approval/publish`, { method: 'POST', headers: auth })).status).toBe(201);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('versions', () => {
  it('compares two versions as a change list and coloured canvas, and restores one into the draft', async () => {
    const page = await signedInPage(browser, stack, 'admin', 'en');
    await withFailureShot(page, 'versions', async () => {
      await page.goto(`${stack.url}/studio/flows/discount-approval/versions`);
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
      await page.goto(`${stack.url}/studio/flows/discount-approval/designer`);
      await page.waitForSelector('[data-test=flow-canvas] [data-node-id=finance]');
    });
    await page.context().close();
  }, 90_000);
});
