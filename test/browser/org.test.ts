// Org admin in a real browser: the department tree with heads, users, and a CSV import whose
// report lists the rejected rows; departments, users and roles created, changed and removed in
// their dialogs, with the server's refusals shown on the field or as a message.
import { describe, expect, it } from 'vitest';
import { apiAs, inputOf, screenshotPath, signedInPage, withFailureShot, useBrowserStack } from './harness.ts';

const suite = useBrowserStack();

describe('org admin', () => {
  it('shows the department tree and users, and imports CSV with a report of rejected rows', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'admin', 'zh-CN');
    await withFailureShot(page, 'org', async () => {
      await page.click('[data-test=menu-studio]');
      await page.click('[data-test=menu-org]');
      await page.waitForSelector('[data-test=org-page] [data-dept=sales-east]');
      // Move off the header menu so its hover popup closes over the tabs.
      await page.mouse.move(700, 700);
      await page.waitForSelector('.el-menu--popup', { state: 'hidden' });
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

  it('creates, changes and removes departments, users and roles, and shows what the server refuses', async () => {
    const { stack, browser } = suite;
    const api = async (path: string) => (await apiAs(stack, 'admin', 'GET', path)).json;
    const page = await signedInPage(browser, stack, 'admin', 'en');
    const pick = async (field: string, popper: string, text: string) => {
      await page.click(`[data-field=${field}]`);
      await page.click(`.${popper} .el-select-dropdown__item:has-text("${text}")`);
    };
    await withFailureShot(page, 'org-editing', async () => {
      await page.goto(`${stack.url}/studio/org`);
      await page.waitForSelector('[data-test=org-page] [data-dept=sales-east]');

      // A sub-department of sales-east.
      await page.click('[data-dept-add=sales-east]');
      await inputOf(page, '[data-test=department-dialog] [data-field=id]').fill('sales-east-key');
      await inputOf(page, '[data-test=department-dialog] [data-field=name]').fill('Key accounts East');
      await page.click('[data-test=department-save]');
      await page.waitForSelector('[data-dept=sales-east-key]');
      expect((await api('/api/org/departments')).items.find((d: { id: string }) => d.id === 'sales-east-key')).toMatchObject({ name: 'Key accounts East', parent: 'sales-east' });

      // A user in it, reporting to wang.lei, with a role; then their roles change.
      await page.click('.el-tabs__item:has-text("Users")');
      await page.click('[data-test=user-new]');
      await inputOf(page, '[data-test=user-dialog] [data-field=id]').fill('kim.park');
      await inputOf(page, '[data-test=user-dialog] [data-field=name]').fill('Kim Park');
      await pick('department', 'org-department-popper', 'sales-east-key');
      await pick('manager', 'org-manager-popper', '(wang.lei)');
      await pick('roles', 'org-roles-popper', '(sales-rep)');
      await page.keyboard.press('Escape');
      await inputOf(page, '[data-test=user-dialog] [data-field=password]').fill('short');
      await page.click('[data-test=user-save]');
      // The server refuses a short password on the field.
      await page.waitForSelector('[data-test=user-dialog] .el-form-item__error');
      await inputOf(page, '[data-test=user-dialog] [data-field=password]').fill('kim-park-pass-1');
      await page.click('[data-test=user-save]');
      await page.waitForSelector('[data-test=user-table] .el-table__row:has-text("kim.park")');
      expect(await api('/api/org/users/kim.park')).toMatchObject({ department: 'sales-east-key', manager: 'wang.lei', roles: ['sales-rep'], active: true });
      await page.click('[data-user-edit="kim.park"]');
      await pick('roles', 'org-roles-popper', '(sales-ops)');
      await page.keyboard.press('Escape');
      await page.click('[data-test=user-save]');
      await page.waitForSelector('[data-test=user-dialog]', { state: 'hidden' });
      expect((await api('/api/org/users/kim.park')).roles.sort()).toEqual(['sales-ops', 'sales-rep']);

      // Kim heads the new department, which now cannot be deleted (it has a member).
      await page.click('.el-tabs__item:has-text("Departments")');
      await page.click('[data-dept-edit=sales-east-key]');
      await pick('head', 'org-head-popper', '(kim.park)');
      await page.click('[data-test=department-save]');
      await page.waitForSelector('[data-dept=sales-east-key]:has-text("Kim Park")');
      await page.click('[data-dept-delete=sales-east-key]');
      await page.click('.el-message-box .el-button--primary');
      await page.waitForSelector('.el-message--error:has-text("members")');
      await page.waitForSelector('.el-overlay-message-box', { state: 'hidden' });
      await page.screenshot({ path: screenshotPath('org-editing-en') });

      // Deactivated: kept, shown inactive, no longer offered the button.
      await page.click('.el-tabs__item:has-text("Users")');
      await page.click('[data-user-deactivate="kim.park"]');
      await page.click('.el-message-box .el-button--primary');
      await page.waitForSelector('[data-user-deactivate="kim.park"]', { state: 'detached' });
      expect((await api('/api/org/users/kim.park')).active).toBe(false);

      // A role: added, renamed, deleted; a duplicate id is refused.
      await page.click('.el-tabs__item:has-text("Roles")');
      await inputOf(page, '[data-test=role-new] [aria-label=ID]').fill('bid-desk');
      await inputOf(page, '[data-test=role-new] [aria-label=Name]').fill('Bid desk');
      await page.click('[data-test=role-new] button');
      await page.waitForSelector('[data-test=role-table] .el-table__row:has-text("bid-desk")');
      await inputOf(page, '[data-test=role-new] [aria-label=ID]').fill('bid-desk');
      await page.click('[data-test=role-new] button');
      await page.waitForSelector('[data-test=role-new] [role=alert]:has-text("already exists")');
      await page.click('[data-role-rename=bid-desk]');
      await page.fill('.el-message-box input', 'Bids and tenders');
      await page.click('.el-message-box .el-button--primary');
      await page.waitForSelector('[data-test=role-table] .el-table__row:has-text("Bids and tenders")');
      await page.click('[data-role-delete=bid-desk]');
      await page.click('.el-message-box .el-button--primary');
      await page.waitForSelector('[data-test=role-table] .el-table__row:has-text("bid-desk")', { state: 'detached' });
      expect((await api('/api/org/roles')).items.map((r: { id: string }) => r.id)).not.toContain('bid-desk');
    });
    await page.context().close();
  }, 120_000);
});
