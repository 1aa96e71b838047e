// The template gallery in a real browser, as a designer (xu.ting): search in Chinese, preview a
// template (graph, form, README), a hostile parameter (a role the org does not have) is refused
// on its field and installs nothing, then an install with a changed parameter under a new key
// lands in the designer and the card says where it is installed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiAs, DIST, inputOf, screenshotPath, signedInPage, withFailureShot, useBrowserStack } from './harness.ts';

const suite = useBrowserStack();

const designer = (path: string) => apiAs(suite.stack, 'xu.ting', 'GET', path);

const carriesX6 = (files: string[]) => files.some((f) => readFileSync(join(DIST, f), 'utf8').includes('x6-graph'));

/** Types a value into an Element Plus filterable select that allows new values, and takes it. */
async function pickInSelect(page: Page, param: string, value: string) {
  const item = page.locator(`[data-test=install-dialog] [data-param="${param}"]`);
  await item.locator('.el-select__wrapper').click();
  await item.locator('input').fill(value);
  await page.keyboard.press('Enter');
  await expect.poll(() => item.locator('.el-select__placeholder:not(.is-transparent)').textContent()).toContain(value);
}

describe('template gallery', () => {
  it('searches, previews, refuses a hostile parameter on its field, installs under a new key and opens the designer', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'xu.ting', 'zh-CN');
    await withFailureShot(page, 'gallery', async () => {
      suite.stack.scripts.length = 0;
      await page.goto(`${suite.stack.url}/studio/gallery`);
      await page.waitForSelector('[data-template="discount-approval"]');
      await page.waitForLoadState('networkidle');
      expect(suite.stack.scripts.length).toBeGreaterThan(0);
      expect(carriesX6(suite.stack.scripts)).toBe(false); // the canvas comes with the first preview
      const all = await page.locator('[data-template]').count();
      expect(all).toBeGreaterThan(10);
      expect(await page.locator('[data-template="discount-approval"]').textContent()).toContain('折扣审批');
      await page.screenshot({ path: screenshotPath('gallery-zh-CN'), fullPage: true });

      // Search matches the Chinese names and tags; a category narrows the cards.
      await inputOf(page, '[data-test=gallery-search]').fill('折扣');
      await expect.poll(() => page.locator('[data-template]').count()).toBeLessThan(all);
      expect(await page.locator('[data-template="discount-approval"]').count()).toBe(1);
      expect(await page.locator('[data-template="expense-reimbursement"]').count()).toBe(0);
      await inputOf(page, '[data-test=gallery-search]').fill('没有这样的模板');
      await page.waitForSelector('[data-test=gallery-no-match]');
      await inputOf(page, '[data-test=gallery-search]').fill('');
      await page.click('[data-test=gallery-categories] [data-category="finance"]');
      await expect.poll(() => page.locator('[data-template="discount-approval"]').count()).toBe(0);
      expect(await page.locator('[data-template="expense-reimbursement"]').count()).toBe(1);
      await page.click('[data-test=gallery-categories] label:first-child');
      await inputOf(page, '[data-test=gallery-search]').fill('折扣');

      // Preview: the graph on the read-only canvas, the form's fields, the README as text.
      await page.click('[data-template="discount-approval"] [data-test=preview]');
      await page.waitForSelector('[data-test=preview-graph] .x6-node');
      expect(await page.locator('[data-test=preview-graph] .x6-node').count()).toBeGreaterThan(4);
      expect(carriesX6(suite.stack.scripts)).toBe(true);
      // The drawer has finished sliding in before the picture is taken.
      await page.waitForFunction(() => {
        const r = document.querySelector('[data-test=preview-drawer]')?.getBoundingClientRect();
        return !!r && Math.abs(r.right - window.innerWidth) < 1;
      });
      await page.screenshot({ path: screenshotPath('gallery-preview-zh-CN') });
      await page.click('[data-test=preview-drawer] .el-tabs__item:has-text("表单字段")');
      await page.waitForSelector('[data-test=preview-fields] .el-table__row:has-text("客户")');
      await page.click('[data-test=preview-drawer] .el-tabs__item:has-text("说明")');
      expect(await page.locator('[data-test=preview-readme]').textContent()).toContain('# Discount approval');
      expect(await page.locator('[data-test=preview-readme] h1').count()).toBe(0); // text, not rendered HTML

      // Install from the preview: defaults filled, titles in Chinese.
      await page.click('[data-test=preview-install]');
      const dialog = page.locator('[data-test=install-dialog]');
      await dialog.waitFor();
      expect(await dialog.locator('[data-param="director_role"] .el-form-item__label').textContent()).toContain('审批大额折扣的角色');
      expect(await inputOf(page, '[data-test=install-dialog] [data-param="manager_amount"]').inputValue()).toBe('50000');
      expect(await inputOf(page, '[data-test=install-dialog] [data-param="escalate_after"]').inputValue()).toBe('P3D');

      // A role the org does not have: the server's problem lands on that field; nothing installed.
      await inputOf(page, '[data-test=install-key]').fill('discount-big');
      await pickInSelect(page, 'director_role', 'no-such-role');
      await page.click('[data-test=install-confirm]');
      const fieldError = dialog.locator('[data-param="director_role"] .el-form-item__error');
      await fieldError.waitFor();
      expect(await fieldError.textContent()).toContain('组织中没有角色');
      await page.screenshot({ path: screenshotPath('gallery-install-refused-zh-CN') });
      expect(await dialog.locator('[data-param="manager_amount"] .el-form-item__error').count()).toBe(0);
      expect((await designer('/api/definitions/discount-big')).status).toBe(404);

      // Fix the role, change a threshold, install under the new key: the designer opens.
      await pickInSelect(page, 'director_role', 'sales-director');
      await inputOf(page, '[data-test=install-dialog] [data-param="manager_amount"]').fill('80000');
      await inputOf(page, '[data-test=install-dialog] [data-param="manager_amount"]').blur();
      await page.click('[data-test=install-confirm]');
      await page.waitForURL(/\/studio\/flows\/discount-big\/designer$/);
      await page.waitForSelector('[data-test=flow-canvas] .x6-node');
      const installed = await designer('/api/definitions/discount-big');
      expect(installed.status).toBe(200);
      expect(installed.json.draft.variables.manager_amount.value).toBe(80000);
      expect(installed.json.draft.template.key).toBe('discount-approval');
      expect(installed.json.latestVersion).toBe(0);

      // Back in the gallery the card says where the template is installed.
      await page.goto(`${suite.stack.url}/studio/gallery`);
      await page.waitForSelector('[data-template="discount-approval"] [data-test=installed-as]:has-text("discount-big")');
      expect(await page.locator('[data-template="discount-approval"] [data-test=installed-as]').textContent()).toContain('已安装为 discount-big');

      // The same key again: the server's 409 lands on the key field.
      await page.click('[data-template="discount-approval"] [data-test=install]');
      await inputOf(page, '[data-test=install-key]').fill('discount-big');
      await page.click('[data-test=install-confirm]');
      const keyError = page.locator('[data-test=install-dialog] [data-param="$key"] .el-form-item__error');
      await keyError.waitFor();
      expect(await keyError.textContent()).toContain('已存在');
      expect((await designer('/api/definitions')).json.items.filter((d: { key: string }) => d.key.startsWith('discount')).map((d: { key: string }) => d.key)).toEqual(['discount-big']);
    });
    await page.context().close();
  }, 120_000);

  it('shows the gallery in English', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'xu.ting', 'en');
    await withFailureShot(page, 'gallery-en', async () => {
      await page.goto(`${suite.stack.url}/studio/gallery`);
      await page.waitForSelector('[data-template="discount-approval"]:has-text("Discount approval")');
      expect(await page.locator('[data-test=gallery-categories]').textContent()).toContain('Sales');
      await inputOf(page, '[data-test=gallery-search]').fill('pricing');
      await expect.poll(() => page.locator('[data-template]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-template="discount-approval"]').count()).toBe(1);
      await inputOf(page, '[data-test=gallery-search]').fill('');
      await page.screenshot({ path: screenshotPath('gallery-en'), fullPage: true });
    });
    await page.context().close();
  }, 60_000);
});
