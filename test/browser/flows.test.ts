// The flow list in a real browser: duplicate, export, import, deactivate with the impact report,
// archive, delete to the recycle bin and restore.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiAs, signedInPage, withFailureShot, useBrowserStack } from './harness.ts';

const suite = useBrowserStack();

async function rowAction(page: Page, key: string, action: string) {
  await page.click(`[data-more="${key}"]`);
  await page.locator(`.el-dropdown-menu:visible [data-action="${action}"]`).click();
}

describe('flow list', () => {
  it('duplicates, exports, imports, deactivates with the impact report, archives, deletes and restores', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'admin', 'en');
    await withFailureShot(page, 'flows', async () => {
      const discount = JSON.parse(readFileSync(new URL('../../templates/discount-approval/workflow.json', import.meta.url), 'utf8'));
      delete discount.$schema;
      expect((await apiAs(suite.stack, 'admin', 'POST', '/api/definitions', discount)).status).toBe(201);
      expect((await apiAs(suite.stack, 'admin', 'POST', '/api/definitions/discount-approval/publish')).status).toBe(201);
      await page.goto(`${suite.stack.url}/studio/flows`);
      await page.waitForSelector('.el-table__row:has-text("discount-approval")');

      // Duplicate under a new key.
      await rowAction(page, 'discount-approval', 'duplicate');
      await page.locator('.el-message-box input').fill('discount-copy');
      await page.click('.el-message-box .el-button--primary');
      await page.waitForSelector('.el-table__row:has-text("discount-copy")');
      expect(await page.locator('.el-table__row:has-text("discount-copy")').textContent()).toContain('Draft');

      // Export downloads the canonical file.
      const download = page.waitForEvent('download');
      await rowAction(page, 'discount-approval', 'export');
      const file = await (await download).path();
      expect(JSON.parse(readFileSync(file, 'utf8')).key).toBe('discount-approval');

      // Import a file as a new flow; a file that is not JSON is refused with a message.
      const dir = mkdtempSync(join(tmpdir(), 'baton-import-'));
      writeFileSync(join(dir, 'imported.json'), JSON.stringify({ ...discount, key: 'imported-flow' }));
      writeFileSync(join(dir, 'broken.json'), '{ not json');
      await page.setInputFiles('[data-test=import-file]', join(dir, 'broken.json'));
      await page.waitForSelector('.el-message--error:has-text("not a JSON file")');
      await page.setInputFiles('[data-test=import-file]', join(dir, 'imported.json'));
      await page.waitForSelector('.el-table__row:has-text("imported-flow")');

      // Deactivate shows the impact report, then drains.
      await rowAction(page, 'discount-approval', 'deactivate');
      await page.waitForSelector('[data-test=deactivate-dialog] [data-test=impact-running]');
      expect(await page.locator('[data-test=impact-running]').textContent()).toBe('0');
      await page.click('[data-test=deactivate-confirm]');
      await page.waitForSelector('.el-table__row:has-text("discount-approval") :text("Deactivated")');

      // Archive, delete to the recycle bin, restore.
      await rowAction(page, 'discount-approval', 'archive');
      await page.waitForSelector('.el-table__row:has-text("discount-approval") :text("Archived")');
      await rowAction(page, 'discount-approval', 'remove');
      await page.click('.el-message-box .el-button--primary');
      await page.waitForSelector('.el-table__row:has-text("discount-approval")', { state: 'detached' });
      await page.click('[data-test=recycle-bin]');
      await page.waitForSelector('[data-restore="discount-approval"]');
      await page.click('[data-restore="discount-approval"]');
      await page.waitForSelector('[data-restore="discount-approval"]', { state: 'detached' });
      await page.click('[data-test=recycle-bin]');
      await page.waitForSelector('.el-table__row:has-text("discount-approval")');
    });
    await page.context().close();
  }, 90_000);
});
