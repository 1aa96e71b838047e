// The evidence scenario, end to end in a real browser: from an empty flow, add the amount
// field in the form designer, insert a condition branch and an approval with "+", connect the
// other branch with the ports, write the amount condition in the rule builder and make the other
// branch the default, give the approval a manager chain, see and fix the problems, save, simulate
// both branches, publish.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inputOf, screenshotPath, signedInPage, withFailureShot, useBrowserStack } from './harness.ts';

const suite = useBrowserStack();

const canvas = (sel: string) => `[data-test=flow-canvas] ${sel}`;

async function insertOn(page: Page, edgeKey: string, type: string) {
  await page.locator(canvas(`[data-cell-id="${edgeKey}"]`)).first().hover({ force: true });
  await page.locator(canvas(`[data-cell-id="${edgeKey}"] .x6-edge-tool, .x6-edge-tool`)).first().click({ force: true });
  await page.click(`[data-test=insert-menu] [data-insert=${type}]`);
}

async function drag(page: Page, from: string, to: string) {
  const a = await page.locator(from).first().boundingBox();
  const b = await page.locator(to).first().boundingBox();
  if (!a || !b) throw new Error(`no box for ${a ? to : from}`);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

async function choose(page: Page, select: string, option: string) {
  await page.click(select);
  await page.locator(`.el-select-dropdown:visible .el-select-dropdown__item:has-text("${option}")`).last().click();
}

describe('discount flow from an empty canvas', () => {
  it('is built, fixed, simulated on both branches and published', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'admin', 'en');
    await withFailureShot(page, 'e2e', async () => {
      // The form: one money field, keyed "amount".
      await page.goto(`${suite.stack.url}/studio/flows/e2e-discount/form`);
      await page.waitForSelector('[data-test=form-designer]');
      await page.dragAndDrop('[data-field-type=money]', '[data-test=form-designer] .list');
      await page.click('[data-field-row=money_1]');
      await inputOf(page, '[data-test=field-key]').fill('amount');
      await inputOf(page, '[data-test=field-label-en]').fill('Amount');
      await page.click('[data-test=field-required]');
      await page.waitForSelector('[data-field-row=amount]');

      // The flow: a branch and an approval inserted with "+", the other branch drawn with the ports.
      await page.click('[data-test=to-flow]');
      await page.waitForSelector(canvas('[data-node-id=start]'));
      await insertOn(page, 'start->end', 'exclusive');
      await page.waitForSelector(canvas('[data-node-id=exclusive_1]'));
      await insertOn(page, 'exclusive_1->end', 'approval');
      await page.waitForSelector(canvas('[data-node-id=approval_1]'));
      await page.click('[data-test=fit]');
      await drag(page, canvas('[data-cell-id=exclusive_1] [port=out]'), canvas('[data-cell-id=end] [port=in]'));
      await page.waitForSelector(canvas('[data-cell-id="exclusive_1->end"]'), { state: 'attached' });

      // The page reports what is missing.
      await page.click('[data-test=problems-tab]');
      await page.waitForSelector('[data-test=problem][data-pointer="/nodes/3/assignees"]');

      // Manager chain up to level 2 for the approval.
      await page.click('[data-test=problem][data-pointer="/nodes/3/assignees"]');
      await page.click('[data-test=add-assignee]');
      await choose(page, '[data-test=assignee-kind]', 'Manager chain');

      // The big branch: amount > 10000, written with the rule builder (the branch node lists its
      // edges, which may overlap on the canvas).
      await page.click(canvas('[data-node-id=exclusive_1]'));
      await page.click('[data-branch="exclusive_1->approval_1"]');
      await page.waitForSelector('[data-test=edge-panel] [data-test=rule-builder]');
      await page.click('[data-test=add-rule]');
      await choose(page, '[data-test=rule-operator]', 'greater than');
      await inputOf(page, '[data-test=rule-value]').fill('10000');
      await page.keyboard.press('Tab');
      await page.waitForSelector('[data-test=edge-panel] code:has-text("amount > 10000.0")');

      // The other branch is the default.
      await page.click(canvas('[data-node-id=exclusive_1]'));
      await page.click('[data-branch="exclusive_1->end"]');
      await page.waitForSelector('[data-test=edge-panel] [data-test=edge-default]');
      await page.click('[data-test=edge-panel] [data-test=edge-default]');

      await page.click('[data-test=problems-tab]');
      await page.waitForSelector('[data-test=no-problems]');
      await page.screenshot({ path: screenshotPath('e2e-discount-en') });
      await page.click('[data-test=save]');
      await page.waitForSelector('[data-test=dirty]', { state: 'detached' });

      // Simulate both branches.
      await page.click('[data-test=to-simulate]');
      await page.waitForSelector('[data-test=simulate-page] [data-item=amount]');
      await page.click('[data-test=sim-initiator]');
      await page.click('.sim-initiator-popper .el-select-dropdown__item:has-text("li.na")');
      await page.locator('[data-item=amount] input').fill('500');
      await page.click('[data-test=sim-run]');
      await page.waitForSelector('[data-test=sim-status]:has-text("approved")');
      expect(await page.locator('[data-test=sim-result] [data-step=approval_1]').count()).toBe(0);
      await page.locator('[data-item=amount] input').fill('20000');
      await page.click('[data-test=sim-run]');
      await page.waitForSelector('[data-test=sim-result] [data-step=approval_1]:has-text("sarah.chen")');

      // Publish.
      await page.click('text=Flow designer');
      await page.waitForSelector(canvas('[data-node-id=approval_1]'));
      await page.click('[data-test=publish]');
      await page.click('[data-test=publish-confirm]');
      await page.waitForSelector('.el-message--success:has-text("Published")');
    });
    await page.context().close();
  }, 120_000);
});
