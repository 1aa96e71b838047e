// Org admin in a real browser: the department tree with heads, users, and a CSV import whose
// report lists the rejected rows.
import { describe, expect, it } from 'vitest';
import { screenshotPath, signedInPage, withFailureShot, useBrowserStack } from './harness.ts';

const suite = useBrowserStack();

describe('org admin', () => {
  it('shows the department tree and users, and imports CSV with a report of rejected rows', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'admin', 'zh-CN');
    await withFailureShot(page, 'org', async () => {
      await page.click('[data-test=menu-studio]');
      await page.click('[data-test=menu-org]');
      await page.waitForSelector('[data-test=org-page] [data-dept=sales-east]');
      expect(await page.locator('[data-dept=sales-east]').textContent()).toContain('负责人');
      await page.screenshot({ path: screenshotPath('org-zh-CN') });

      await page.click('.el-tabs__item:has-text("导入 CSV")');
      await page.locator('[data-test=csv-text]').locator('xpath=descendant-or-self::textarea').first().fill('id,name,department,manager,roles\nnew.hire,New Hire,sales-east,wang.lei,sales-rep\n,Nobody,sales-east,,\n');
      await page.click('[data-test=csv-import]');
      await page.waitForSelector('[data-test=import-report]');
      expect(await page.locator('[data-test=import-report]').textContent()).toContain('1 新增');
      const rejected = await page.locator('[data-test=rejected-rows] .el-table__row').allTextContents();
      expect(rejected).toHaveLength(1);
      expect(rejected[0]).toContain('line 3');

      await page.click('.el-tabs__item:has-text("成员")');
      await page.waitForSelector('[data-test=user-table] .el-table__row:has-text("new.hire")');
    });
    await page.context().close();
  }, 90_000);
});
