// The instance page with several people, each in their own browser context: a requester submits a
// discount request, the manager approves from the inbox, finance returns it to the requester, who
// edits and resubmits; it resumes at finance and is approved. Then a withdraw, an urge, a transfer,
// an add signer, and someone who is not the assignee: no buttons, and the API refuses them too.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiAs, inputOf, signedInPage, useBrowserStack, withFailureShot } from './harness.ts';

const suite = useBrowserStack();

const flow = {
  key: 'discount-request',
  name: { en: 'Discount request', 'zh-CN': '折扣申请' },
  settings: {
    resubmit: 'resume', withdraw: 'before-first-action',
    title: { en: 'Discount {{discount_rate}}% for {{customer}}', 'zh-CN': '{{customer}} 折扣 {{discount_rate}}%' },
  },
  form: { fields: [
    { key: 'customer', type: 'text', label: { en: 'Customer', 'zh-CN': '客户' }, required: true },
    { key: 'amount', type: 'money', label: { en: 'Deal amount', 'zh-CN': '成交金额' }, required: true, minimum: 1 },
    { key: 'discount_rate', type: 'number', label: { en: 'Discount %', 'zh-CN': '折扣 %' }, required: true, minimum: 0, maximum: 50 },
  ] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', name: { en: 'Manager', 'zh-CN': '直属主管' }, assignees: [{ type: 'users', users: ['wang.lei'] }] },
    { id: 'finance', type: 'approval', name: { en: 'Finance', 'zh-CN': '财务' }, assignees: [{ type: 'users', users: ['chen.jing'] }], fieldPermissions: { discount_rate: 'edit' } },
    { id: 'end', type: 'end', outcome: 'approved' },
  ],
  edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'finance' }, { from: 'finance', to: 'end' }],
};

const api = (user: string, method: string, path: string, body?: unknown) => apiAs(suite.stack, user, method, path, body);
async function startByApi(customer: string): Promise<string> {
  const r = await api('zhang.wei', 'POST', '/api/instances', { definition: flow.key, data: { customer, amount: 20000, discount_rate: 12 } });
  expect(r.status).toBe(201);
  return (r.json.id ?? r.json.instance?.id) as string;
}

async function openRequest(page: Page, id: string) {
  await page.goto(`${suite.stack.url}/workspace/requests/${id}`);
  await page.waitForSelector('[data-test=instance-status]');
}
async function act(page: Page, action: string, fill?: (dialog: Page) => Promise<void>) {
  await page.click(`[data-test=instance-actions] [data-action="${action}"]`);
  await page.waitForSelector('[data-test=action-dialog]', { state: 'visible' });
  if (fill) await fill(page);
  await page.click('[data-test=action-confirm]');
  await page.waitForSelector('[data-test=action-dialog]', { state: 'hidden' });
}
const comment = (page: Page) => page.locator('[data-test=action-comment]').locator('xpath=descendant-or-self::textarea').first();
const buttons = async (page: Page) => page.locator('[data-test=instance-actions] [data-action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
const status = (page: Page) => page.locator('[data-test=instance-status]').getAttribute('data-status');
async function pickUser(page: Page, select: string, user: string) {
  await page.click(`${select} .el-select__wrapper`);
  await page.locator(`.el-select-dropdown:visible .el-select-dropdown__item:has-text("(${user})")`).last().click();
  await page.click('[data-test=action-dialog] .el-dialog__title'); // a multiple select stays open
}
/** Finds a request in the inbox by keyword (the server searches text values) and opens it. */
async function openFromInbox(page: Page, keyword: string) {
  const searched = page.waitForResponse((r) => new URL(r.url()).searchParams.get('q') === keyword);
  await inputOf(page, '[data-test=inbox-search]').fill(keyword);
  await searched;
  await page.waitForFunction(() => document.querySelectorAll('[data-test=inbox-table] .el-table__row').length === 1);
  await page.click('[data-test=inbox-table] .el-table__row a');
  await page.waitForURL((u) => u.pathname.startsWith('/workspace/requests/'));
  await page.waitForSelector('[data-test=instance-status]');
}

beforeAll(async () => {
  expect((await api('admin', 'POST', '/api/definitions', flow)).status).toBe(201);
  expect((await api('admin', 'POST', `/api/definitions/${flow.key}/publish`)).status).toBe(201);
}, 240_000);

describe('workspace: the instance page with several users', () => {
  it('submit, approve, return to the requester, resubmit, resume at finance, approve', async () => {
    const requester = await signedInPage(suite.browser, suite.stack, 'zhang.wei', 'zh-CN');
    let id = '';
    await withFailureShot(requester, 'instance-submit', async () => {
      await requester.goto(`${suite.stack.url}/workspace/start/${flow.key}`);
      await requester.locator('[data-item=customer] input').fill('华东贸易');
      await requester.locator('[data-item=amount] input').fill('50000');
      await requester.locator('[data-item=discount_rate] input').fill('15');
      await requester.click('[data-test=start-submit]');
      await requester.waitForURL((u) => u.pathname === '/workspace/inbox');
      await requester.click('[data-tab=started]');
      await openFromInbox(requester, '华东贸易');
      id = requester.url().split('/').pop()!;
      expect(await status(requester)).toBe('running');
      expect(await buttons(requester)).not.toContain('approve');
    });

    const manager = await signedInPage(suite.browser, suite.stack, 'wang.lei', 'en');
    await withFailureShot(manager, 'instance-manager', async () => {
      await manager.goto(`${suite.stack.url}/workspace/inbox`);
      await manager.waitForSelector('[data-count=todo]');
      await openFromInbox(manager, '华东贸易');
      await manager.waitForSelector('[data-test=instance-actions] [data-action=approve]');
      expect(await buttons(manager)).toEqual(expect.arrayContaining(['approve', 'reject', 'return', 'transfer', 'add-signer']));
      // The manager may not edit anything at this step.
      expect(await manager.locator('[data-item=discount_rate] input').isDisabled()).toBe(true);
      await act(manager, 'approve', (p) => comment(p).fill('Good customer, approved.'));
      await manager.waitForSelector('[data-test=step-list] [data-node=finance][data-state=active]');
      expect(await buttons(manager)).not.toContain('approve');
    });

    const finance = await signedInPage(suite.browser, suite.stack, 'chen.jing', 'en');
    await withFailureShot(finance, 'instance-finance-return', async () => {
      await openRequest(finance, id);
      // Finance may edit the discount rate, and only it.
      expect(await finance.locator('[data-item=discount_rate] input').isDisabled()).toBe(false);
      expect(await finance.locator('[data-item=amount] input').isDisabled()).toBe(true);
      await act(finance, 'return', async (p) => {
        await p.click('[data-test=return-target] [data-target=initiator]');
        await comment(p).fill('Please attach the competitor quote.');
      });
      await finance.waitForSelector('[data-test=instance-status][data-status=returned]');
      expect(await buttons(finance)).not.toContain('approve');
    });

    // The manager is a participant, not the assignee: no decision buttons, and the API refuses them.
    await withFailureShot(manager, 'instance-not-assignee', async () => {
      await openRequest(manager, id);
      expect(await buttons(manager)).not.toEqual(expect.arrayContaining(['approve']));
    });

    await withFailureShot(requester, 'instance-resubmit', async () => {
      await openRequest(requester, id);
      expect(await status(requester)).toBe('returned');
      expect(await requester.locator('[data-test=timeline]').textContent()).toContain('Please attach the competitor quote.');
      await requester.locator('[data-item=amount] input').fill('60000');
      await act(requester, 'resubmit', (p) => comment(p).fill('已补充竞品报价'));
      await requester.waitForSelector('[data-test=instance-status][data-status=running]');
      // It resumes where it was returned: at finance, not at the manager.
      await requester.waitForSelector('[data-test=step-list] [data-node=finance][data-state=active]');
    });

    await withFailureShot(finance, 'instance-finance-approve', async () => {
      await finance.goto(`${suite.stack.url}/workspace/inbox`);
      await openFromInbox(finance, '华东贸易');
      await finance.waitForSelector('[data-test=instance-actions] [data-action=approve]');
      expect(await finance.locator('[data-item=amount] input').inputValue()).toContain('60');
      await finance.locator('[data-item=discount_rate] input').fill('10');
      await act(finance, 'approve');
      await finance.waitForSelector('[data-test=instance-status][data-status=approved]');
      expect(await buttons(finance)).not.toContain('approve');
    });

    const done = await api('zhang.wei', 'GET', `/api/instances/${id}`);
    expect(done.json.status).toBe('approved');
    expect(done.json.data).toMatchObject({ amount: 60000, discount_rate: 10 });
    expect(done.json.tasks.filter((t: { node: string }) => t.node === 'manager')).toHaveLength(1);
    for (const p of [requester, manager, finance]) await p.context().close();
  }, 120_000);

  it('someone who is not the assignee sees no decision buttons and the API refuses them', async () => {
    const id = await startByApi('Northwind');
    const outsider = await signedInPage(suite.browser, suite.stack, 'zhang.wei', 'en'); // the initiator, not the approver
    await withFailureShot(outsider, 'instance-outsider', async () => {
      await openRequest(outsider, id);
      const b = await buttons(outsider);
      for (const decision of ['approve', 'reject', 'return', 'transfer', 'add-signer']) expect(b).not.toContain(decision);
    });
    await outsider.context().close();
    const detail = await api('wang.lei', 'GET', `/api/instances/${id}`);
    const task = detail.json.tasks.find((t: { status: string }) => t.status === 'pending').id as string;
    const refused = await api('zhang.wei', 'POST', `/api/tasks/${task}/approve`, {});
    expect(refused.status).toBe(403);
    expect(refused.json.error.message['zh-CN']).toBeTruthy();
    expect((await api('zhang.wei', 'GET', `/api/instances/${id}`)).json.status).toBe('running');
    // A stranger to the request does not even see it.
    expect((await api('liu.yang', 'GET', `/api/instances/${id}`)).status).toBe(404);
  }, 60_000);

  it('the requester withdraws before anyone acted; the manager’s to-do no longer holds it', async () => {
    const id = await startByApi('Withdrawn Co');
    const requester = await signedInPage(suite.browser, suite.stack, 'zhang.wei', 'en');
    await withFailureShot(requester, 'instance-withdraw', async () => {
      await openRequest(requester, id);
      await act(requester, 'withdraw');
      await requester.waitForSelector('[data-test=instance-status][data-status=withdrawn]');
      expect(await buttons(requester)).not.toContain('withdraw');
    });
    await requester.context().close();
    const todo = await api('wang.lei', 'GET', '/api/inbox/todo?q=Withdrawn');
    expect(todo.json.items).toHaveLength(0);
  }, 60_000);

  it('the requester urges (催办) the manager: the timeline records it, the manager is notified, and a second urge waits for the interval', async () => {
    const id = await startByApi('Urgent GmbH');
    const requester = await signedInPage(suite.browser, suite.stack, 'zhang.wei', 'en');
    await withFailureShot(requester, 'instance-urge', async () => {
      await openRequest(requester, id);
      // The flow's settings.title, rendered by the server in the reader's language.
      expect(await requester.locator('[data-test=instance-head] h1').textContent()).toBe('Discount 12% for Urgent GmbH');
      expect(await buttons(requester)).toContain('urge');
      await act(requester, 'urge', async (p) => { await comment(p).fill('The customer signs on Friday'); });
      await requester.waitForSelector('[data-test=timeline] [data-kind=urged]');
      expect(await requester.locator('[data-test=timeline] [data-kind=urged]').textContent()).toContain('The customer signs on Friday');
      // Within the flow's urge interval (an hour by default) the button is gone.
      expect(await buttons(requester)).not.toContain('urge');
    });
    await requester.context().close();
    const again = await api('zhang.wei', 'POST', `/api/instances/${id}/urge`, {});
    expect(again.status).toBe(429);
    expect(again.json.error.code).toBe('urge-too-soon');
    const urges = (await api('zhang.wei', 'GET', `/api/instances/${id}`)).json.timeline.filter((e: { kind: string; type?: string }) => e.kind === 'event' && e.type === 'urged');
    expect(urges).toHaveLength(1);
    // Only the initiator urges: the approver has no such button and the API refuses them.
    expect((await api('wang.lei', 'POST', `/api/instances/${id}/urge`, {})).status).toBe(403);
    // The manager is told, once.
    await suite.stack.drainOutbox();
    const notices = (await api('wang.lei', 'GET', '/api/notifications')).json.items.filter((n: { instanceId?: string; kind: string }) => n.instanceId === id && n.kind === 'urged');
    expect(notices).toHaveLength(1);
  }, 60_000);

  it('the manager transfers the task; the new assignee gets the buttons, the manager loses them', async () => {
    const id = await startByApi('Transfer Ltd');
    const manager = await signedInPage(suite.browser, suite.stack, 'wang.lei', 'zh-CN');
    await withFailureShot(manager, 'instance-transfer', async () => {
      await openRequest(manager, id);
      await act(manager, 'transfer', async (p) => { await pickUser(p, '[data-test=pick-user]', 'li.na'); });
      await manager.waitForFunction(() => !document.querySelector('[data-test=instance-actions] [data-action=approve]'));
    });
    await manager.context().close();
    const liNa = await signedInPage(suite.browser, suite.stack, 'li.na', 'en');
    await withFailureShot(liNa, 'instance-transferred', async () => {
      await openRequest(liNa, id);
      expect(await buttons(liNa)).toContain('approve');
      await act(liNa, 'approve');
      await liNa.waitForSelector('[data-test=step-list] [data-node=finance][data-state=active]');
    });
    await liNa.context().close();
  }, 60_000);

  it('the manager adds a signer before themselves; the signer decides first, then the manager', async () => {
    const id = await startByApi('Signer Inc');
    const manager = await signedInPage(suite.browser, suite.stack, 'wang.lei', 'en');
    await withFailureShot(manager, 'instance-add-signer', async () => {
      await openRequest(manager, id);
      await act(manager, 'add-signer', async (p) => {
        await pickUser(p, '[data-test=pick-users]', 'sarah.chen');
        await p.click('[data-test=signer-position] [data-position=before]');
      });
      await manager.waitForSelector('[data-test=step-list] [data-node=manager]:has-text("Sarah")');
    });
    const sarah = await signedInPage(suite.browser, suite.stack, 'sarah.chen', 'en');
    await withFailureShot(sarah, 'instance-signer', async () => {
      await openRequest(sarah, id);
      expect(await buttons(sarah)).toContain('approve');
      await act(sarah, 'approve');
      await sarah.waitForFunction(() => !document.querySelector('[data-test=instance-actions] [data-action=approve]'));
    });
    await withFailureShot(manager, 'instance-after-signer', async () => {
      await openRequest(manager, id);
      await act(manager, 'approve');
      await manager.waitForSelector('[data-test=step-list] [data-node=finance][data-state=active]');
    });
    for (const p of [manager, sarah]) await p.context().close();
  }, 60_000);

  it('a refusal from the server shows in the UI language, and nothing changes', async () => {
    const id = await startByApi('Stale Page');
    const manager = await signedInPage(suite.browser, suite.stack, 'wang.lei', 'zh-CN');
    await withFailureShot(manager, 'instance-refusal', async () => {
      await openRequest(manager, id);
      // Meanwhile the same task is decided elsewhere (another tab, the API).
      const task = (await api('wang.lei', 'GET', `/api/instances/${id}`)).json.tasks.find((t: { status: string }) => t.status === 'pending').id as string;
      const other = await api('wang.lei', 'POST', `/api/tasks/${task}/reject`, { comment: 'from another tab' });
      expect(other.status).toBe(200);
      await manager.click('[data-test=instance-actions] [data-action=approve]');
      await manager.click('[data-test=action-confirm]');
      const alert = manager.locator('[data-test=action-error]');
      await alert.waitFor();
      const text = (await alert.textContent()) ?? '';
      // The server's Chinese message, as the UI is in Chinese.
      const refusal = await api('wang.lei', 'POST', `/api/tasks/${task}/approve`, {});
      expect(refusal.status).toBe(409);
      expect(text.trim()).toBe(refusal.json.error.message['zh-CN']);
      expect(text).toMatch(/[\u4e00-\u9fff]/);
    });
    await manager.context().close();
    expect((await api('zhang.wei', 'GET', `/api/instances/${id}`)).json.status).toBe('rejected');
  }, 60_000);

  it('batch approve in the to-do list approves the selected tasks that need no input', async () => {
    const ids = [await startByApi('Batch One'), await startByApi('Batch Two')];
    const manager = await signedInPage(suite.browser, suite.stack, 'wang.lei', 'en');
    await withFailureShot(manager, 'inbox-batch', async () => {
      await manager.goto(`${suite.stack.url}/workspace/inbox`);
      const searched = manager.waitForResponse((r) => r.url().includes('q=Batch'));
      await inputOf(manager, '[data-test=inbox-search]').fill('Batch');
      await searched;
      await manager.waitForFunction(() => document.querySelectorAll('[data-test=inbox-table] .el-table__row').length === 2);
      expect(await manager.locator('[data-test=batch-approve]').isDisabled()).toBe(true);
      await manager.click('[data-test=inbox-table] .el-table__header .el-checkbox');
      await manager.click('[data-test=batch-approve]');
      await manager.waitForSelector('.el-message--success');
      await manager.waitForFunction(() => document.querySelectorAll('[data-test=inbox-table] .el-table__row').length === 0);
    });
    await manager.context().close();
    for (const id of ids) {
      const d = (await api('wang.lei', 'GET', `/api/instances/${id}`)).json;
      expect(d.tasks.find((t: { node: string }) => t.node === 'manager').status).toBe('approved');
      expect(d.graph.nodes.find((n: { id: string }) => n.id === 'finance').state).toBe('active');
    }
  }, 60_000);

  it('the requester CCs a colleague, who finds it under CC’d to me and may read but not decide', async () => {
    const id = await startByApi('CC Partners');
    const requester = await signedInPage(suite.browser, suite.stack, 'zhang.wei', 'en');
    await withFailureShot(requester, 'instance-cc', async () => {
      await openRequest(requester, id);
      await act(requester, 'cc', async (p) => {
        await pickUser(p, '[data-test=pick-users]', 'li.na');
        await comment(p).fill('FYI');
      });
      await requester.waitForSelector('.el-message--success');
    });
    await requester.context().close();
    const colleague = await signedInPage(suite.browser, suite.stack, 'li.na', 'zh-CN');
    await withFailureShot(colleague, 'inbox-cc', async () => {
      await colleague.goto(`${suite.stack.url}/workspace/inbox`);
      await colleague.waitForSelector('[data-count=cc]');
      await colleague.click('[data-tab=cc]');
      await openFromInbox(colleague, 'CC Partners');
      expect(colleague.url()).toContain(id);
      const b = await buttons(colleague);
      for (const decision of ['approve', 'reject', 'return', 'transfer', 'add-signer', 'withdraw']) expect(b).not.toContain(decision);
    });
    await colleague.context().close();
  }, 60_000);

  it('the manager adds a signer alongside and removes them again (减签)', async () => {
    const id = await startByApi('Remove Signer');
    const manager = await signedInPage(suite.browser, suite.stack, 'wang.lei', 'en');
    await withFailureShot(manager, 'instance-remove-signer', async () => {
      await openRequest(manager, id);
      expect(await buttons(manager)).not.toContain('remove-signer');
      await act(manager, 'add-signer', async (p) => {
        await pickUser(p, '[data-test=pick-users]', 'tom.baker');
        await p.click('[data-test=signer-position] [data-position=parallel]');
      });
      await manager.waitForSelector('[data-test=instance-actions] [data-action=remove-signer]');
      await act(manager, 'remove-signer', (p) => pickUser(p, '[data-test=pick-removable]', 'tom.baker'));
      await manager.waitForFunction(() => !document.querySelector('[data-test=instance-actions] [data-action=remove-signer]'));
    });
    await manager.context().close();
    const d = (await api('wang.lei', 'GET', `/api/instances/${id}`)).json;
    expect(d.tasks.filter((t: { user: string; status: string }) => t.user === 'tom.baker' && t.status === 'pending')).toHaveLength(0);
  }, 60_000);
});
