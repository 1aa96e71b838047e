// Records in the browser, several users in their own contexts: li.na requests a discount change on
// her order, her manager wang.lei approves it from his inbox, and the record page shows the new
// value and no lock; a second request is rejected and the order stays as it was; a stale edit is
// refused in the UI language; another rep does not see li.na's order. Screenshots of the list and
// the record page in zh-CN and en; axe finds no critical violation on either page.
import { readFileSync } from 'node:fs';
import { describe, expect, it, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, apiAs, inputOf, screenshotPath, signedInPage, useBrowserStack, withFailureShot } from './harness.ts';

const suite = useBrowserStack();
const orderType = JSON.parse(readFileSync(new URL('../../templates/order-change-request/record-types/order.json', import.meta.url), 'utf8')) as Record<string, unknown>;
delete orderType.$schema;

const flow = {
  key: 'order-discount-change',
  name: { en: 'Order discount change', 'zh-CN': '订单折扣修改' },
  record: { type: 'order', changeSet: { fields: ['discount', 'delivery_date'] } },
  form: { fields: [
    { key: 'order', type: 'record-link', recordType: 'order', label: { en: 'Order', 'zh-CN': '订单' }, required: true },
    { key: 'discount', type: 'number', label: { en: 'Discount', 'zh-CN': '折扣率' } },
    { key: 'delivery_date', type: 'date', label: { en: 'Delivery date', 'zh-CN': '交付日期' } },
    { key: 'reason', type: 'textarea', label: { en: 'Reason', 'zh-CN': '修改原因' }, required: true },
  ] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', name: { en: 'Manager', 'zh-CN': '直属主管' }, assignees: [{ type: 'manager', level: 1 }] },
    { id: 'end', type: 'end', outcome: 'approved' },
  ],
  edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'end' }],
};

const api = (user: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) => apiAs(suite.stack, user, method, path, body, headers);

const orderValues = (n: string, discount: number) => ({ number: n, customer: 'cust-sh-0107', amount: 128000, discount, delivery_date: '2026-02-10', status: 'confirmed' });
let orderId = '';

const critical = (page: Page) => axeViolations(page);
const valueOf = (page: Page, field: string) => page.locator(`[data-test=record-values] [data-value="${field}"] dd > span`).first().textContent();
async function openRecord(page: Page) {
  await page.goto(`${suite.stack.url}/workspace/records/order/${orderId}`);
  await page.waitForSelector('[data-test=record-values]');
}
/** Opens "Request change", sets the discount, fills the reason, submits; returns the new request's id. */
async function requestDiscount(page: Page, discount: number, reason: string): Promise<string> {
  await page.click('[data-test=record-request-change]');
  await page.waitForSelector('[data-test=change-dialog] [data-test=change-patch]');
  const input = inputOf(page, '[data-test=change-patch] [data-field="/discount"]');
  await input.fill(String(discount));
  await input.blur();
  await page.locator('[data-test=change-data] [data-field="/reason"]').locator('xpath=descendant-or-self::textarea').first().fill(reason);
  await page.click('[data-test=change-submit]');
  await page.waitForURL((u) => u.pathname.startsWith('/workspace/requests/'));
  await page.waitForSelector('[data-test=instance-status]');
  return new URL(page.url()).pathname.split('/').pop()!;
}

beforeAll(async () => {
  expect((await api('admin', 'PUT', '/api/record-types/order', orderType)).status).toBeLessThan(300);
  expect((await api('admin', 'POST', '/api/definitions', flow)).status).toBe(201);
  expect((await api('admin', 'POST', `/api/definitions/${flow.key}/publish`)).status).toBe(201);
  const created = await api('admin', 'POST', '/api/records/order', { owner: 'li.na', values: orderValues('SO-2026-0142', 5) });
  expect(created.status).toBe(201);
  orderId = created.json.id;
  for (let i = 1; i <= 3; i++) expect((await api('admin', 'POST', '/api/records/order', { owner: 'li.na', values: orderValues(`SO-2026-010${i}`, i) })).status).toBe(201);
  expect((await api('admin', 'POST', '/api/records/order', { owner: 'zhang.wei', values: orderValues('SO-2026-0900', 3) })).status).toBe(201);
}, 60_000);

describe('records in the browser', () => {
  it('li.na requests a discount change, wang.lei approves in his inbox, the record shows the new value and no lock', async () => {
    const liNa = await signedInPage(suite.browser, suite.stack, 'li.na', 'en');
    const manager = await signedInPage(suite.browser, suite.stack, 'wang.lei', 'en');
    await withFailureShot(liNa, 'records-approve', async () => {
      await liNa.goto(`${suite.stack.url}/workspace/records/order`);
      await liNa.waitForSelector(`[data-test=records-table] [data-record="${orderId}"]`);
      const searched = liNa.waitForResponse((r) => new URL(r.url()).searchParams.get('q') === '0142');
      await inputOf(liNa, '[data-test=records-search]').fill('0142');
      await searched;
      await liNa.waitForFunction(() => document.querySelectorAll('[data-test=records-table] .el-table__row').length === 1);
      await liNa.click(`[data-test=records-table] [data-record="${orderId}"]`);
      await liNa.waitForSelector('[data-test=record-values]');
      expect(await valueOf(liNa, 'discount')).toBe('5 %');

      const requestId = await requestDiscount(liNa, 8, 'VIP renewal: match the competitor.');
      await openRecord(liNa);
      const diff = liNa.locator(`[data-pending="${requestId}"] [data-diff=discount]`);
      expect((await diff.textContent())?.replace(/\s+/g, ' ')).toContain('5 %8 %');
      await liNa.waitForSelector('[data-locked=discount]');
      await liNa.hover('[data-locked=discount]');
      await liNa.waitForSelector(`.el-popper:visible:has-text("Order discount change")`);
      // While locked, the discount is read-only in the edit form.
      await liNa.click('[data-test=record-edit]');
      expect(await inputOf(liNa, '[data-item=discount]').isDisabled()).toBe(true);
      expect(await inputOf(liNa, '[data-item=amount]').isDisabled()).toBe(false);
      await liNa.click('[data-test=record-cancel]');

      await manager.goto(`${suite.stack.url}/workspace/inbox`);
      const searchedInbox = manager.waitForResponse((r) => new URL(r.url()).searchParams.get('q') === 'VIP');
      await inputOf(manager, '[data-test=inbox-search]').fill('VIP');
      await searchedInbox;
      await manager.waitForFunction(() => document.querySelectorAll('[data-test=inbox-table] .el-table__row').length === 1);
      await manager.click('[data-test=inbox-table] .el-table__row a');
      await manager.waitForURL((u) => u.pathname === `/workspace/requests/${requestId}`);
      await manager.click('[data-test=instance-actions] [data-action=approve]');
      await manager.click('[data-test=action-confirm]');
      await manager.waitForSelector('[data-test=instance-status][data-status=approved]');

      await openRecord(liNa);
      expect(await valueOf(liNa, 'discount')).toBe('8 %');
      expect(await liNa.locator('[data-locked]').count()).toBe(0);
      expect(await liNa.locator('[data-pending]').count()).toBe(0);
    });
    await liNa.context().close();
    await manager.context().close();
  }, 120_000);

  it('a rejected change leaves the order unchanged; a stale edit is refused in the UI language', async () => {
    const liNa = await signedInPage(suite.browser, suite.stack, 'li.na', 'zh-CN');
    await withFailureShot(liNa, 'records-reject', async () => {
      await openRecord(liNa);
      const requestId = await requestDiscount(liNa, 15, '年底冲量 year-end push');
      const detail = await api('wang.lei', 'GET', `/api/instances/${requestId}`);
      const task = (detail.json.tasks as Array<{ id: string; user: string; status: string }>).find((t) => t.user === 'wang.lei' && t.status === 'pending')!;
      expect((await api('wang.lei', 'POST', `/api/tasks/${task.id}/reject`, { comment: 'Too deep.' }, { 'idempotency-key': crypto.randomUUID() })).status).toBe(200);
      await openRecord(liNa);
      expect(await valueOf(liNa, 'discount')).toBe('8 %');
      expect(await liNa.locator('[data-locked]').count()).toBe(0);

      // Someone else saves first: this page's save is refused with the Chinese message, then reloads.
      await liNa.click('[data-test=record-edit]');
      const amount = inputOf(liNa, '[data-item=amount]');
      await amount.fill('130000');
      await amount.blur();
      const rec = await api('li.na', 'GET', `/api/records/order/${orderId}`);
      expect((await api('li.na', 'PATCH', `/api/records/order/${orderId}`, { values: { delivery_date: '2026-03-01' } }, { 'if-match': `"${rec.json.revision}"` })).status).toBe(200);
      await liNa.click('[data-test=record-save]');
      await liNa.waitForSelector('.el-message--error:has-text("记录已被他人修改")');
      // The form now holds their values (the new delivery date): edit again and save.
      await liNa.waitForFunction(() => (document.querySelector('[data-item=delivery_date] input') as HTMLInputElement | null)?.value === '2026-03-01');
      await amount.fill('130000');
      await amount.blur();
      await liNa.click('[data-test=record-save]');
      await liNa.waitForSelector('.el-message--success');
      await liNa.waitForSelector('[data-test=record-values]');
      expect(await valueOf(liNa, 'amount')).toContain('130,000.00');
      expect(await valueOf(liNa, 'delivery_date')).toBe('2026-03-01');
    });
    await liNa.context().close();
  }, 120_000);

  it('a field locked after the page loaded: the save is refused with the server\'s message in the UI language', async () => {
    const liNa = await signedInPage(suite.browser, suite.stack, 'li.na', 'en');
    await withFailureShot(liNa, 'records-locked-save', async () => {
      await openRecord(liNa);
      await liNa.click('[data-test=record-edit]');
      const discount = inputOf(liNa, '[data-item=discount]');
      expect(await discount.isDisabled()).toBe(false);
      await discount.fill('11');
      await discount.blur();
      // Meanwhile a change request takes the discount.
      const cr = await api('li.na', 'POST', `/api/records/order/${orderId}/change-requests`, { definition: flow.key, patch: { discount: 12 }, data: { reason: 'Locks the discount' } }, { 'idempotency-key': crypto.randomUUID() });
      expect(cr.status).toBe(201);
      const saved = liNa.waitForResponse((r) => r.request().method() === 'PATCH');
      await liNa.click('[data-test=record-save]');
      const answer = await saved;
      expect(answer.status()).toBe(409);
      const body = (await answer.json()) as { error: { code: string; message: { en: string } } };
      expect(body.error.code).toBe('field-locked');
      await liNa.waitForSelector(`.el-message--error:has-text(${JSON.stringify(body.error.message.en.slice(0, 30))})`);
      // The page reloaded the lock: the discount is read-only now and its help names the request.
      await liNa.waitForFunction(() => (document.querySelector('[data-item=discount] input') as HTMLInputElement | null)?.disabled === true);
      expect(await liNa.locator('[data-item=discount]').textContent()).toContain('?');
      const r = await api('li.na', 'GET', `/api/records/order/${orderId}`);
      expect(r.json.values.discount).toBe(8);
      const task = ((await api('wang.lei', 'GET', `/api/instances/${cr.json.id}`)).json.tasks as Array<{ id: string; status: string }>).find((t) => t.status === 'pending')!;
      expect((await api('wang.lei', 'POST', `/api/tasks/${task.id}/reject`, { comment: 'No.' }, { 'idempotency-key': crypto.randomUUID() })).status).toBe(200);
    });
    await liNa.context().close();
  }, 60_000);

  it('admin: owner filter, load more over the cursor, the empty and error states', async () => {
    for (let i = 0; i < 21; i++) expect((await api('admin', 'POST', '/api/records/order', { owner: 'sarah.chen', values: orderValues(`SO-2027-${String(1000 + i)}`, 1) })).status).toBe(201);
    const admin = await signedInPage(suite.browser, suite.stack, 'admin', 'en');
    await withFailureShot(admin, 'records-admin', async () => {
      await admin.goto(`${suite.stack.url}/workspace/records/order`);
      await admin.waitForFunction(() => document.querySelectorAll('[data-test=records-table] .el-table__row').length === 20);
      await admin.click('[data-test=records-more]');
      await admin.waitForFunction(() => document.querySelectorAll('[data-test=records-table] .el-table__row').length === 26);
      expect(await admin.locator('[data-test=records-more]').count()).toBe(0);
      const filtered = admin.waitForResponse((r) => new URL(r.url()).searchParams.get('owner') === 'zhang.wei');
      await admin.click('[data-test=records-owner] .el-select__wrapper');
      await admin.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: '张伟' }).first().click();
      await filtered;
      await admin.waitForFunction(() => document.querySelectorAll('[data-test=records-table] .el-table__row').length === 1);
      const searched = admin.waitForResponse((r) => new URL(r.url()).searchParams.get('q') === 'no-such-order');
      await inputOf(admin, '[data-test=records-search]').fill('no-such-order');
      await searched;
      await admin.waitForSelector('[data-test=records-page] [data-state=empty]');
      await admin.goto(`${suite.stack.url}/workspace/records/no-such-type`);
      await admin.waitForSelector('[data-test=records-page] [data-state=error]:has-text("No record type")');
    });
    await admin.context().close();
  }, 90_000);

  it('another rep does not see li.na\'s order, in the list or by its address', async () => {
    const rep = await signedInPage(suite.browser, suite.stack, 'zhang.wei', 'en');
    await withFailureShot(rep, 'records-other-rep', async () => {
      await rep.goto(`${suite.stack.url}/workspace/records/order`);
      await rep.waitForSelector('[data-test=records-table] .el-table__row');
      const ids = await rep.locator('[data-test=records-table] [data-record]').evaluateAll((els) => els.map((e) => e.getAttribute('data-record')));
      expect(ids).toHaveLength(1);
      expect(ids).not.toContain(orderId);
      await rep.goto(`${suite.stack.url}/workspace/records/order/${orderId}`);
      await rep.waitForSelector('[data-state=error]:has-text("does not exist or you may not see it")');
    });
    await rep.context().close();
  }, 60_000);

  it('at phone size the list is cards and the record page has no sideways scroll', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'li.na', 'zh-CN', 'phone');
    await withFailureShot(page, 'records-phone', async () => {
      await page.goto(`${suite.stack.url}/workspace/records/order`);
      await page.waitForSelector(`[data-test=records-cards] [data-record="${orderId}"]`);
      await page.screenshot({ path: screenshotPath('records-list-phone-zh-CN'), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.click(`[data-test=records-cards] [data-record="${orderId}"]`);
      await page.waitForSelector('[data-test=record-values]');
      await page.screenshot({ path: screenshotPath('record-page-phone-zh-CN'), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
    await page.context().close();
  }, 60_000);

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`the list and the record page with a pending change, screenshots and axe (${locale})`, async () => {
      const page = await signedInPage(suite.browser, suite.stack, 'li.na', locale);
      await withFailureShot(page, `records-shots-${locale}`, async () => {
        const pending = await api('li.na', 'GET', `/api/records/order/${orderId}`);
        if (!pending.json.pendingChanges.length) {
          expect((await api('li.na', 'POST', `/api/records/order/${orderId}/change-requests`, { definition: flow.key, patch: { discount: 10, delivery_date: '2026-04-01' }, data: { reason: 'Screenshot: a pending change' } }, { 'idempotency-key': crypto.randomUUID() })).status).toBe(201);
        }
        await page.goto(`${suite.stack.url}/workspace/records/order`);
        await page.waitForSelector('[data-test=records-table] .el-table__row');
        await page.screenshot({ path: screenshotPath(`records-list-${locale}`), fullPage: true });
        expect(await critical(page)).toEqual([]);
        await openRecord(page);
        await page.waitForSelector('[data-pending] [data-diff=discount]');
        await page.screenshot({ path: screenshotPath(`record-page-${locale}`), fullPage: true });
        expect(await critical(page)).toEqual([]);
        await page.click('[data-test=record-edit]');
        await page.waitForSelector('[data-item=discount]');
        expect(await critical(page)).toEqual([]);
        await page.click('[data-test=record-cancel]');
        await page.click('[data-test=record-request-change]');
        await page.waitForSelector('[data-test=change-dialog] [data-test=change-data] [data-item=reason]');
        await page.screenshot({ path: screenshotPath(`record-change-dialog-${locale}`) });
        expect(await inputOf(page, '[data-test=change-patch] [data-item=discount]').isDisabled()).toBe(true); // held by the pending request
        expect(await critical(page)).toEqual([]);
      });
      await page.context().close();
    }, 60_000);
  }
});
