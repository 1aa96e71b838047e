// The notifications bell in the real app: li.na's requests give wang.lei tasks; the outbox writes
// the notices; wang.lei sees the unread badge, opens the drawer, a click marks one read and opens
// the request (count goes down), "mark all read" clears it; each notice's title is served in the
// UI's language (the bell sends it as Accept-Language, ahead of the saved email language). Opening
// Baton in a language saves nothing; only switching the UI language sets wang.lei's email
// language. Desktop and 390x844, zh-CN and en, screenshots in test-results/screenshots; axe on
// the open drawer (no critical or serious issue).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshotPath, signedInPage, useBrowserStack, withFailureShot, apiAs } from './harness.ts';

const suite = useBrowserStack();

const flow = {
  key: 'bell-flow',
  name: { en: 'Travel request', 'zh-CN': '出差申请' },
  form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount', 'zh-CN': '金额' }, required: true }] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', name: { en: 'Manager', 'zh-CN': '直属主管' }, assignees: [{ type: 'users', users: ['wang.lei'] }] },
    { id: 'end', type: 'end' },
  ],
  edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'end' }],
};

const api = (user: string, method: string, path: string, body?: unknown) => apiAs(suite.stack, user, method, path, body);

async function startRequests(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await api('li.na', 'POST', '/api/instances', { definition: flow.key, data: { amount: 100 + i } });
    expect(r.status).toBe(201);
    ids.push(r.json.id);
  }
  await suite.stack.drainOutbox();
  return ids;
}

const unreadOnServer = async () => (await api('wang.lei', 'GET', '/api/notifications/unread-count')).json.unread as number;
const emailLanguage = async () => (await api('wang.lei', 'GET', '/api/notifications/settings')).json.locale as string;
const badge = (page: Page) => page.locator('[data-test=notifications-count]');
/** Waits for the drawer's slide-in (CSS transitions) to finish, for screenshots and axe. */
const settled = (page: Page) => page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));

const seriousAxe = (page: Page, include: string) => axeViolations(page, { include, impacts: ['critical', 'serious'] });

describe('notifications bell', () => {
  it('shows wang.lei his new tasks; opening one marks it read and opens the request', async () => {
    expect((await api('xu.ting', 'POST', '/api/definitions', flow)).status).toBe(201);
    expect((await api('xu.ting', 'POST', `/api/definitions/${flow.key}/publish`)).status).toBe(201);
    const ids = await startRequests(2);
    const before = await unreadOnServer();
    expect(before).toBeGreaterThanOrEqual(2);

    const page = await signedInPage(suite.browser, suite.stack, 'wang.lei', 'zh-CN');
    await withFailureShot(page, 'notifications-zh', async () => {
      await expect.poll(() => badge(page).textContent()).toBe(String(before));
      await page.click('[data-test=notifications-bell]');
      const drawer = page.locator('[data-test=notifications-drawer]');
      await drawer.locator('[data-test=notification-item]').first().waitFor();
      expect(await drawer.locator('[data-test=notification-item][data-read=false]').count()).toBe(before);
      await expect.poll(() => drawer.textContent()).toContain('直属主管');
      expect(await drawer.locator('[data-test=notification-title]').first().textContent()).toBe('出差申请 · 李娜');
      await settled(page);
      await page.screenshot({ path: screenshotPath('notifications-drawer-zh-CN') });
      expect(await seriousAxe(page, '.notifications-drawer')).toEqual([]);

      // The newest notice is the second request's task: a click opens it and the count drops.
      await drawer.locator('[data-test=notification-item]').first().click();
      await page.waitForURL((u) => u.pathname === `/workspace/requests/${ids[1]}`);
      await expect.poll(() => badge(page).textContent()).toBe(String(before - 1));
      expect(await unreadOnServer()).toBe(before - 1);
    });
  });

  it('marks all read, and a new task raises the badge on the next route change', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'wang.lei', 'en');
    await withFailureShot(page, 'notifications-en', async () => {
      await badge(page).waitFor();
      await page.click('[data-test=notifications-bell]');
      const drawer = page.locator('[data-test=notifications-drawer]');
      await drawer.locator('[data-test=notification-item]').first().waitFor();
      await expect.poll(() => drawer.textContent()).toContain('is waiting for you at "Manager"');
      expect(await drawer.locator('[data-test=notification-title]').first().textContent()).toBe('Travel request · 李娜');
      // An English page is no choice: wang.lei's emails keep the default language.
      expect(await emailLanguage()).toBe('zh-CN');
      await settled(page);
      await page.screenshot({ path: screenshotPath('notifications-drawer-en') });
      await drawer.locator('[data-test=notifications-read-all]').click();
      await expect.poll(() => badge(page).count()).toBe(0);
      expect(await unreadOnServer()).toBe(0);
      expect(await drawer.locator('[data-test=notification-item][data-read=false]').count()).toBe(0);
      await page.keyboard.press('Escape');

      await startRequests(1);
      await page.goto(`${suite.stack.url}/workspace/inbox`);
      await expect.poll(() => badge(page).textContent()).toBe('1');
      expect(await emailLanguage()).toBe('zh-CN');
      // Switching the UI language sets the language of wang.lei's emails, each way.
      await page.click('[data-test=locale-switch] >> text=中文');
      await expect.poll(emailLanguage).toBe('zh-CN');
      await page.click('[data-test=locale-switch] >> text=EN');
      await expect.poll(emailLanguage).toBe('en');
    });
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`fits a 390x844 phone (${locale})`, async () => {
      await startRequests(1);
      const page = await signedInPage(suite.browser, suite.stack, 'wang.lei', locale, 'phone');
      await withFailureShot(page, `notifications-phone-${locale}`, async () => {
        await badge(page).waitFor();
        const bell = await page.locator('[data-test=notifications-bell]').boundingBox();
        expect(bell).not.toBeNull();
        expect(bell!.x + bell!.width).toBeLessThanOrEqual(390.5);
        await page.click('[data-test=notifications-bell]');
        const drawer = page.locator('[data-test=notifications-drawer]');
        await drawer.locator('[data-test=notification-item]').first().waitFor();
        // wang.lei switched to English on the desktop test; the page's language still titles the
        // list (a zh-CN page reads zh-CN) and loading it leaves his email language as it was.
        expect(await drawer.locator('[data-test=notification-title]').first().textContent()).toBe(locale === 'en' ? 'Travel request · 李娜' : '出差申请 · 李娜');
        expect(await emailLanguage()).toBe('en');
        await settled(page);
        const box = await drawer.boundingBox();
        expect(box!.width).toBeLessThanOrEqual(390.5);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: screenshotPath(`notifications-phone-${locale}`) });
        expect(await seriousAxe(page, '.notifications-drawer')).toEqual([]);
        await drawer.locator('[data-test=notification-item][data-read=false]').first().click();
        await page.waitForURL((u) => u.pathname.startsWith('/workspace/requests/'));
      });
    });
  }
});
