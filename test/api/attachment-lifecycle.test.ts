// The attachment lifecycle over HTTP on SQLite and PostgreSQL: the per-user quota on uploads nothing
// holds yet (413 upload-quota) and the hourly count (429 upload-rate), both storing nothing; the
// orphan sweep (files a started request, a saved draft, a record, an archived request or a deleted
// record names are kept, old orphans (a discarded draft's too) are deleted and answer 404, young
// ones kept; concurrent sweeps delete each orphan once; one audit row
// per sweep); the admin usage figures. Time is the fake clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
const pdfOf = (n: number) => { const b = new Uint8Array(n); b.set(PDF.subarray(0, Math.min(PDF.length, n))); return b; };
const KIB = 1024;
const HOUR = 3600_000;

const flow = {
  key: 'lifecycle-flow',
  name: { en: 'Lifecycle', 'zh-CN': '附件生命周期' },
  form: { fields: [
    { key: 'subject', type: 'text', label: { en: 'Subject' }, required: true },
    { key: 'evidence', type: 'attachment', label: { en: 'Evidence' } },
  ] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', assignees: [{ type: 'manager', level: 1 }] },
    { id: 'end', type: 'end', outcome: 'approved' },
  ],
  edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'end' }],
};

const contractType = {
  key: 'signed-contract',
  name: { en: 'Signed contract', 'zh-CN': '已签合同' },
  pluralName: { en: 'Signed contracts', 'zh-CN': '已签合同' },
  titleField: 'name',
  access: { read: 'department', edit: 'owner' },
  fields: [
    { key: 'name', type: 'text', label: { en: 'Name', 'zh-CN': '名称' }, required: true },
    { key: 'scan', type: 'attachment', label: { en: 'Scan', 'zh-CN': '扫描件' } },
  ],
};

async function setUp(s: TestServer) {
  const admin = await s.token('admin');
  expect((await s.call('POST', '/api/definitions', { token: admin, body: flow })).status).toBe(201);
  expect((await s.call('POST', `/api/definitions/${flow.key}/publish`, { token: admin })).status).toBe(201);
  expect((await s.call('PUT', `/api/record-types/${contractType.key}`, { token: admin, body: contractType })).status).toBe(201);
}

function client(s: () => TestServer) {
  const rows = async () => Number((await s().store.db.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  async function upload(user: string, bytes: Uint8Array, name = 'scan.pdf') {
    const res = await fetch(`${s().url}/api/attachments?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { authorization: `Bearer ${await s().token(user)}` }, body: bytes as Uint8Array<ArrayBuffer> });
    return { status: res.status, body: (await res.json()) as any };
  }
  async function uploaded(user: string, bytes: Uint8Array, name?: string) {
    const r = await upload(user, bytes, name);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { id: string; name: string; size: number; contentType: string };
  }
  const download = async (user: string, id: string) =>
    (await fetch(`${s().url}/api/attachments/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${await s().token(user)}` } })).status;
  const start = async (user: string, files: unknown[]) =>
    s().call('POST', '/api/instances', { token: await s().token(user), body: { definition: flow.key, data: { subject: 'With files', evidence: files } } });
  return { rows, upload, uploaded, download, start };
}

for (const dialect of DIALECTS) {
  describe(`upload quota on ${dialect}`, () => {
    let s: TestServer;
    const c = client(() => s);
    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg, { attachmentPendingQuotaBytes: 16 * KIB, attachmentUploadsPerHour: 6 });
      await setUp(s);
    }, 60_000);
    afterAll(() => s?.close());

    it('refuses an upload past the pending quota with 413 upload-quota and stores nothing', async () => {
      const a = await c.uploaded('li.na', pdfOf(5 * KIB));
      await c.uploaded('li.na', pdfOf(5 * KIB));
      await c.uploaded('li.na', pdfOf(5 * KIB));
      const before = await c.rows();
      const over = await c.upload('li.na', pdfOf(2 * KIB));
      expect(over.status).toBe(413);
      expect(over.body.error).toMatchObject({ code: 'upload-quota', details: { quotaBytes: 16 * KIB, pendingBytes: 15 * KIB, fileBytes: 2 * KIB } });
      expect(over.body.error.message.en).toContain('Submit or save the forms that use them');
      expect(over.body.error.message['zh-CN']).toContain('请先提交或保存');
      expect(await c.rows()).toBe(before);
      // What still fits is accepted (exactly up to the quota), and another user has a quota of their own.
      await c.uploaded('li.na', pdfOf(1 * KIB));
      expect((await c.upload('li.na', pdfOf(1))).status).toBe(413);
      await c.uploaded('zhang.wei', pdfOf(5 * KIB));
      expect(await c.download('li.na', a.id)).toBe(200);
    });

    it('stops counting files once a request holds them', async () => {
      const pending = (await s.store.db.selectFrom('attachments').select(['id', 'name', 'size', 'content_type']).where('uploaded_by', '=', 'li.na').orderBy('created_at').execute())
        .map((r) => ({ id: r.id, name: r.name, size: Number(r.size), contentType: r.content_type }));
      expect(pending).toHaveLength(4);
      expect((await c.start('li.na', pending.slice(0, 2))).status).toBe(201);
      const fits = await c.upload('li.na', pdfOf(9 * KIB));
      expect(fits.status).toBe(201);
      expect((await c.upload('li.na', pdfOf(2 * KIB))).body.error.code).toBe('upload-quota');
    });

    it('refuses the upload past the hourly count with 429 upload-rate, stores nothing, and accepts again an hour later', async () => {
      for (let i = 0; i < 6; i++) await c.uploaded('sun.li', pdfOf(100));
      const before = await c.rows();
      const r = await c.upload('sun.li', pdfOf(100));
      expect(r.status).toBe(429);
      expect(r.body.error).toMatchObject({ code: 'upload-rate', details: { limit: 6, windowSeconds: 3600 } });
      expect(r.body.error.message['zh-CN']).toContain('请稍后再试');
      expect(await c.rows()).toBe(before);
      expect((await c.upload('chen.jing', pdfOf(100))).status).toBe(201); // the count is per user
      s.clock.advance(HOUR - 1);
      expect((await c.upload('sun.li', pdfOf(100))).status).toBe(429);
      s.clock.advance(2);
      expect((await c.upload('sun.li', pdfOf(100))).status).toBe(201);
    });
  });

  describe(`orphan sweep and usage on ${dialect}`, () => {
    let s: TestServer;
    const c = client(() => s);
    let files: Record<'orphan' | 'inRequest' | 'inDraft' | 'inRecord' | 'young', { id: string; size: number }>;
    beforeAll(async () => {
      // Session tokens outlive the days the fake clock moves through.
      s = await startTestServer(dialect, cluster.pg, { sessionTtlSeconds: 365 * 86400 });
      await setUp(s);
    }, 60_000);
    afterAll(() => s?.close());
    const sweep = async (user = 'admin') => s.call('POST', '/api/admin/attachments/sweep', { token: await s.token(user) });
    const sweepAudits = async () => (await s.store.db.selectFrom('audit').select(['actor', 'detail']).where('action', '=', 'attachment.sweep').orderBy('seq').execute())
      .map((r) => ({ actor: r.actor, detail: JSON.parse(r.detail) as Record<string, unknown> }));

    it('keeps what a started request, a saved draft or a record names, deletes old orphans (404 after), keeps young ones', async () => {
      const orphan = await c.uploaded('li.na', pdfOf(3000));
      const inRequest = await c.uploaded('li.na', pdfOf(1000));
      const inDraft = await c.uploaded('li.na', pdfOf(1100));
      const inRecord = await c.uploaded('li.na', pdfOf(1200));
      expect((await c.start('li.na', [inRequest])).status).toBe(201);
      const draft = await s.call('POST', '/api/request-drafts', { token: await s.token('li.na'), body: { definition: flow.key, data: { subject: 'Later', evidence: [inDraft] } } });
      expect(draft.status, JSON.stringify(draft.body)).toBe(201);
      const rec = await s.call('POST', `/api/records/${contractType.key}`, { token: await s.token('li.na'), body: { values: { name: 'ACME 2026', scan: [inRecord] } } });
      expect(rec.status, JSON.stringify(rec.body)).toBe(201);

      // Inside the window nothing goes, orphan or not.
      s.clock.advance(23 * HOUR);
      const early = await sweep();
      expect(early.status).toBe(200);
      expect(early.body).toMatchObject({ checked: 0, deleted: 0, deletedBytes: 0, held: 0 });
      expect(await c.download('li.na', orphan.id)).toBe(200);

      s.clock.advance(HOUR + 1);
      const young = await c.uploaded('li.na', pdfOf(500));
      files = { orphan, inRequest, inDraft, inRecord, young };
      const run = await sweep();
      expect(run.status).toBe(200);
      expect(run.body).toMatchObject({ checked: 4, deleted: 1, deletedBytes: 3000, held: 3, olderThan: new Date(s.clock.now().getTime() - 24 * HOUR).toISOString() });
      expect(await c.download('li.na', orphan.id)).toBe(404);
      for (const f of [inRequest, inDraft, inRecord, young]) expect(await c.download('li.na', f.id), f.id).toBe(200);
      expect(await c.download('wang.lei', inRequest.id)).toBe(200); // the approver still sees it

      // Held files are not looked at again; a young one is swept once it is old.
      s.clock.advance(25 * HOUR);
      const later = await sweep();
      expect(later.body).toMatchObject({ checked: 1, deleted: 1, deletedBytes: 500, held: 0 });
      expect(await c.download('li.na', young.id)).toBe(404);
      for (const f of [inRequest, inDraft, inRecord]) expect(await c.download('li.na', f.id)).toBe(200);
    });

    it('keeps a file of an archived request and of a deleted record; a draft discarded before the sweep leaves an orphan', async () => {
      const archivedFile = await c.uploaded('sarah.chen', pdfOf(700));
      const deletedRecordFile = await c.uploaded('sarah.chen', pdfOf(701));
      const droppedDraftFile = await c.uploaded('sarah.chen', pdfOf(702));
      const started = await c.start('sarah.chen', [archivedFile]);
      expect((await s.call('POST', `/api/tasks/${started.body.tasks[0].id}/approve`, { token: await s.token('zhao.ming'), body: {} })).status).toBe(200);
      expect((await s.call('POST', `/api/instances/${started.body.id}/archive`, { token: await s.token('admin') })).status).toBe(200);
      const rec = await s.call('POST', `/api/records/${contractType.key}`, { token: await s.token('sarah.chen'), body: { values: { name: 'Old deal', scan: [deletedRecordFile] } } });
      expect(rec.status).toBe(201);
      expect((await s.call('DELETE', `/api/records/${contractType.key}/${rec.body.id}`, { token: await s.token('sarah.chen') })).status).toBeLessThan(300);
      const draft = await s.call('POST', '/api/request-drafts', { token: await s.token('sarah.chen'), body: { definition: flow.key, data: { subject: 'Dropped', evidence: [droppedDraftFile] } } });
      expect((await s.call('DELETE', `/api/request-drafts/${draft.body.id}`, { token: await s.token('sarah.chen') })).status).toBeLessThan(300);
      s.clock.advance(25 * HOUR);
      expect((await sweep()).body).toMatchObject({ checked: 3, deleted: 1, deletedBytes: 702, held: 2 });
      expect(await c.download('sarah.chen', droppedDraftFile.id)).toBe(404);
      expect(await c.download('sarah.chen', archivedFile.id)).toBe(200);
      expect(await c.download('sarah.chen', deletedRecordFile.id)).toBe(200);
    });

    it('writes one audit row per sweep, with the counts and who asked', async () => {
      const audits = await sweepAudits();
      expect(audits).toHaveLength(4);
      expect(audits.map((a) => a.actor)).toEqual(['admin', 'admin', 'admin', 'admin']);
      expect(audits[1]!.detail).toMatchObject({ checked: 4, deleted: 1, deletedBytes: 3000, held: 3 });
    });

    it('deletes each orphan once when sweeps run at the same time', async () => {
      const orphans = [];
      for (let i = 0; i < 7; i++) orphans.push(await c.uploaded('zhang.wei', pdfOf(100 + i)));
      s.clock.advance(25 * HOUR);
      const runs = await Promise.all([sweep('admin'), sweep('gao.feng'), sweep('admin')]);
      for (const r of runs) expect(r.status).toBe(200);
      expect(runs.reduce((n, r) => n + Number(r.body.deleted), 0)).toBe(7);
      expect(runs.reduce((n, r) => n + Number(r.body.deletedBytes), 0)).toBe(7 * 100 + 21);
      for (const o of orphans) expect(await c.download('zhang.wei', o.id)).toBe(404);
      expect((await sweepAudits()).length).toBe(7);
    });

    it('is for admins only: members and designers get 403 and nothing is deleted or audited', async () => {
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
      expect((await sweepAudits()).length).toBe(audits);
    });

    it('answers storage per uploader: held and pending files and bytes, most bytes first', async () => {
      // zhang.wei still has the 100-byte orphan of the last test; wang.lei one file in a request, one not.
      const a = await c.uploaded('wang.lei', pdfOf(4000));
      await c.uploaded('wang.lei', pdfOf(800));
      expect((await s.call('POST', '/api/instances', { token: await s.token('wang.lei'), body: { definition: flow.key, data: { subject: 'Mine', evidence: [a] } } })).status).toBe(201);
      const r = await s.call('GET', '/api/admin/attachments/usage', { token: await s.token('admin') });
      expect(r.status).toBe(200);
      const { inRequest, inDraft, inRecord } = files;
      const liNa = inRequest.size + inDraft.size + inRecord.size;
      expect(r.body.uploaders).toEqual([
        { userId: 'wang.lei', files: 2, bytes: 4800, heldFiles: 1, heldBytes: 4000, pendingFiles: 1, pendingBytes: 800 },
        { userId: 'li.na', files: 3, bytes: liNa, heldFiles: 3, heldBytes: liNa, pendingFiles: 0, pendingBytes: 0 },
        { userId: 'sarah.chen', files: 2, bytes: 1401, heldFiles: 2, heldBytes: 1401, pendingFiles: 0, pendingBytes: 0 },
        { userId: 'zhang.wei', files: 1, bytes: 100, heldFiles: 0, heldBytes: 0, pendingFiles: 1, pendingBytes: 100 },
      ]);
      expect(r.body.total).toEqual({ uploaders: 4, files: 8, bytes: 4800 + liNa + 1401 + 100, heldFiles: 6, heldBytes: 4000 + liNa + 1401, pendingFiles: 2, pendingBytes: 900 });
      // Reading the figures marks nothing: the sweeper still decides.
      expect(Number((await s.store.db.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n')).where('uploaded_by', '=', 'wang.lei').where('held_at', 'is not', null).executeTakeFirstOrThrow()).n)).toBe(0);
    });
  });
}
