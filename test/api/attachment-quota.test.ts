// The per-user upload limits over HTTP on SQLite and PostgreSQL: the quota on uploads no request or
// record holds (413 upload-quota with the file's size and the room left, storing nothing; a draft
// does not lift it), the throttled slow check (a refusal loop runs it once per
// attachmentHeldCheckMinutes), the hourly count of attempts stored or refused (429 upload-rate
// with Retry-After), and the uploader's own pending list and delete. Time is the fake clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';
import { attachmentClient, HOUR, KIB, MINUTE, pdfOf, setUpAttachmentFlow } from './attachment-fixtures.ts';

const cluster = usePgCluster();

for (const dialect of DIALECTS) {
  describe(`upload quota on ${dialect}`, () => {
    let s: TestServer;
    const c = attachmentClient(() => s);
    const heldChecks = async (user: string) => Number((await s.store.db.selectFrom('attachment_quota_events').select((eb) => eb.fn.countAll().as('n'))
      .where('user_id', '=', user).where('kind', '=', 'held-check').executeTakeFirstOrThrow()).n);
    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg, { attachmentPendingQuotaBytes: 16 * KIB, attachmentUploadsPerHour: 12, sessionTtlSeconds: 365 * 86400 });
      await setUpAttachmentFlow(s);
    }, 60_000);
    afterAll(() => s?.close());

    it('refuses an upload past the pending quota with 413 upload-quota, the file size and room left, and stores nothing', async () => {
      const a = await c.uploaded('li.na', pdfOf(5 * KIB));
      await c.uploaded('li.na', pdfOf(5 * KIB));
      await c.uploaded('li.na', pdfOf(5 * KIB));
      const before = await c.rows();
      const over = await c.upload('li.na', pdfOf(2 * KIB));
      expect(over.status).toBe(413);
      expect(over.body.error).toMatchObject({ code: 'upload-quota', details: { quotaBytes: 16 * KIB, pendingBytes: 15 * KIB, fileBytes: 2 * KIB, roomBytes: 1 * KIB } });
      expect(over.body.error.message.en).toContain('This file (2 KB) does not fit');
      expect(over.body.error.message.en).toContain('15 KB of the 16 KB allowed, 1 KB left');
      expect(over.body.error.message['zh-CN']).toContain('剩余 1 KB');
      expect(await c.rows()).toBe(before);
      // What still fits is accepted (exactly up to the quota), and another user has a quota of their own.
      await c.uploaded('li.na', pdfOf(1 * KIB));
      expect((await c.upload('li.na', pdfOf(1))).body.error.details.roomBytes).toBe(0);
      await c.uploaded('zhang.wei', pdfOf(5 * KIB));
      expect(await c.download('li.na', a.id)).toBe(200);
    });

    it('stops counting files once a request holds them, found by the slow check at most once per 5 minutes', async () => {
      const pending = (await s.store.db.selectFrom('attachments').select(['id', 'name', 'size', 'content_type']).where('uploaded_by', '=', 'li.na').orderBy('created_at').execute())
        .map((r) => ({ id: r.id, name: r.name, size: Number(r.size), contentType: r.content_type }));
      expect(pending).toHaveLength(4);
      expect((await c.start('li.na', pending.slice(0, 2))).status).toBe(201);
      // The check ran for li.na at the refusals above: not again yet, so still refused.
      expect((await c.upload('li.na', pdfOf(9 * KIB))).body.error.code).toBe('upload-quota');
      expect(await heldChecks('li.na')).toBe(1);
      s.clock.advance(5 * MINUTE);
      expect((await c.upload('li.na', pdfOf(9 * KIB))).status).toBe(201);
      expect(await heldChecks('li.na')).toBe(2);
      expect((await c.upload('li.na', pdfOf(2 * KIB))).body.error.code).toBe('upload-quota');
    });

    it('runs the slow check once in a loop of refusals, and counts the refusals toward the hourly rate (429 with Retry-After)', async () => {
      await c.uploaded('chen.jing', pdfOf(8 * KIB));
      s.clock.advance(10 * MINUTE);
      await c.uploaded('chen.jing', pdfOf(8 * KIB));
      const before = await c.rows();
      for (let i = 0; i < 10; i++) expect((await c.upload('chen.jing', pdfOf(KIB))).body.error.code).toBe('upload-quota');
      expect(await heldChecks('chen.jing')).toBe(1);
      expect(await c.rows()).toBe(before);
      // 2 stored + 10 refused = 12 attempts this hour: the 13th is refused for the rate, until the
      // first upload (50 minutes old) leaves the window.
      const limited = await c.upload('chen.jing', pdfOf(KIB));
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('3000');
      expect(limited.body.error).toMatchObject({ code: 'upload-rate', details: { limit: 12, windowSeconds: 3600, retryAfterSeconds: 3000 } });
      s.clock.advance(3000_000 - 1);
      expect((await c.upload('chen.jing', pdfOf(KIB))).status).toBe(429);
      s.clock.advance(1);
      expect((await c.upload('chen.jing', pdfOf(KIB))).body.error.code).toBe('upload-quota');
    });

    it('refuses the upload past the hourly count with 429 upload-rate, stores nothing, and accepts again an hour later', async () => {
      for (let i = 0; i < 12; i++) await c.uploaded('sun.li', pdfOf(100));
      const before = await c.rows();
      const r = await c.upload('sun.li', pdfOf(100));
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('3600');
      expect(r.body.error).toMatchObject({ code: 'upload-rate', details: { limit: 12, windowSeconds: 3600 } });
      expect(r.body.error.message['zh-CN']).toContain('秒后再试');
      expect(await c.rows()).toBe(before);
      expect((await c.upload('zhou.xin', pdfOf(100))).status).toBe(201); // the count is per user
      s.clock.advance(HOUR - 1);
      expect((await c.upload('sun.li', pdfOf(100))).status).toBe(429);
      s.clock.advance(2);
      expect((await c.upload('sun.li', pdfOf(100))).status).toBe(201);
    });

    it('does not let a draft lift the quota: files named only by a draft still count, even after the check runs', async () => {
      const a = await c.uploaded('zhao.ming', pdfOf(8 * KIB));
      const b = await c.uploaded('zhao.ming', pdfOf(8 * KIB));
      const draft = await c.saveDraft('zhao.ming', [a, b]);
      s.clock.advance(6 * MINUTE);
      const over = await c.upload('zhao.ming', pdfOf(KIB));
      expect(over.body.error).toMatchObject({ code: 'upload-quota', details: { pendingBytes: 16 * KIB } });
      await c.discardDraft('zhao.ming', draft);
      s.clock.advance(6 * MINUTE);
      expect((await c.upload('zhao.ming', pdfOf(KIB))).status).toBe(413);
      // Nothing was marked held along the way: the sweep still decides about both files.
      const held = await s.store.db.selectFrom('attachments').select('id').where('uploaded_by', '=', 'zhao.ming').where('held_at', 'is not', null).execute();
      expect(held).toEqual([]);
      // Deleting an upload of one's own makes room.
      expect((await s.call('DELETE', `/api/attachments/${a.id}`, { token: await s.token('zhao.ming') })).status).toBe(204);
      expect((await c.upload('zhao.ming', pdfOf(KIB))).status).toBe(201);
    });
  });

  describe(`own pending uploads on ${dialect}`, () => {
    let s: TestServer;
    const c = attachmentClient(() => s);
    const pending = async (user: string) => s.call('GET', '/api/attachments/mine/pending', { token: await s.token(user) });
    const remove = async (user: string, id: string) => s.call('DELETE', `/api/attachments/${encodeURIComponent(id)}`, { token: await s.token(user) });
    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg, { attachmentPendingQuotaBytes: 64 * KIB });
      await setUpAttachmentFlow(s);
    }, 60_000);
    afterAll(() => s?.close());

    it('lists the uploader\'s unheld files newest first, drafts\' included, not requests\' and not others\'', async () => {
      const inRequest = await c.uploaded('li.na', pdfOf(1000), 'request.pdf');
      const inDraft = await c.uploaded('li.na', pdfOf(1100), 'draft.pdf');
      s.clock.advance(1000);
      const loose = await c.uploaded('li.na', pdfOf(1200), 'loose.pdf');
      await c.uploaded('wang.lei', pdfOf(1300));
      expect((await c.start('li.na', [inRequest])).status).toBe(201);
      await c.saveDraft('li.na', [inDraft]);
      const r = await pending('li.na');
      expect(r.status).toBe(200);
      expect(r.body).toEqual({
        items: [
          { id: loose.id, name: 'loose.pdf', size: 1200, contentType: 'application/pdf', createdAt: s.clock.now().toISOString() },
          { id: inDraft.id, name: 'draft.pdf', size: 1100, contentType: 'application/pdf', createdAt: new Date(s.clock.now().getTime() - 1000).toISOString() },
        ],
        truncated: false, pendingFiles: 2, pendingBytes: 2300, quotaBytes: 64 * KIB, clearedAfterHours: 24,
      });
      expect((await pending('xu.ting')).body).toMatchObject({ items: [], pendingFiles: 0, pendingBytes: 0 });
    });

    it('bounds the list at 200 and says it is cut', async () => {
      const at = s.clock.now().toISOString();
      for (let i = 0; i < 201; i++) {
        await s.store.db.insertInto('attachments').values({ id: `att_many-${String(i).padStart(3, '0')}`, name: 'm.pdf', content_type: 'application/pdf', size: 1, sha256: 'x', content: new Uint8Array(1), uploaded_by: 'gao.feng', created_at: at }).execute();
      }
      const r = await pending('gao.feng');
      expect(r.body.items).toHaveLength(200);
      expect(r.body).toMatchObject({ truncated: true, pendingFiles: 201, pendingBytes: 201 });
      expect(r.body.items[0].id).toBe('att_many-200');
    });

    it('deletes an own upload nothing lasting holds (204, then 404), and refuses others\' (404) and held ones (409)', async () => {
      const mine = await c.uploaded('sarah.chen', pdfOf(700));
      const drafted = await c.uploaded('sarah.chen', pdfOf(701));
      const held = await c.uploaded('sarah.chen', pdfOf(702));
      await c.saveDraft('sarah.chen', [drafted]);
      expect((await c.start('sarah.chen', [held])).status).toBe(201);

      const other = await remove('zhao.ming', mine.id);
      expect(other.status).toBe(404);
      expect(other.body.error).toMatchObject({ code: 'not-found', message: { en: 'Attachment not found.', 'zh-CN': '附件不存在。' } });
      expect(await c.download('sarah.chen', mine.id)).toBe(200);

      const refused = await remove('sarah.chen', held.id);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('attachment-held');
      expect(refused.body.error.message['zh-CN']).toContain('无法删除');
      expect(await c.download('zhao.ming', held.id)).toBe(200); // the approver still sees it
      expect((await remove('sarah.chen', held.id)).status).toBe(409); // now known held: no pass

      expect((await remove('sarah.chen', mine.id)).status).toBe(204);
      expect(await c.download('sarah.chen', mine.id)).toBe(404);
      expect((await remove('sarah.chen', mine.id)).status).toBe(404);
      expect((await remove('sarah.chen', drafted.id)).status).toBe(204); // a draft does not hold it
      expect((await remove('sarah.chen', 'att_no-such-file')).status).toBe(404);
      expect((await remove('sarah.chen', 'not an id')).status).toBe(404);
      expect((await pending('sarah.chen')).body).toMatchObject({ items: [], pendingFiles: 0 });
    });

    it('answers 401 to the list and the delete without a token', async () => {
      expect((await s.call('GET', '/api/attachments/mine/pending')).status).toBe(401);
      expect((await s.call('DELETE', '/api/attachments/att_x')).status).toBe(401);
    });
  });
}
