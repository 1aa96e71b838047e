// The flow designer in a real browser: an empty flow, a node dragged from the palette, the
// problem the page reports, the fix, save and publish with the change summary.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiAs, inputOf, withFailureShot, screenshotPath, signedInPage, useBrowserStack } from './harness.ts';

const suite = useBrowserStack();

/** Drags from the centre of one element to the centre of another with real mouse events. */
async function dragBetween(page: Page, from: string, to: string) {
  const a = await page.locator(from).first().boundingBox();
  const b = await page.locator(to).first().boundingBox();
  if (!a || !b) throw new Error(`no box for ${a ? to : from}`);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

describe('flow designer', () => {
  it('reports the problem of a dropped approval node and clears it once fixed; then saves and publishes', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'admin', 'en');
    await withFailureShot(page, 'designer', async () => {
    await page.goto(`${suite.stack.url}/studio/flows/browser-discount/designer`);
    await page.waitForSelector('[data-node-id=start]');
    await page.waitForSelector('[data-node-id=end]');
    await page.click('[data-test=problems-tab]');
    await page.waitForSelector('[data-test=no-problems]');

    // Drag an approval node from the palette onto the canvas, to the right of the flow.
    const canvas = await page.locator('[data-test=flow-canvas]').boundingBox();
    if (!canvas) throw new Error('no canvas');
    await page.dragAndDrop('[data-palette=approval]', '[data-test=flow-canvas]', { targetPosition: { x: canvas.width * 0.75, y: canvas.height * 0.5 } });
    await page.waitForSelector('[data-node-id=approval_1]');

    // The page reports the problem: no assignees; the node carries a badge.
    await page.click('[data-test=problems-tab]');
    const problem = page.locator('[data-test=problem][data-pointer="/nodes/2/assignees"]');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('approval_1');
    await page.waitForSelector('[data-node-id=approval_1] [data-test=node-problem-badge]');

    // Clicking the problem focuses the node; give it a manager chain up to level 3.
    await problem.click();
    await page.waitForSelector('[data-test=node-panel]');
    await page.click('[data-test=add-assignee]');
    await page.click('[data-test=assignee-kind]');
    await page.click('.el-select-dropdown__item:has-text("Manager chain")');
    await inputOf(page, '[data-test=manager-chain-level]').fill('3');
    await page.keyboard.press('Tab');

    // Now it is unreachable: connect it between start and end with the ports.
    await page.click('[data-test=problems-tab]');
    await page.waitForSelector('[data-test=problem][data-code="lint/unreachable"]');
    await dragBetween(page, '[data-test=flow-canvas] [data-cell-id=start] [port=out]', '[data-test=flow-canvas] [data-cell-id=approval_1] [port=in]');
    await dragBetween(page, '[data-test=flow-canvas] [data-cell-id=approval_1] [port=out]', '[data-test=flow-canvas] [data-cell-id=end] [port=in]');
    await page.waitForSelector('[data-test=problem][data-code="lint/too-many-outgoing"]');

    // Remove the old direct edge: the flow is valid.
    // A thin edge under a busy canvas can miss one click (the graph may still be settling after the
    // drags): click again until its panel opens.
    for (let tries = 1; ; tries++) {
      await page.locator('[data-test=flow-canvas] [data-cell-id="start->end"]').click({ force: true });
      const opened = await page.waitForSelector('[data-test=edge-panel]', { timeout: 5000 }).then(() => true, () => false);
      if (opened) break;
      if (tries === 3) throw new Error('the edge start->end did not open its panel after three clicks');
    }
    await page.click('[data-test=delete]');
    await page.click('[data-test=problems-tab]');
    await page.waitForSelector('[data-test=no-problems]');
    expect(await page.locator('[data-test=node-problem-badge]').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('designer-fixed-en') });

    // Undo brings the edge (and the problem) back; redo removes it again.
    await page.click('[data-test=undo]');
    await page.waitForSelector('[data-test=problem][data-code="lint/too-many-outgoing"]');
    await page.click('[data-test=redo]');
    await page.waitForSelector('[data-test=no-problems]');

    // Save (creates the definition on the server), then publish with the summary first.
    await page.click('[data-test=save]');
    await page.waitForSelector('.el-message--success');
    await page.waitForSelector('[data-test=dirty]', { state: 'detached' });
    await page.click('[data-test=publish]');
    const dialog = page.locator('.el-dialog:has-text("Publish this flow?")');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('First version');
    await page.click('[data-test=publish-confirm]');
    await page.waitForSelector('.el-message--success:has-text("Published")');

    // A second version: rename the step; the summary says so in plain words before publishing.
    await page.click('[data-test=flow-canvas] [data-node-id=approval_1]');
    await page.waitForSelector('[data-test=node-panel]');
    await page.locator('[data-test=node-panel] [data-prop=name] input[placeholder=English]').fill('Manager sign-off');
    await page.waitForSelector('[data-test=flow-canvas] [data-node-id=approval_1]:has-text("Manager sign-off")');
    await page.click('[data-test=save]');
    await page.waitForSelector('[data-test=dirty]', { state: 'detached' });
    await page.click('[data-test=publish]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("renamed to 'Manager sign-off'");
    await page.click('[data-test=publish-confirm]');
    await page.waitForSelector('.el-message--success:has-text("Published")');

    const items = (await apiAs(suite.stack, 'admin', 'GET', '/api/definitions')).json.items as Array<{ key: string; latestVersion: number }>;
    expect(items.find((d) => d.key === 'browser-discount')?.latestVersion).toBe(2);
    });
    await page.context().close();
  }, 120_000);
});
