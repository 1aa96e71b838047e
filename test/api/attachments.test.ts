// Attachments over HTTP on SQLite and PostgreSQL: uploads typed by their bytes (never by the
// Content-Type sent), the default and per-field size limits (413), types not allowed (415), bad
// queries; downloads for the uploader while unreferenced, then for those who may see a request
// holding the file (not where the field is hidden), 404 for everyone else; refusals write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]);
const bytesOf = (n: number, head = PDF) => { const b = new Uint8Array(n); b.set(head.subarray(0, Math.min(head.length, n))); return b; };

const flow = {
  key: 'evidence-flow',
  name: { en: 'Evidence', 'zh-CN': '凭证' },
  form: { fields: [
    { key: 'subject', type: 'text', label: { en: 'Subject' }, required: true },
    { key: 'evidence', type: 'attachment', label: { en: 'Evidence' }, maxSizeMB: 0.01 },
    { key: 'contract', type: 'attachment', label: { en: 'Signed contract' }, accept: ['.pdf'] },
    { key: 'secret', type: 'attachment', label: { en: 'HR file' } },
  ] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', assignees: [{ type: 'manager', level: 1 }], fieldPermissions: { subject: 'read', evidence: 'read', contract: 'read', secret: 'hidden' } },
    { id: 'end', type: 'end', outcome: 'approved' },
  ],
  edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'end' }],
};

for (const dialect of DIALECTS) {
  describe(`attachments on ${dialect}`, () => {
    let s: TestServer;
    const rows = async () => Number((await s.store.db.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    async function upload(user: string, bytes: Uint8Array, query: string, contentType = 'application/octet-stream') {
      const res = await fetch(`${s.url}/api/attachments?${query}`, { method: 'POST', headers: { authorization: `Bearer ${await s.token(user)}`, 'content-type': contentType }, body: bytes as Uint8Array<ArrayBuffer> });
      return { status: res.status, body: (await res.json()) as any };
    }
    async function download(user: string, id: string) {
      const res = await fetch(`${s.url}/api/attachments/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${await s.token(user)}` } });
      return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
    }

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      const admin = await s.token('admin');
      expect((await s.call('POST', '/api/definitions', { token: admin, body: flow })).status).toBe(201);
      expect((await s.call('POST', `/api/definitions/${flow.key}/publish`, { token: admin })).status).toBe(201);
    }, 60_000);
    afterAll(() => s?.close());

    it('types an upload by its bytes, not by the Content-Type or the name, and gives it back to the uploader', async () => {
      const up = await upload('li.na', PDF, 'name=quote%20%E6%8A%A5%E4%BB%B7.pdf', 'image/png');
      expect(up.status).toBe(201);
      expect(up.body).toEqual({ id: expect.stringMatching(/^att_/), name: 'quote 报价.pdf', size: PDF.length, contentType: 'application/pdf' });
      const png = await upload('li.na', PNG, 'name=photo.pdf', 'application/pdf');
      expect(png.body.contentType).toBe('image/png');
      const got = await download('li.na', up.body.id);
      expect(got.status).toBe(200);
      expect(got.bytes).toEqual(PDF);
      expect(got.headers.get('content-type')).toBe('application/pdf');
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(got.headers.get('content-disposition')).toContain("filename*=UTF-8''quote%20%E6%8A%A5%E4%BB%B7.pdf");
      const folder = await upload('li.na', PDF, `name=${encodeURIComponent('../../etc/passwd.pdf')}`);
      expect(folder.body.name).toBe('passwd.pdf');
    });

    it('answers 404 for another user\'s unreferenced attachment, unknown and malformed ids', async () => {
      const up = await upload('li.na', PDF, 'name=mine.pdf');
      for (const user of ['zhang.wei', 'wang.lei']) expect((await download(user, up.body.id)).status).toBe(404);
      expect((await download('li.na', 'att_nope')).status).toBe(404);
      expect((await download('li.na', "att_%' OR 1=1 --")).status).toBe(404);
      const r = await s.call('GET', `/api/attachments/${up.body.id}`, { token: await s.token('zhang.wei') });
      expect(r.body.error).toMatchObject({ code: 'not-found', message: { en: 'Attachment not found.', 'zh-CN': '附件不存在。' } });
    });

    it('refuses a file over the default 10 MiB with 413 and writes nothing', async () => {
      const before = await rows();
      const big = await upload('li.na', bytesOf(10 * 1024 * 1024 + 1), 'name=big.pdf');
      expect(big.status).toBe(413);
      expect(big.body.error).toMatchObject({ code: 'file-too-large', message: { en: 'The file is larger than 10 MB.', 'zh-CN': '文件超过 10 MB。' } });
      expect(await rows()).toBe(before);
      expect((await upload('li.na', bytesOf(10 * 1024 * 1024), 'name=just-fits.pdf')).status).toBe(201);
    }, 60_000);

    it('holds the field\'s maxSizeMB and accept', async () => {
      const before = await rows();
      const tooBig = await upload('li.na', bytesOf(11 * 1024), `name=scan.pdf&definition=${flow.key}&field=evidence`);
      expect(tooBig.status).toBe(413);
      expect(tooBig.body.error.details).toEqual({ maxBytes: 10485 });
      expect((await upload('li.na', bytesOf(9 * 1024), `name=scan.pdf&definition=${flow.key}&field=evidence`)).status).toBe(201);
      const png = await upload('li.na', PNG, `name=contract.pdf&definition=${flow.key}&field=contract`, 'application/pdf');
      expect(png.status).toBe(415);
      expect(png.body.error).toMatchObject({ code: 'unsupported-type', details: { detected: 'image/png' } });
      expect((await upload('li.na', PDF, `name=contract.pdf&definition=${flow.key}&field=contract`)).status).toBe(201);
      expect(await rows()).toBe(before + 2);
      // Only a flow the uploader may start lends its field's limit: to anyone else it does not exist.
      const admin = await s.token('admin');
      const closed = { ...flow, key: 'finance-evidence', settings: { starters: { roles: ['finance'] } } };
      expect((await s.call('POST', '/api/definitions', { token: admin, body: closed })).status).toBe(201);
      expect((await s.call('POST', `/api/definitions/${closed.key}/publish`, { token: admin })).status).toBe(201);
      const outsider = await upload('li.na', bytesOf(1024), `name=scan.pdf&definition=${closed.key}&field=evidence`);
      expect(outsider.status).toBe(404);
      expect(outsider.body.error.pointer).toBe('/definition');
      expect((await upload('sun.li', bytesOf(1024), `name=scan.pdf&definition=${closed.key}&field=evidence`)).status).toBe(201);
      expect(await rows()).toBe(before + 3);
    });

    it('refuses types it cannot prove: executables, binary "text", unknown bytes (415)', async () => {
      const before = await rows();
      for (const [bytes, name] of [[ELF, 'invoice.pdf'], [ELF, 'notes.txt'], [Uint8Array.from([0x61, 0, 0x62]), 'notes.txt'], [Uint8Array.from([0xc3, 0x28]), 'data.csv'], [new TextEncoder().encode('<svg onload=alert(1)>'), 'logo.svg'], [new TextEncoder().encode('plain'), 'run.sh']] as const) {
        const r = await upload('li.na', bytes, `name=${name}`, 'application/pdf');
        expect(r.status, name).toBe(415);
        expect(r.body.error.code).toBe('unsupported-type');
      }
      expect(await rows()).toBe(before);
      const csv = await upload('li.na', new TextEncoder().encode('客户,金额\nEast,100\n'), 'name=lines.csv');
      expect(csv.body.contentType).toBe('text/csv');
    });

    it('answers bad queries and empty files with the one error shape', async () => {
      const before = await rows();
      const cases: Array<[string, number, string, string?]> = [
        ['', 422, 'bad-name', '/name'],
        ['name=', 422, 'bad-name', '/name'],
        [`name=${'a'.repeat(256)}.pdf`, 422, 'bad-name', '/name'],
        ['name=a%0Ab.pdf', 422, 'bad-name', '/name'],
        [`name=a.pdf&definition=${flow.key}`, 400, 'bad-query', '/field'],
        ['name=a.pdf&definition=no-such-flow&field=evidence', 404, 'not-found', '/definition'],
        [`name=a.pdf&definition=${flow.key}&field=subject`, 422, 'not-an-attachment-field', '/field'],
      ];
      for (const [q, status, code, pointer] of cases) {
        const r = await upload('li.na', PDF, q);
        expect([q, r.status, r.body.error.code, r.body.error.pointer]).toEqual([q, status, code, pointer]);
        expect(r.body.error.message['zh-CN']).toBeTruthy();
      }
      expect((await upload('li.na', new Uint8Array(), 'name=a.pdf')).body.error.code).toBe('empty-file');
      expect((await s.call('POST', '/api/attachments?name=a.pdf', { raw: 'x' })).status).toBe(401);
      expect(await rows()).toBe(before);
    });

    it('once a request holds it: those who see the request download it, others and hidden fields get 404', async () => {
      const evidence = (await upload('li.na', bytesOf(2048), `name=scan.pdf&definition=${flow.key}&field=evidence`)).body;
      const secret = (await upload('li.na', PDF, 'name=hr.pdf')).body;
      const started = await s.call('POST', '/api/instances', { token: await s.token('li.na'), body: { definition: flow.key, data: { subject: 'Quote 42', evidence: [evidence], secret: [secret] } } });
      expect(started.status).toBe(201);
      expect((await download('wang.lei', evidence.id)).status).toBe(200); // li.na's manager, the approver
      expect((await download('li.na', evidence.id)).status).toBe(200);
      expect((await download('admin', evidence.id)).status).toBe(200);
      expect((await download('zhang.wei', evidence.id)).status).toBe(404); // another rep
      expect((await download('wang.lei', secret.id)).status).toBe(404); // hidden from the approver's step
      expect((await download('li.na', secret.id)).status).toBe(200);
      // Naming someone else's attachment in my own request gives me (and my approver) nothing.
      const theirs = (await upload('zhang.wei', PDF, 'name=theirs.pdf')).body;
      const borrowed = await s.call('POST', '/api/instances', { token: await s.token('li.na'), body: { definition: flow.key, data: { subject: 'Borrowed', evidence: [theirs] } } });
      expect(borrowed.status).toBe(201);
      expect((await download('li.na', theirs.id)).status).toBe(404);
      expect((await download('wang.lei', theirs.id)).status).toBe(404);
      expect((await download('zhang.wei', theirs.id)).status).toBe(200);
    });

    it('keeps the JSON body limit on every other route', async () => {
      const r = await s.call('POST', '/api/definitions', { token: await s.token('admin'), raw: JSON.stringify({ ...flow, key: 'huge', pad: 'x'.repeat(70 * 1024) }), headers: { 'content-type': 'application/json' } });
      expect(r.status).toBe(413);
      expect(r.body.error.code).toBe('payload-too-large');
    });
  });
}
