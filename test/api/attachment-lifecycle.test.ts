// The orphan sweep over HTTP on SQLite and PostgreSQL, in two phases: a sweep marks old uploads
// nothing names and a sweep at least attachmentSweepMarginMinutes later deletes those still
// unnamed (404 after). Files a started request, a record, an archived request or a deleted record
// names are marked held for good; a file named only by a draft is kept pending and looked at
// again later (deleted once the draft is discarded); young files are kept; concurrent sweeps mark
// and delete each orphan once; one audit row per sweep; admins only; the admin usage figures (a
// draft's file counts as pending). The quota is in attachment-quota.test.ts. Time is the fake clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';
import { attachmentClient, contractType, flow, HOUR, MINUTE, pdfOf, setUpAttachmentFlow } from './attachment-fixtures.ts';
import type { FileValue } from './attachment-fixtures.ts';

const cluster = usePgCluster();

for (const dialect of DIALECTS) {
  describe(`orphan sweep and usage on ${dialect}`, () => {
    let s: TestServer;
    const c = attachmentClient(() => s);
    let files: Record<'inRequest' | 'inDraft' | 'inRecord', FileValue>;
    beforeAll(async () => {
      // Session tokens outlive the days the fake clock moves through.
      s = await startTestServer(dialect, cluster.pg, { sessionTtlSeconds: 365 * 86400 });
      await setUpAttachmentFlow(s);
    }, 60_000);
    afterAll(() => s?.close());
    const sweep = async (user = 'admin') => s.call('POST', '/api/admin/attachments/sweep', { token: await s.token(user) });
    const sweepAudits = async () => (await s.store.db.selectFrom('audit').select(['actor', 'detail']).where('action', '=', 'attachment.sweep').orderBy('seq').execute())
      .map((r) => ({ actor: r.actor, detail: JSON.parse(r.detail) as Record<string, unknown> }));

    it('marks an old orphan, deletes it a margin later (404 after); keeps what a request or record names, and a draft\'s file pending; keeps young ones', async () => {
      const orphan = await c.uploaded('li.na', pdfOf(3000));
      const inRequest = await c.uploaded('li.na', pdfOf(1000));
      const inDraft = await c.uploaded('li.na', pdfOf(1100));
      const inRecord = await c.uploaded('li.na', pdfOf(1200));
      expect((await c.start('li.na', [inRequest])).status).toBe(201);
      await c.saveDraft('li.na', [inDraft]);
      const rec = await s.call('POST', `/api/records/${contractType.key}`, { token: await s.token('li.na'), body: { values: { name: 'ACME 2026', scan: [inRecord] } } });
      expect(rec.status, JSON.stringify(rec.body)).toBe(201);
      files = { inRequest, inDraft, inRecord };

      // Inside the window nothing is looked at, orphan or not.
      s.clock.advance(23 * HOUR);
      const early = await sweep();
      expect(early.status).toBe(200);
      expect(early.body).toMatchObject({ checked: 0, marked: 0, deleted: 0, deletedBytes: 0, held: 0, kept: 0 });

      s.clock.advance(HOUR + 1);
      const young = await c.uploaded('li.na', pdfOf(500));
      const mark = await sweep();
      expect(mark.body).toMatchObject({ checked: 4, marked: 1, deleted: 0, held: 2, kept: 1, olderThan: new Date(s.clock.now().getTime() - 24 * HOUR).toISOString() });
      expect(await c.download('li.na', orphan.id)).toBe(200);

      // Not yet a margin after the mark: nothing deleted, and nothing looked at again.
      s.clock.advance(15 * MINUTE - 1);
      expect((await sweep()).body).toMatchObject({ checked: 0, deleted: 0 });
      s.clock.advance(1);
      expect((await sweep()).body).toMatchObject({ checked: 1, marked: 0, deleted: 1, deletedBytes: 3000, held: 0, kept: 0 });
      expect(await c.download('li.na', orphan.id)).toBe(404);
      for (const f of [inRequest, inDraft, inRecord, young]) expect(await c.download('li.na', f.id), f.id).toBe(200);
      expect(await c.download('wang.lei', inRequest.id)).toBe(200); // the approver still sees it

      // A day on: the young file is old (marked, then deleted); the draft's file is looked at again and kept.
      s.clock.advance(25 * HOUR);
      expect((await sweep()).body).toMatchObject({ checked: 2, marked: 1, kept: 1, deleted: 0, held: 0 });
      s.clock.advance(15 * MINUTE);
      expect((await sweep()).body).toMatchObject({ checked: 1, deleted: 1, deletedBytes: 500 });
      expect(await c.download('li.na', young.id)).toBe(404);
      for (const f of [inRequest, inDraft, inRecord]) expect(await c.download('li.na', f.id)).toBe(200);
    });

    it('keeps a file of an archived request and of a deleted record; a discarded draft\'s file is swept, a kept one too once its draft goes', async () => {
      const archivedFile = await c.uploaded('sarah.chen', pdfOf(700));
      const deletedRecordFile = await c.uploaded('sarah.chen', pdfOf(701));
      const droppedDraftFile = await c.uploaded('sarah.chen', pdfOf(702));
      const laterDroppedFile = await c.uploaded('sarah.chen', pdfOf(703));
      const started = await c.start('sarah.chen', [archivedFile]);
      expect((await s.call('POST', `/api/tasks/${started.body.tasks[0].id}/approve`, { token: await s.token('zhao.ming'), body: {} })).status).toBe(200);
      expect((await s.call('POST', `/api/instances/${started.body.id}/archive`, { token: await s.token('admin') })).status).toBe(200);
      const rec = await s.call('POST', `/api/records/${contractType.key}`, { token: await s.token('sarah.chen'), body: { values: { name: 'Old deal', scan: [deletedRecordFile] } } });
      expect(rec.status).toBe(201);
      expect((await s.call('DELETE', `/api/records/${contractType.key}/${rec.body.id}`, { token: await s.token('sarah.chen') })).status).toBeLessThan(300);
      await c.discardDraft('sarah.chen', await c.saveDraft('sarah.chen', [droppedDraftFile]));
      const kept = await c.saveDraft('sarah.chen', [laterDroppedFile]);
      s.clock.advance(25 * HOUR);
      // li.na's draft file of the first test is due for another look too (kept a window ago).
      expect((await sweep()).body).toMatchObject({ checked: 5, marked: 1, held: 2, kept: 2, deleted: 0 });
      s.clock.advance(15 * MINUTE);
      expect((await sweep()).body).toMatchObject({ checked: 1, deleted: 1, deletedBytes: 702 });
      expect(await c.download('sarah.chen', droppedDraftFile.id)).toBe(404);
      expect(await c.download('sarah.chen', archivedFile.id)).toBe(200);
      expect(await c.download('sarah.chen', deletedRecordFile.id)).toBe(200);
      // The draft goes: the next look (a window later) marks its file, the one after deletes it.
      await c.discardDraft('sarah.chen', kept);
      s.clock.advance(24 * HOUR);
      expect((await sweep()).body).toMatchObject({ marked: 1, deleted: 0 });
      s.clock.advance(15 * MINUTE);
      expect((await sweep()).body).toMatchObject({ deleted: 1, deletedBytes: 703 });
      expect(await c.download('sarah.chen', laterDroppedFile.id)).toBe(404);
    });

    it('writes one audit row per admin sweep, with the counts and who asked', async () => {
      const audits = await sweepAudits();
      expect(audits).toHaveLength(10);
      expect(new Set(audits.map((a) => a.actor))).toEqual(new Set(['admin']));
      expect(audits[3]!.detail).toMatchObject({ checked: 1, marked: 0, deleted: 1, deletedBytes: 3000, held: 0, kept: 0 });
    });

    it('marks and deletes each orphan once when sweeps run at the same time', async () => {
      const orphans = [];
      for (let i = 0; i < 7; i++) orphans.push(await c.uploaded('zhang.wei', pdfOf(100 + i)));
      s.clock.advance(25 * HOUR);
      const marks = await Promise.all([sweep('admin'), sweep('gao.feng'), sweep('admin')]);
      for (const r of marks) expect(r.status).toBe(200);
      expect(marks.reduce((n, r) => n + Number(r.body.marked), 0)).toBe(7);
      expect(marks.reduce((n, r) => n + Number(r.body.deleted), 0)).toBe(0);
      s.clock.advance(15 * MINUTE);
      const runs = await Promise.all([sweep('admin'), sweep('gao.feng'), sweep('admin')]);
      expect(runs.reduce((n, r) => n + Number(r.body.deleted), 0)).toBe(7);
      expect(runs.reduce((n, r) => n + Number(r.body.deletedBytes), 0)).toBe(7 * 100 + 21);
      for (const o of orphans) expect(await c.download('zhang.wei', o.id)).toBe(404);
      expect((await sweepAudits()).length).toBe(16);
    });

    it('is for admins only: members and designers get 403 and nothing is marked, deleted or audited', async () => {
      const orphan = await c.uploaded('zhang.wei', pdfOf(100));
      s.clock.advance(25 * HOUR);
      const audits = (await sweepAudits()).length;
      for (const user of ['zhang.wei', 'xu.ting']) {
        const r = await sweep(user);
        expect(r.status).toBe(403);
        expect(r.body.error.code).toBe('forbidden');
        expect((await s.call('GET', '/api/admin/attachments/usage', { token: await s.token(user) })).status).toBe(403);
      }
      expect((await s.call('POST', '/api/admin/attachments/sweep')).status).toBe(401);
      expect(await c.download('zhang.wei', orphan.id)).toBe(200);
      const row = await s.store.db.selectFrom('attachments').select('doomed_at').where('id', '=', orphan.id).executeTakeFirstOrThrow();
      expect(row.doomed_at).toBeNull();
      expect((await sweepAudits()).length).toBe(audits);
    });

    it('answers storage per uploader: held and pending (a draft\'s file pending), most bytes first', async () => {
      // zhang.wei still has the 100-byte orphan of the last test; wang.lei one file in a request, one not.
      const a = await c.uploaded('wang.lei', pdfOf(4000));
      await c.uploaded('wang.lei', pdfOf(800));
      expect((await s.call('POST', '/api/instances', { token: await s.token('wang.lei'), body: { definition: flow.key, data: { subject: 'Mine', evidence: [a] } } })).status).toBe(201);
      const r = await s.call('GET', '/api/admin/attachments/usage', { token: await s.token('admin') });
      expect(r.status).toBe(200);
      const { inRequest, inDraft, inRecord } = files;
      const liNa = inRequest.size + inDraft.size + inRecord.size;
      const liNaHeld = inRequest.size + inRecord.size;
      expect(r.body.uploaders).toEqual([
        { userId: 'wang.lei', files: 2, bytes: 4800, heldFiles: 1, heldBytes: 4000, pendingFiles: 1, pendingBytes: 800 },
        { userId: 'li.na', files: 3, bytes: liNa, heldFiles: 2, heldBytes: liNaHeld, pendingFiles: 1, pendingBytes: inDraft.size },
        { userId: 'sarah.chen', files: 2, bytes: 1401, heldFiles: 2, heldBytes: 1401, pendingFiles: 0, pendingBytes: 0 },
        { userId: 'zhang.wei', files: 1, bytes: 100, heldFiles: 0, heldBytes: 0, pendingFiles: 1, pendingBytes: 100 },
      ]);
      expect(r.body.total).toEqual({ uploaders: 4, files: 8, bytes: 4800 + liNa + 1401 + 100, heldFiles: 5, heldBytes: 4000 + liNaHeld + 1401, pendingFiles: 3, pendingBytes: 900 + inDraft.size });
      // Reading the figures marks nothing: the sweeper still decides.
      expect(Number((await s.store.db.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n')).where('uploaded_by', '=', 'wang.lei').where('held_at', 'is not', null).executeTakeFirstOrThrow()).n)).toBe(0);
    });
  });
}
