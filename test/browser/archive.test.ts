// The archive page in a real browser: a member finds their archived request by a Chinese keyword
// (no restore button for them) and opens it; an admin finds it by an English keyword, exports the
// results as CSV and restores it, after which it is back in the member's "started by me" list.
// Screenshots in zh-CN and en; axe finds no critical violation on either page.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, apiAs, inputOf, screenshotPath, signedInPage, useBrowserStack, withFailureShot } from './harness.ts';

const suite = useBrowserStack();

const critical = (page: Page) => axeViolations(page, { include: '[data-test=archive-page]' });

const flow = {
  key: 'framework-contract',
  name: { en: 'Framework contract', 'zh-CN': '框架合同审批' },
  category: 'sales',
  form: { fields: [{ key: 'summary', type: 'text', label: { en: 'Summary', 'zh-CN': '摘要' }, required: true }] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'review', type: 'approval', assignees: [{ type: 'users', users: ['wang.lei'] }] },
    { id: 'end', type: 'end', outcome: 'approved' },
  ],
  edges: [{ from: 'start', to: 'review' }, { from: 'review', to: 'end' }],
};

const api = (user: string, method: string, path: string, body?: unknown) => apiAs(suite.stack, user, method, path, body);

describe('archive page', () => {
  it('finds an archived request by keyword, opens it, exports CSV, and lets an admin restore it', async () => {
    expect((await api('admin', 'POST', '/api/definitions', flow)).status).toBe(201);
    expect((await api('admin', 'POST', '/api/definitions/framework-contract/publish')).status).toBe(201);
    const started = await api('li.na', 'POST', '/api/instances', { definition: 'framework-contract', data: { summary: '华东区年度框架协议续签 Acme Shanghai' } });
    expect(started.status).toBe(201);
    expect((await api('wang.lei', 'POST', `/api/tasks/${started.json.tasks[0].id}/approve`, {})).status).toBe(200);
    const other = await api('zhang.wei', 'POST', '/api/instances', { definition: 'framework-contract', data: { summary: 'Globex renewal' } });
    expect((await api('wang.lei', 'POST', `/api/tasks/${other.json.tasks[0].id}/approve`, {})).status).toBe(200);
    for (const id of [started.json.id, other.json.id]) expect((await api('admin', 'POST', `/api/instances/${id}/archive`)).status).toBe(200);
    const id = started.json.id as string;

    const member = await signedInPage(suite.browser, suite.stack, 'li.na', 'zh-CN');
    await withFailureShot(member, 'archive-member', async () => {
      await member.goto(`${suite.stack.url}/workspace/archive`);
      await member.waitForSelector(`[data-test=archive-table] [data-instance="${id}"]`);
      // Only her own request: zhang.wei's is not hers to see.
      expect(await member.locator('[data-test=archive-table] .el-table__row').count()).toBe(1);
      await inputOf(member, '[data-test=archive-q]').fill('框架协议');
      await member.click('[data-test=archive-search]');
      await member.waitForSelector(`[data-test=archive-table] [data-instance="${id}"]`);
      await inputOf(member, '[data-test=archive-q]').fill('不存在的关键词');
      await member.click('[data-test=archive-search]');
      await member.waitForSelector('[data-test=archive-page] [data-state=empty]');
      await inputOf(member, '[data-test=archive-q]').fill('续签');
      await member.click('[data-test=archive-search]');
      await member.waitForSelector(`[data-test=archive-table] [data-instance="${id}"]`);
      expect(await member.locator('[data-restore]').count()).toBe(0);
      expect(await member.locator('[data-test=archive-page] h1').textContent()).toBe('归档');
      expect(await critical(member)).toEqual([]);
      await member.screenshot({ path: screenshotPath('archive-zh-CN'), fullPage: true });
      await member.click(`[data-instance="${id}"]`);
      await member.waitForURL((u) => u.pathname === `/workspace/requests/${id}`);
      expect(await member.locator('[data-test=instance-archived]').textContent()).toBe('已归档');
    });
    await member.context().close();

    const admin = await signedInPage(suite.browser, suite.stack, 'admin', 'en');
    await withFailureShot(admin, 'archive-admin', async () => {
      await admin.goto(`${suite.stack.url}/workspace/archive`);
      await admin.waitForSelector('[data-test=archive-table] .el-table__row');
      expect(await admin.locator('[data-test=archive-table] .el-table__row').count()).toBe(2);
      await inputOf(admin, '[data-test=archive-q]').fill('acme');
      await admin.click('[data-test=archive-search]');
      await admin.waitForFunction(() => document.querySelectorAll('[data-test=archive-table] .el-table__row').length === 1);
      expect(await admin.locator('[data-test=archive-table]').textContent()).toContain('Framework contract');
      expect(await critical(admin)).toEqual([]);
      await admin.screenshot({ path: screenshotPath('archive-en'), fullPage: true });

      const [download] = await Promise.all([admin.waitForEvent('download'), admin.click('[data-test=archive-export]')]);
      expect(download.suggestedFilename()).toMatch(/^baton-archive-\d{4}-\d{2}-\d{2}\.csv$/);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      const csv = readFileSync(path!, 'utf8').replace(/^\ufeff/, '').split('\r\n').filter(Boolean);
      expect(csv[0]).toBe('id,title,definition,category,status,initiator,createdAt,finishedAt,archivedAt');
      expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual([id]);

      await admin.click(`[data-restore="${id}"]`);
      await admin.waitForSelector('.el-message--success');
      await admin.waitForSelector('[data-test=archive-page] [data-state=empty]');
    });
    await admin.context().close();

    const mine = await api('li.na', 'GET', '/api/inbox/started');
    expect(mine.json.items.map((i: any) => i.instance.id)).toContain(id);
    expect((await api('li.na', 'GET', `/api/instances/${id}`)).json.archived).toBe(false);
  }, 120_000);
});
