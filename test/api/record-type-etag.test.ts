// Record types under ETag / If-Match, over HTTP on SQLite and PostgreSQL: GET and PUT answer an
// ETag over the record type's content; a PUT with If-Match replaces only that version (412
// record-type-changed, both languages, the current ETag in details, nothing written), one with
// If-None-Match: * only creates (412 record-type-exists); without either a PUT still creates or
// replaces (the studio); If-Match: * replaces any existing version; two writers racing on one ETag:
// exactly one wins; two creates racing: one 201, the other 412 (If-None-Match: *) or a replace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();

const supplier = (plural = 'Suppliers') => ({
  key: 'supplier',
  name: { en: 'Supplier', 'zh-CN': '供应商' },
  pluralName: { en: plural, 'zh-CN': '供应商' },
  titleField: 'name',
  fields: [{ key: 'name', type: 'text', label: { en: 'Name', 'zh-CN': '名称' }, required: true }],
});

for (const dialect of DIALECTS) {
  describe(`record type ETags on ${dialect}`, () => {
    let s: TestServer;
    let designer: string;
    let member: string;
    const get = () => s.call('GET', '/api/record-types/supplier', { token: designer });
    const put = (body: unknown, headers: Record<string, string> = {}, token = designer) => s.call('PUT', '/api/record-types/supplier', { token, body, headers });

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      designer = await s.token('xu.ting');
      member = await s.token('li.na');
    }, 60_000);
    afterAll(() => s.close());

    it('If-None-Match: * creates once; the answer carries the ETag GET shows', async () => {
      const created = await put(supplier(), { 'if-none-match': '*' });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const etag = created.headers.get('etag');
      expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
      const got = await get();
      expect(got.headers.get('etag')).toBe(etag);
      // A member reads it with the same ETag (every user reads record types).
      expect((await s.call('GET', '/api/record-types/supplier', { token: member })).headers.get('etag')).toBe(etag);
      const again = await put(supplier('Vendors'), { 'if-none-match': '*' });
      expect(again.status).toBe(412);
      expect(again.body.error.code).toBe('record-type-exists');
      expect(again.body.error.details.currentEtag).toBe(etag);
      expect((await get()).body.pluralName.en).toBe('Suppliers');
    });

    it('the ETag follows the content: a write that changes nothing keeps it, a change gives a new one', async () => {
      const before = (await get()).headers.get('etag')!;
      const same = await put(supplier(), { 'if-match': before });
      expect(same.status).toBe(200);
      expect(same.headers.get('etag')).toBe(before);
      const changed = await put(supplier('Suppliers A'), { 'if-match': before });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(before);
      expect((await get()).headers.get('etag')).toBe(changed.headers.get('etag'));
    });

    it('a stale If-Match is 412 record-type-changed in both languages, with the current ETag, and nothing is written', async () => {
      const current = await get();
      const etag = current.headers.get('etag')!;
      const revision = current.body.revision;
      for (const stale of ['"0123456789abcdef0123456789abcdef"', 'W/' + etag, 'garbage', '"0123456789abcdef0123456789abcdef", W/' + etag]) {
        const r = await put(supplier('Overwritten'), { 'if-match': stale });
        expect(r.status, stale).toBe(412);
        expect(r.body.error.code).toBe('record-type-changed');
        expect(r.body.error.message.en).toMatch(/record type "supplier" changed since you read it/);
        expect(r.body.error.message['zh-CN']).toMatch(/记录类型“supplier”/);
        expect(r.body.error.details.currentEtag).toBe(etag);
      }
      const after = await get();
      expect(after.headers.get('etag')).toBe(etag);
      expect(after.body.revision).toBe(revision);
      expect(after.body.pluralName.en).toBe('Suppliers A');
    });

    it('If-Match on a record type that does not exist is 412, also If-Match: *, and creates nothing', async () => {
      for (const tag of ['"0123456789abcdef0123456789abcdef"', '*']) {
        const r = await s.call('PUT', '/api/record-types/ghost', { token: designer, body: { ...supplier(), key: 'ghost' }, headers: { 'if-match': tag } });
        expect(r.status, tag).toBe(412);
        expect(r.body.error.code).toBe('record-type-changed');
        expect(r.body.error.details.currentEtag).toBeNull();
      }
      expect((await s.call('GET', '/api/record-types/ghost', { token: designer })).status).toBe(404);
    });

    it('If-Match: * replaces whatever version exists (RFC 9110), as does a list naming the current ETag', async () => {
      const etag = (await get()).headers.get('etag')!;
      const any = await put(supplier('Any version'), { 'if-match': '*' });
      expect(any.status, JSON.stringify(any.body)).toBe(200);
      expect(any.headers.get('etag')).not.toBe(etag);
      const listed = await put(supplier('Suppliers A'), { 'if-match': `"0123456789abcdef0123456789abcdef", ${any.headers.get('etag')}` });
      expect(listed.status).toBe(200);
      expect((await get()).body.pluralName.en).toBe('Suppliers A');
    });

    it('two writes based on the same ETag: the first wins, the second is 412', async () => {
      const etag = (await get()).headers.get('etag')!;
      const first = await put(supplier('From the push'), { 'if-match': etag });
      const second = await put(supplier('From the studio'), { 'if-match': etag });
      expect(first.status).toBe(200);
      expect(second.status).toBe(412);
      expect((await get()).body.pluralName.en).toBe('From the push');
    });

    it('two writes at once on the same ETag: exactly one wins', async () => {
      const etag = (await get()).headers.get('etag')!;
      const [a, b] = await Promise.all([put(supplier('Racer A'), { 'if-match': etag }), put(supplier('Racer B'), { 'if-match': etag })]);
      expect([a.status, b.status].sort()).toEqual([200, 412]);
      const winner = a.status === 200 ? 'Racer A' : 'Racer B';
      expect((await get()).body.pluralName.en).toBe(winner);
    });

    it('two creates at once with If-None-Match: *: exactly one 201, the other 412 record-type-exists, never a 500', async () => {
      for (let round = 0; round < 4; round++) {
        const key = `race-create-${round}`;
        const at = (plural: string) => s.call('PUT', `/api/record-types/${key}`, { token: designer, body: { ...supplier(plural), key }, headers: { 'if-none-match': '*' } });
        const [a, b] = await Promise.all([at('Racer A'), at('Racer B')]);
        expect([a.status, b.status].sort(), JSON.stringify([a.body, b.body])).toEqual([201, 412]);
        const [won, lost] = a.status === 201 ? [a, b] : [b, a];
        expect(lost.body.error.code).toBe('record-type-exists');
        expect(lost.body.error.details.currentEtag).toBe(won.headers.get('etag'));
        const stored = await s.call('GET', `/api/record-types/${key}`, { token: designer });
        expect(stored.body.pluralName.en).toBe(a.status === 201 ? 'Racer A' : 'Racer B');
        expect(stored.body.revision).toBe(1);
      }
    });

    it('two creates at once without a precondition: both succeed (one 201, one 200 replacing it), the last write wins, never a 500', async () => {
      for (let round = 0; round < 4; round++) {
        const key = `race-plain-${round}`;
        const at = (plural: string) => s.call('PUT', `/api/record-types/${key}`, { token: designer, body: { ...supplier(plural), key } });
        const [a, b] = await Promise.all([at('Racer A'), at('Racer B')]);
        expect([a.status, b.status].sort(), JSON.stringify([a.body, b.body])).toEqual([200, 201]);
        const last = a.status === 200 ? a : b;
        const stored = await s.call('GET', `/api/record-types/${key}`, { token: designer });
        expect(stored.body.revision).toBe(2);
        expect(stored.headers.get('etag')).toBe(last.headers.get('etag'));
        expect(stored.body.pluralName.en).toBe(last === a ? 'Racer A' : 'Racer B');
      }
    });

    it('a member is 403 whatever the ETag; a bad body on the current ETag is 422 and writes nothing', async () => {
      const etag = (await get()).headers.get('etag')!;
      expect((await put(supplier('By a member'), { 'if-match': etag }, member)).status).toBe(403);
      const bad = await put({ ...supplier(), titleField: 'missing' }, { 'if-match': etag });
      expect(bad.status).toBe(422);
      expect((await get()).headers.get('etag')).toBe(etag);
    });

    it('without a precondition a PUT still creates or replaces (the studio, older clients)', async () => {
      const replaced = await put(supplier('No precondition'));
      expect(replaced.status).toBe(200);
      expect(replaced.headers.get('etag')).toBe((await get()).headers.get('etag'));
      const created = await s.call('PUT', '/api/record-types/carrier', { token: designer, body: { ...supplier(), key: 'carrier' } });
      expect(created.status).toBe(201);
      expect(created.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    });
  });
}
