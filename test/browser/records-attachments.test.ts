// Attachments in the browser: li.na starts a request with a file from the start page (a file over
// the field's limit and a type the field refuses are turned away with the server's or the kit's
// message), her manager wang.lei opens the request and downloads the very bytes; another rep gets
// nothing from the API.
import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { apiAs, apiToken, inputOf, signedInPage, useBrowserStack, withFailureShot } from './harness.ts';

const suite = useBrowserStack();
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const flow = {
  key: 'quote-evidence',
  name: { en: 'Quote with evidence', 'zh-CN': '报价凭证' },
  form: { fields: [
    { key: 'customer', type: 'text', label: { en: 'Customer', 'zh-CN': '客户' }, required: true },
    { key: 'evidence', type: 'attachment', label: { en: 'Signed quote', 'zh-CN': '签字报价单' }, accept: ['.pdf'], maxSizeMB: 0.01, required: true },
  ] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', assignees: [{ type: 'manager', level: 1 }] },
    { id: 'end', type: 'end', outcome: 'approved' },
  ],
  edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'end' }],
};

const api = (user: string, method: string, path: string, body?: unknown) => apiAs(suite.stack, user, method, path, body);

const orderType = JSON.parse(readFileSync(new URL('../../templates/order-change-request/record-types/order.json', import.meta.url), 'utf8')) as Record<string, unknown>;
delete orderType.$schema;
const changeFlow = {
  key: 'order-evidence-change',
  name: { en: 'Order change with evidence', 'zh-CN': '订单修改（附凭证）' },
  record: { type: 'order', changeSet: { fields: ['discount'] } },
  form: { fields: [
    { key: 'order', type: 'record-link', recordType: 'order', label: { en: 'Order' }, required: true },
    { key: 'discount', type: 'number', label: { en: 'Discount' } },
    { key: 'evidence', type: 'attachment', label: { en: 'Customer email', 'zh-CN': '客户邮件' }, accept: ['.pdf'], required: true },
  ] },
  nodes: flow.nodes,
  edges: flow.edges,
};
let orderId = '';

beforeAll(async () => {
  for (const f of [flow, changeFlow]) {
    expect((await api('admin', 'POST', '/api/definitions', f)).status).toBe(201);
    expect((await api('admin', 'POST', `/api/definitions/${f.key}/publish`)).status).toBe(201);
  }
  expect((await api('admin', 'PUT', '/api/record-types/order', orderType)).status).toBeLessThan(300);
  const created = await api('admin', 'POST', '/api/records/order', { owner: 'li.na', values: { number: 'SO-2026-0777', customer: 'cust-1', amount: 5000, discount: 2, status: 'confirmed' } });
  expect(created.status).toBe(201);
  orderId = created.json.id;
}, 60_000);

describe('attachments in the browser', () => {
  it('li.na submits a request with a PDF, wang.lei downloads the same bytes, another rep gets 404', async () => {
    const liNa = await signedInPage(suite.browser, suite.stack, 'li.na', 'en');
    const manager = await signedInPage(suite.browser, suite.stack, 'wang.lei', 'zh-CN');
    await withFailureShot(liNa, 'attachments-start', async () => {
      await liNa.goto(`${suite.stack.url}/workspace/start/${flow.key}`);
      await liNa.waitForSelector('[data-test=start-page] [data-item=evidence] input[type=file]');
      const input = liNa.locator('[data-item=evidence] input[type=file]');
      expect(await input.getAttribute('accept')).toBe('.pdf');
      // Over the field's 0.01 MB: refused in the browser before any upload.
      await input.setInputFiles({ name: 'huge.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.alloc(20 * 1024)]) });
      await liNa.waitForSelector('.el-message--error:has-text("huge.pdf: larger than 10 KB")');
      // A PNG named .pdf: the server sniffs the bytes and refuses it.
      await input.setInputFiles({ name: 'photo.pdf', mimeType: 'application/pdf', buffer: PNG });
      await liNa.waitForSelector('.el-message--error:has-text("photo.pdf: This kind of file is not allowed here")');
      expect(await liNa.locator('[data-item=evidence] [data-file]').count()).toBe(0);
      await input.setInputFiles({ name: 'signed-quote.pdf', mimeType: 'application/pdf', buffer: PDF });
      await liNa.waitForSelector('[data-item=evidence] [data-file="signed-quote.pdf"]');
      await liNa.locator('[data-item=customer] input').fill('East Trading 华东贸易');
      await liNa.click('[data-test=start-submit]');
      await liNa.waitForURL((u) => u.pathname.startsWith('/workspace/inbox'));
    });
    const started = await api('li.na', 'GET', '/api/inbox/started');
    const requestId = started.json.items[0].instance.id as string;
    const detail = await api('wang.lei', 'GET', `/api/instances/${requestId}`);
    const file = detail.json.data.evidence[0] as { id: string; name: string; size: number; contentType: string };
    expect(file).toMatchObject({ name: 'signed-quote.pdf', size: PDF.length, contentType: 'application/pdf' });

    await withFailureShot(manager, 'attachments-download', async () => {
      await manager.goto(`${suite.stack.url}/workspace/requests/${requestId}`);
      await manager.waitForSelector('[data-item=evidence] [data-file="signed-quote.pdf"]');
      expect(await manager.locator('[data-item=evidence] input[type=file]').count()).toBe(0); // read-only here
      const download = manager.waitForEvent('download');
      await manager.click('[data-item=evidence] [data-file="signed-quote.pdf"] button');
      const d = await download;
      expect(d.suggestedFilename()).toBe('signed-quote.pdf');
      expect(Buffer.compare(await readFile((await d.path())!), PDF)).toBe(0);
    });
    expect((await api('zhang.wei', 'GET', `/api/attachments/${file.id}`)).status).toBe(404);
    await liNa.context().close();
    await manager.context().close();
  }, 120_000);

  it('the Request change dialog uploads evidence under the change flow\'s field, and the approver can download it', async () => {
    const liNa = await signedInPage(suite.browser, suite.stack, 'li.na', 'zh-CN');
    await withFailureShot(liNa, 'attachments-change-request', async () => {
      await liNa.goto(`${suite.stack.url}/workspace/records/order/${orderId}`);
      await liNa.click('[data-test=record-request-change]');
      await liNa.waitForSelector('[data-test=change-data] [data-item=evidence] input[type=file]');
      const discount = inputOf(liNa, '[data-test=change-patch] [data-field="/discount"]');
      await discount.fill('4');
      await discount.blur();
      await liNa.locator('[data-test=change-data] [data-item=evidence] input[type=file]').setInputFiles({ name: 'customer-email.pdf', mimeType: 'application/pdf', buffer: PDF });
      await liNa.waitForSelector('[data-test=change-data] [data-file="customer-email.pdf"]');
      await liNa.click('[data-test=change-submit]');
      await liNa.waitForURL((u) => u.pathname.startsWith('/workspace/requests/'));
    });
    const requestId = new URL(liNa.url()).pathname.split('/').pop()!;
    const detail = await api('wang.lei', 'GET', `/api/instances/${requestId}`);
    expect(detail.json.data.order).toBe(orderId);
    const file = detail.json.data.evidence[0] as { id: string };
    const got = await fetch(`${suite.stack.url}/api/attachments/${file.id}`, { headers: { authorization: `Bearer ${await apiToken(suite.stack, 'wang.lei')}` } });
    expect(got.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await got.arrayBuffer()), PDF)).toBe(0);
    await liNa.context().close();
  }, 90_000);
});
