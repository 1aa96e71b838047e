// Batch approve in the inbox's to-do list, in a real browser on the real server: rows show the
// title rendered from the flow's settings.title and the step's name; only rows the server marks
// batchApprovable can be ticked; one optional comment goes with every approval; each row's result
// is shown, including a task someone decided between loading the list and pressing the button.
import { describe, expect, it } from 'vitest';
import { inputOf, PASSWORD, screenshotPath, signedInPage, useBrowserStack, withFailureShot, apiAs } from './harness.ts';

const suite = useBrowserStack();

const flow = (key: string, manager: Record<string, unknown>) => ({
  key,
  name: { en: key, 'zh-CN': key },
  settings: { title: { en: 'Deal for {{customer}}', 'zh-CN': '{{customer}} 的交易' } },
  form: { fields: [{ key: 'customer', type: 'text', label: { en: 'Customer', 'zh-CN': '客户' }, required: true }] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', name: { en: 'Manager review', 'zh-CN': '经理审批' }, assignees: [{ type: 'users', users: ['wang.lei'] }], ...manager },
    { id: 'end', type: 'end' },
  ],
  edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'end' }],
});

const api = (user: string, method: string, path: string, body?: unknown) => apiAs(suite.stack, user, method, path, body);

async function start(definition: string, customer: string): Promise<{ id: string; task: string }> {
  const r = await api('li.na', 'POST', '/api/instances', { definition, data: { customer } });
  expect(r.status).toBe(201);
  return { id: r.json.id, task: r.json.tasks[0].id };
}

describe('batch approve in the inbox', () => {
  it('ticks only batchable rows, approves them with one comment and shows each row\'s result', async () => {
    for (const f of [flow('batch-plain', {}), flow('batch-comment', { commentRequired: ['approve'] })]) {
      expect((await api('xu.ting', 'POST', '/api/definitions', f)).status).toBe(201);
      expect((await api('xu.ting', 'POST', `/api/definitions/${f.key}/publish`)).status).toBe(201);
    }
    const acme = await start('batch-plain', 'Acme Zeta');
    const globex = await start('batch-plain', 'Globex Zeta');
    const raced = await start('batch-plain', 'Umbrella Zeta');
    const initech = await start('batch-comment', 'Initech Zeta');

    const page = await signedInPage(suite.browser, suite.stack, 'wang.lei', 'en');
    await withFailureShot(page, 'inbox-batch-results', async () => {
      await page.goto(`${suite.stack.url}/workspace/inbox`);
      const searched = page.waitForResponse((r) => new URL(r.url()).searchParams.get('q') === 'zeta');
      await inputOf(page, '[data-test=inbox-search]').fill('zeta');
      await searched;
      await page.waitForFunction(() => document.querySelectorAll('[data-test=inbox-table] .el-table__row').length === 4);
      const row = (text: string) => page.locator('[data-test=inbox-table] .el-table__row', { hasText: text });
      // Titles from settings.title, the step by its name.
      expect(await row('Deal for Acme Zeta').count()).toBe(1);
      expect(await row('Deal for Acme Zeta').textContent()).toContain('Manager review');
      // The step that needs a comment cannot be ticked.
      expect(await row('Initech Zeta').locator('.el-checkbox').getAttribute('class')).toContain('is-disabled');
      expect(await page.locator('[data-test=batch-approve]').isDisabled()).toBe(true);

      await page.click('[data-test=inbox-table] .el-table__header .el-checkbox');
      await page.waitForFunction(() => document.querySelector('[data-test=batch-approve]')?.textContent?.includes('(3)'));
      expect(await row('Initech Zeta').locator('.el-checkbox').getAttribute('class')).not.toContain('is-checked');
      await inputOf(page, '[data-test=batch-comment]').fill('Batch OK');
      // Someone decides one of the ticked tasks meanwhile (here: the approver from another tab).
      expect((await api('wang.lei', 'POST', `/api/tasks/${raced.task}/approve`, { comment: 'from my phone' })).status).toBe(200);

      const listedTitles = await page.locator('[data-test=inbox-table] .el-table__row a strong').allTextContents();
      await page.click('[data-test=batch-approve]');
      await page.waitForSelector('[data-test=batch-results] li', { state: 'visible' });
      const results = await page.locator('[data-test=batch-results] li').evaluateAll((els) => els.map((e) => [e.getAttribute('data-task'), e.getAttribute('data-result'), e.textContent ?? '']));
      // In the list's order, as it stood when the button was pressed.
      const byTitle: Record<string, string> = { 'Deal for Acme Zeta': acme.task, 'Deal for Globex Zeta': globex.task, 'Deal for Umbrella Zeta': raced.task };
      const listed = listedTitles.filter((x) => x in byTitle).map((x) => byTitle[x]);
      expect(results.map(([task]) => task)).toEqual(listed);
      expect(Object.fromEntries(results.map(([task, result]) => [task, result]))).toEqual({ [acme.task]: 'approved', [globex.task]: 'approved', [raced.task]: 'failed' });
      const failed = results.find(([task]) => task === raced.task)!;
      expect(failed[2]).toContain('Deal for Umbrella Zeta');
      expect(failed[2]).toContain('Not approved');
      await page.waitForSelector('.el-message--warning');
      await page.waitForFunction(() => document.querySelectorAll('[data-test=inbox-table] .el-table__row').length === 1);
      await page.screenshot({ path: screenshotPath('inbox-batch-results') });
    });
    await page.context().close();

    for (const r of [acme, globex]) {
      const d = (await api('admin', 'GET', `/api/instances/${r.id}`)).json;
      expect(d.status).toBe('approved');
      expect(JSON.stringify(d.tasks.find((t: { id: string }) => t.id === r.task))).toContain('Batch OK');
    }
    const still = (await api('admin', 'GET', `/api/instances/${initech.id}`)).json;
    expect(still.status).toBe('running');
  }, 120_000);

  it('names the step and the request in Chinese for a Chinese reader', async () => {
    await start('batch-plain', 'Hooli Zeta');
    const page = await signedInPage(suite.browser, suite.stack, 'wang.lei', 'zh-CN');
    await withFailureShot(page, 'inbox-batch-zh', async () => {
      await page.goto(`${suite.stack.url}/workspace/inbox`);
      const searched = page.waitForResponse((r) => new URL(r.url()).searchParams.get('q') === 'hooli');
      await inputOf(page, '[data-test=inbox-search]').fill('hooli');
      await searched;
      await page.waitForFunction(() => document.querySelectorAll('[data-test=inbox-table] .el-table__row').length === 1);
      const text = await page.locator('[data-test=inbox-table] .el-table__row').textContent();
      expect(text).toContain('Hooli Zeta 的交易');
      expect(text).toContain('经理审批');
    });
    await page.context().close();
  }, 60_000);
});
