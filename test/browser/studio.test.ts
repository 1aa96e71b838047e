// Every main screen in zh-CN and en as screenshots (test-results/screenshots/), the 300-node
// designer timing, and proof that the workspace's first load ships no X6 code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { BatonWorkflowDefinition } from '../../packages/schema/src/index.ts';
import { chainDefinition, timeDesignerOpens } from './designer-timing.ts';
import { apiAs, DIST, screenshotPath, signedInPage, useBrowserStack, withFailureShot } from './harness.ts';

const suite = useBrowserStack();

beforeAll(async () => {
  const discount = JSON.parse(readFileSync(new URL('../../templates/discount-approval/workflow.json', import.meta.url), 'utf8')) as BatonWorkflowDefinition;
  delete discount.$schema;
  for (const def of [discount, chainDefinition(300)]) {
    const created = await apiAs(suite.stack, 'admin', 'POST', '/api/definitions', def);
    expect(created.status, JSON.stringify(created.json)).toBe(201);
  }
  expect((await apiAs(suite.stack, 'admin', 'POST', '/api/definitions/discount-approval/publish')).status).toBe(201);
}, 240_000);

async function shoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: screenshotPath(name) });
}

describe('main screens', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`renders every main screen in ${locale}`, async () => {
      const login = await suite.browser.newPage({ viewport: { width: 1440, height: 900 }, locale });
      await login.addInitScript((l) => localStorage.setItem('baton.locale', l), locale);
      await login.goto(`${suite.stack.url}/login`);
      await login.waitForSelector('[data-test=login-submit]');
      expect(await login.locator('h1').textContent()).toBe(locale === 'en' ? 'Sign in to Baton' : '登录 Baton');
      await shoot(login, `login-${locale}`);
      await login.close();

      const page = await signedInPage(suite.browser, suite.stack, 'admin', locale);
      await withFailureShot(page, `screens-${locale}`, async () => {
        await page.waitForSelector('[data-test=flows-page] .el-table__row');
        expect(await page.locator('[data-test=flows-page]').textContent()).toContain(locale === 'en' ? 'Published' : '已发布');
        await shoot(page, `flows-${locale}`);

        await page.goto(`${suite.stack.url}/studio/flows/discount-approval/designer`);
        await page.waitForSelector('[data-test=flow-canvas] [data-node-id=manager_chain]');
        await page.click('[data-test=flow-canvas] [data-node-id=manager_chain]');
        await page.waitForSelector('[data-test=node-panel] [data-test=assignee-picker]');
        await shoot(page, `designer-node-${locale}`);

        await page.locator('[data-test=flow-canvas] [data-cell-id=e_large] text').first().click({ force: true });
        await page.waitForSelector('[data-test=edge-panel] [data-test=rule-group]');
        expect(await page.locator('[data-test=rule-row]').count()).toBe(2);
        await shoot(page, `designer-condition-${locale}`);

        await page.click('[data-test=to-form]');
        await page.waitForSelector('[data-test=form-designer] [data-field-row=amount]');
        await page.click('[data-field-row=amount]');
        await page.click('[data-test=preview-submit]');
        await page.waitForSelector('[data-test=form-preview] .el-form-item__error');
        await shoot(page, `form-designer-${locale}`);

        await page.goto(`${suite.stack.url}/workspace/start/discount-approval`);
        await page.waitForSelector('[data-test=start-page] [data-item=amount]');
        await shoot(page, `start-${locale}`);

        await page.goto(`${suite.stack.url}/workspace/inbox`);
        await page.waitForSelector('[data-test=inbox-page] .el-empty');
        await shoot(page, `inbox-${locale}`);
      });
      await page.context().close();
    }, 120_000);
  }
});

describe('speed', () => {
  // Speed goals live in `pnpm bench web` (figures in docs/performance.md), never in a timed test:
  // here the 300-node definition must open and answer a click on a node card; the time is printed.
  it('opens a 300-node definition and answers a click on a node card', async () => {
    const runs = await timeDesignerOpens(suite.browser, suite.stack, 'perf-300', 1);
    console.log(`[perf] 300-node designer (shown / interactive ms): ${runs.map((r) => `${r.shown} / ${r.interactive}`).join(', ')}`);
    expect(runs).toHaveLength(1);
  }, 90_000);

  it('ships no X6 code to the workspace on first load', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
    const designerChunk = manifest['src/views/studio/designer/index.vue']?.file;
    expect(designerChunk).toBeTruthy();
    // The chunks that carry X6 (shared by the designer, versions and simulation pages).
    const x6Chunks = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js') && readFileSync(join(DIST, 'assets', f), 'utf8').includes('x6-graph'));
    expect(x6Chunks.length).toBeGreaterThan(0);

    const page = await signedInPage(suite.browser, suite.stack, 'li.na', 'zh-CN');
    const fresh = await page.context().newPage();
    suite.stack.scripts.length = 0;
    await fresh.goto(`${suite.stack.url}/workspace/inbox`);
    await fresh.waitForSelector('[data-test=inbox-page]');
    await fresh.waitForLoadState('networkidle');
    const loaded = [...suite.stack.scripts];
    console.log(`[perf] workspace first load: ${loaded.length} scripts: ${loaded.join(', ')}`);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.map((s) => s.replace(/^\//, ''))).not.toContain(designerChunk);
    for (const file of loaded) expect(readFileSync(join(DIST, file), 'utf8'), file).not.toContain('x6-graph');
    for (const chunk of x6Chunks) expect(loaded).not.toContain(`/assets/${chunk}`);
    await page.context().close();
  }, 60_000);
});
