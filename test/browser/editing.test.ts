// More of the studio in a real browser: the language switch, "+" on an edge, copy / paste by
// keyboard, the save conflict dialog, and the form designer's drag and drop.
import { describe, expect, it } from 'vitest';
import { apiAs, signedInPage, withFailureShot, useBrowserStack } from './harness.ts';

const suite = useBrowserStack();

describe('studio editing', () => {
  it('switches vue-i18n, Element Plus and dayjs together', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'admin', 'en');
    await withFailureShot(page, 'locale', async () => {
      const flow = { key: 'dated-flow', name: { en: 'Dated', 'zh-CN': '日期' }, form: { fields: [] }, nodes: [{ id: 'start', type: 'start' }, { id: 'end', type: 'end' }], edges: [{ from: 'start', to: 'end' }] };
      const created = await apiAs(suite.stack, 'admin', 'POST', '/api/definitions', flow);
      expect(created.status).toBe(201);
      await page.goto(`${suite.stack.url}/studio/flows`);
      await page.waitForSelector('[data-test=flows-page] .el-table__row:has-text("dated-flow")');
      expect(await page.locator('.baton-page-title').textContent()).toBe('Flows');
      expect(await page.locator('[data-test=flows-page] .el-select__placeholder').first().textContent()).toContain('Status');
      const updated = page.locator('.el-table__row:has-text("dated-flow") td').nth(3);
      expect(await updated.textContent()).toMatch(/[A-Z][a-z]+ \d+, \d{4}/);
      await page.click('[data-test=locale-switch] >> text=中文');
      await page.waitForSelector('.baton-page-title:has-text("流程管理")');
      expect(await updated.textContent()).toMatch(/\d{4}年\d+月\d+日/);
      expect(await page.locator('[data-test=flows-page] .el-select__placeholder').first().textContent()).toContain('状态');
      await page.click('[data-test=locale-switch] >> text=EN');
      await page.waitForSelector('.baton-page-title:has-text("Flows")');
      // Element Plus's own strings (the empty table text) follow the language too.
      await page.fill('[data-test=flows-page] .el-input input', 'no-such-flow');
      expect((await page.locator('.el-table__empty-text').textContent())?.trim()).toBe('No Data');
      await page.click('[data-test=locale-switch] >> text=中文');
      await page.waitForSelector('.baton-page-title:has-text("流程管理")');
      expect((await page.locator('.el-table__empty-text').textContent())?.trim()).toBe('暂无数据');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await page.evaluate(() => localStorage.getItem('baton.locale'))).toBe('zh-CN');
    });
    await page.context().close();
  }, 60_000);

  it('inserts a node with the "+" on an edge, and copies / pastes it by keyboard', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'admin', 'en');
    await withFailureShot(page, 'insert', async () => {
      await page.goto(`${suite.stack.url}/studio/flows/insert-flow/designer`);
      await page.waitForSelector('[data-test=flow-canvas] [data-node-id=start]');
      await page.locator('[data-test=flow-canvas] [data-cell-id="start->end"]').first().hover({ force: true });
      await page.locator('[data-test=flow-canvas] .x6-edge-tool').first().click({ force: true });
      await page.click('[data-test=insert-menu] [data-insert=cc]');
      await page.waitForSelector('[data-test=flow-canvas] [data-node-id=cc_1]');
      expect(await page.locator('[data-test=flow-canvas] [data-cell-id="start->cc_1"]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-test=flow-canvas] [data-cell-id="cc_1->end"]').count()).toBeGreaterThan(0);

      await page.click('[data-test=flow-canvas] [data-node-id=cc_1]');
      await page.keyboard.press('Control+c');
      await page.keyboard.press('Control+v');
      await page.waitForSelector('[data-test=flow-canvas] [data-node-id=cc_2]');
      await page.keyboard.press('Control+z');
      await page.waitForSelector('[data-test=flow-canvas] [data-node-id=cc_2]', { state: 'detached' });
    });
    await page.context().close();
  }, 60_000);

  it('shows the conflict dialog when someone else saved first, and overwrites on request', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'admin', 'en');
    await withFailureShot(page, 'conflict', async () => {
      await page.goto(`${suite.stack.url}/studio/flows/conflict-flow/designer`);
      await page.waitForSelector('[data-test=flow-canvas] [data-node-id=start]');
      await page.click('[data-test=save]');
      await page.waitForSelector('[data-test=dirty]', { state: 'detached' });

      // Someone else saves a new draft through the API.
      const current = await apiAs(suite.stack, 'admin', 'GET', '/api/definitions/conflict-flow');
      const theirs = { ...(current.json as { draft: { name: Record<string, string> } }).draft, name: { en: 'Theirs', 'zh-CN': '他们的' } };
      const put = await apiAs(suite.stack, 'admin', 'PUT', '/api/definitions/conflict-flow/draft', theirs, { 'if-match': current.headers.get('etag') ?? '' });
      expect(put.status).toBe(200);

      await page.click('[data-test=auto-layout]');
      await page.click('[data-test=save]');
      await page.waitForSelector('.el-dialog:has-text("Someone else saved this flow")');
      await page.click('[data-test=conflict-overwrite]');
      await page.waitForSelector('.el-message--success');
      await page.waitForSelector('[data-test=dirty]', { state: 'detached' });
      const after = await apiAs(suite.stack, 'admin', 'GET', '/api/definitions/conflict-flow');
      expect((after.json as { draft: { name: Record<string, string> } }).draft.name.en).toBe('conflict-flow');
    });
    await page.context().close();
  }, 60_000);

  it('adds form fields by dragging from the palette, reorders them, and validates the preview', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'admin', 'zh-CN');
    await withFailureShot(page, 'form', async () => {
      await page.goto(`${suite.stack.url}/studio/flows/form-flow/form`);
      await page.waitForSelector('[data-test=form-designer]');
      await page.dragAndDrop('[data-field-type=money]', '[data-test=form-designer] .list');
      await page.waitForSelector('[data-field-row=money_1]');
      await page.dragAndDrop('[data-field-type=text]', '[data-test=form-designer] .list');
      await page.waitForSelector('[data-field-row=text_1]');
      // Text goes above money.
      await page.dragAndDrop('[data-field-row=text_1]', '[data-field-row=money_1]');
      const order = await page.locator('[data-field-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field-row')));
      expect(order).toEqual(['text_1', 'money_1']);

      // Make money required and check the preview says so, in Chinese.
      await page.click('[data-field-row=money_1]');
      await page.click('[data-test=field-required]');
      await page.click('[data-test=preview-submit]');
      await page.waitForSelector('[data-test=form-preview] [data-item=money_1].is-error');
      expect(await page.locator('[data-test=form-preview] [data-item=money_1] .el-form-item__error').textContent()).toContain('必填');
      await page.locator('[data-test=form-preview] [data-item=money_1] input').fill('1200');
      await page.click('[data-test=preview-submit]');
      await page.waitForSelector('[data-test=preview-valid]');

      // The flow designer sees the new fields (the same definition).
      await page.click('[data-test=to-flow]');
      await page.waitForSelector('[data-test=flow-canvas] [data-node-id=start]');
    });
    await page.context().close();
  }, 60_000);
});
