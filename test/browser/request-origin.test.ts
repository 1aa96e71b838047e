// A request a record trigger started says so on its page: "Started by: a change to <record type>
// “<record title>”", linking to the record (which the approver may read), in the UI language
// (zh-CN too, dates included once the language is switched); a request a person started shows no
// such line.
import { describe, expect, it } from 'vitest';
import { apiAs, screenshotPath, signedInPage, useBrowserStack, withFailureShot } from './harness.ts';

const suite = useBrowserStack();
const label = (en: string, zh: string) => ({ en, 'zh-CN': zh });

const visitType = {
  key: 'site-visit',
  name: label('Site visit', '现场拜访'),
  titleField: 'name',
  access: { read: 'owner', edit: 'owner' },
  fields: [{ key: 'name', type: 'text', label: label('Name', '名称'), required: true }, { key: 'budget', type: 'number', label: label('Budget', '预算') }],
  triggers: [{ on: 'field-change', field: 'budget', start: 'visit-budget-check' }],
};
const flow = {
  key: 'visit-budget-check',
  name: label('Visit budget check', '拜访预算审核'),
  record: { type: 'site-visit' },
  form: { fields: [{ key: 'budget', type: 'number', label: label('Budget', '预算') }] },
  nodes: [{ id: 'start', type: 'start' }, { id: 'check', type: 'approval', name: label('Check', '审核'), assignees: [{ type: 'users', users: ['wang.lei'] }] }, { id: 'end', type: 'end' }],
  edges: [{ from: 'start', to: 'check' }, { from: 'check', to: 'end' }],
};

describe('where a request came from', () => {
  it('shows the record whose change started it, linked, and nothing for a request a person started', async () => {
    const api = (user: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) => apiAs(suite.stack, user, method, path, body, headers);
    expect((await api('xu.ting', 'PUT', '/api/record-types/site-visit', visitType)).status).toBe(201);
    expect((await api('xu.ting', 'POST', '/api/definitions', flow)).status).toBe(201);
    expect((await api('xu.ting', 'POST', '/api/definitions/visit-budget-check/publish', {})).status).toBe(201);
    const made = await api('li.na', 'POST', '/api/records/site-visit', { values: { name: 'Acme plant', budget: 100 } });
    expect(made.status).toBe(201);
    const rec = made.json as { id: string; revision: number };
    const edited = await api('li.na', 'PATCH', `/api/records/site-visit/${rec.id}`, { values: { budget: 900 } }, { 'if-match': `"${rec.revision}"` });
    expect(edited.status).toBe(200);
    const todo = (await api('wang.lei', 'GET', '/api/inbox/todo?definition=visit-budget-check')).json as { items: Array<{ instance: { id: string } }> };
    expect(todo.items).toHaveLength(1);
    const started = todo.items[0]!.instance.id;

    const page = await signedInPage(suite.browser, suite.stack, 'wang.lei', 'en');
    await withFailureShot(page, 'request-origin', async () => {
      await page.goto(`${suite.stack.url}/workspace/requests/${started}`);
      const origin = page.locator('[data-test=instance-origin]');
      await origin.waitFor();
      expect(await origin.textContent()).toContain(`Started by`);
      expect(await origin.textContent()).toContain('a change to Site visit “Acme plant”');
      expect(await page.locator('[data-test=instance-caused-by]').count()).toBe(0);
      await page.screenshot({ path: screenshotPath('request-origin-en') });
      await origin.locator('a').first().click();
      await page.waitForURL(`**/workspace/records/site-visit/${rec.id}`);
      await page.locator('[data-test=record-owner]').waitFor();

      await page.goto(`${suite.stack.url}/workspace/requests/${started}`);
      await page.click('text=中文');
      await page.waitForSelector('[data-test=instance-origin]:has-text("现场拜访「Acme plant」的变更自动触发")');
      // Dates follow the switch too, the timeline's included (not only after a reload).
      expect(await page.locator('[data-test=timeline] .el-timeline-item__timestamp').first().textContent()).toContain('年');
      await page.screenshot({ path: screenshotPath('request-origin-zh-CN') });

      // A request li.na starts herself has no origin line.
      const own = await api('li.na', 'POST', '/api/instances', { definition: 'visit-budget-check', data: { budget: 5 } });
      expect(own.status).toBe(201);
      await page.goto(`${suite.stack.url}/workspace/requests/${(own.json as { id: string }).id}`);
      await page.locator('[data-test=instance-head]').waitFor();
      expect(await page.locator('[data-test=instance-origin]').count()).toBe(0);
    });
  });
});
