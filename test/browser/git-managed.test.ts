// A flow managed in git, in a real browser: the designer shows the banner in the UI language,
// Save and Publish are off, "Copy to draft" duplicates it under a new key and opens the copy,
// which has no banner and saves; the original's draft on the server is untouched. On the versions
// page its Restore buttons are off (the server refuses a restore from the studio).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiAs, signedInPage, withFailureShot, useBrowserStack } from './harness.ts';

const suite = useBrowserStack();

describe('git-managed flows in the designer', () => {
  it('shows the banner, refuses editing, and copies to a draft that opens and saves', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'xu.ting', 'en');
    await withFailureShot(page, 'git-managed', async () => {
      const discount = JSON.parse(readFileSync(new URL('../../templates/discount-approval/workflow.json', import.meta.url), 'utf8'));
      delete discount.$schema;
      const designer = (method: string, path: string, body?: unknown) => apiAs(suite.stack, 'xu.ting', method, path, body);
      const flow = { ...discount, key: 'git-discount', managedBy: 'git' };
      expect((await designer('POST', '/api/definitions', flow)).status).toBe(201);
      const before = (await designer('GET', '/api/definitions/git-discount')).headers.get('etag');

      await page.goto(`${suite.stack.url}/studio/flows/git-discount/designer`);
      const banner = page.locator('[data-test=git-managed-banner]');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('Managed in git — changes here are not allowed');
      expect(await page.locator('[data-test=save]').isDisabled()).toBe(true);
      expect(await page.locator('[data-test=publish]').isDisabled()).toBe(true);

      await page.click('[data-test=copy-to-draft]');
      const input = page.locator('.el-message-box input');
      expect(await input.inputValue()).toBe('git-discount-copy');
      await input.fill('my-discount');
      await page.click('.el-message-box .el-button--primary');
      await page.waitForURL('**/studio/flows/my-discount/designer');
      await page.waitForSelector('[data-test=designer]');
      await page.waitForSelector('.flow-name:has-text("(copy)")');
      expect(await page.locator('[data-test=git-managed-banner]').count()).toBe(0);
      expect(await page.locator('[data-test=save]').isDisabled()).toBe(false);

      // The copy is the studio's: an edit saves.
      const copied = await designer('GET', '/api/definitions/my-discount');
      expect((copied.json as { draft: { managedBy?: string } }).draft.managedBy).toBeUndefined();
      await page.click('[data-test=auto-layout]');
      await page.waitForSelector('[data-test=dirty]');
      await page.click('[data-test=save]');
      await page.waitForSelector('[data-test=dirty]', { state: 'detached' });
      const saved = await designer('GET', '/api/definitions/my-discount');
      expect(saved.headers.get('etag')).not.toBe(copied.headers.get('etag'));
      expect((await designer('GET', '/api/definitions/git-discount')).headers.get('etag')).toBe(before);

      // A taken key is refused with the server's message, and nothing opens.
      await page.goto(`${suite.stack.url}/studio/flows/git-discount/designer`);
      await page.locator('[data-test=git-managed-banner]').waitFor();
      await page.click('[data-test=copy-to-draft]');
      await page.locator('.el-message-box input').fill('my-discount');
      await page.click('.el-message-box .el-button--primary');
      await page.waitForSelector('.el-message--error:has-text("Copy failed")');
      expect(page.url()).toContain('/studio/flows/git-discount/designer');
    });
  });

  it('offers no restore of a version on the versions page (only baton push may change the draft)', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'xu.ting', 'en');
    await withFailureShot(page, 'git-managed-versions', async () => {
      // Published as `baton push --publish` does.
      const pushed = await apiAs(suite.stack, 'xu.ting', 'POST', '/api/definitions/git-discount/publish', {}, { 'baton-managed-push': 'git' });
      expect(pushed.status).toBe(201);
      await page.goto(`${suite.stack.url}/studio/flows/git-discount/versions`);
      const restore = page.locator('[data-restore-version="1"]');
      await restore.waitFor();
      expect(await restore.isDisabled()).toBe(true);
      expect(await restore.getAttribute('title')).toContain('Managed in git');
      // A flow of the studio's own keeps the button.
      expect((await apiAs(suite.stack, 'xu.ting', 'POST', '/api/definitions/my-discount/publish', {})).status).toBe(201);
      await page.goto(`${suite.stack.url}/studio/flows/my-discount/versions`);
      await page.locator('[data-restore-version="1"]').waitFor();
      expect(await page.locator('[data-restore-version="1"]').isDisabled()).toBe(false);
    });
  });

  it('the banner speaks Chinese in a Chinese UI', async () => {
    const page = await signedInPage(suite.browser, suite.stack, 'xu.ting', 'zh-CN');
    await withFailureShot(page, 'git-managed-zh', async () => {
      await page.goto(`${suite.stack.url}/studio/flows/git-discount/designer`);
      const banner = page.locator('[data-test=git-managed-banner]');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('由 git 管理 — 不允许在此修改');
      expect(await page.locator('[data-test=copy-to-draft]').textContent()).toContain('复制为草稿');
    });
  });
});
