// Change requests on CRM records over real HTTP, on SQLite and PostgreSQL: a sales rep asks for an
// order discount change with templates/order-change-request; the patched field is locked while the
// request runs; approval applies the patch once, atomically, with before/after in the audit;
// reject and withdraw leave the stored row byte-identical; a second rep can neither see nor
// change the order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();

const ORDER = { number: 'SO-2026-0101', customer: 'rec_customer_x', amount: 50000, discount: 5, delivery_date: '2026-05-01', status: 'confirmed' };
const REASON = { change_reason: 'customer-request', details: 'The customer asked for a better discount.' };

for (const dialect of DIALECTS) {
  describe(`change requests on ${dialect}`, () => {
    let s: TestServer;
    let rep = '';
    let manager = '';
    let other = '';
    const stored = async (id: string) => s.store.db.selectFrom('records').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const newOrder = async (number: string) => {
      const r = await s.call('POST', '/api/records/order', { token: rep, body: { values: { ...ORDER, number } } });
      expect(r.status).toBe(201);
      return r.body as { id: string; revision: number };
    };
    const requestDiscount = (id: string, discount: number, token = rep) =>
      s.call('POST', `/api/records/order/${id}/change-requests`, { token, body: { definition: 'order-change-request', patch: { discount }, data: REASON } });
    const managerTask = async (instanceId: string) => {
      const r = await s.call('GET', `/api/instances/${instanceId}`, { token: manager });
      expect(r.status).toBe(200);
      const t = (r.body.tasks as Array<{ id: string; user: string; status: string }>).find((x) => x.user === 'wang.lei' && x.status === 'pending');
      expect(t).toBeDefined();
      return t!.id;
    };
    const auditOf = async (id: string) => (await s.store.db.selectFrom('audit').select(['action', 'detail']).where('subject', '=', `record:order:${id}`).orderBy('seq').execute())
      .map((a) => ({ action: a.action, detail: JSON.parse(a.detail) as Record<string, unknown> }));

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      rep = await s.token('li.na');
      // The template carries record-types/order.json: installing it installs the order type.
      expect((await s.call('GET', '/api/record-types/order', { token: rep })).status).toBe(404);
      const installed = await s.call('POST', '/api/templates/order-change-request/install', { token: await s.token('xu.ting'), body: { params: {}, publish: true } });
      expect(installed.status).toBe(201);
      expect((await s.call('GET', '/api/record-types/order', { token: rep })).body).toMatchObject({ key: 'order', titleField: 'number', revision: 1 });
      manager = await s.token('wang.lei');
      other = await s.token('zhang.wei');
    }, 60_000);
    afterAll(() => s.close());

    it('lists the change flow with the record type and fields it may change, for the rep who may start it', async () => {
      const list = await s.call('GET', '/api/definitions', { token: rep });
      const flow = list.body.items.find((d: { key: string }) => d.key === 'order-change-request');
      expect(flow).toMatchObject({ canStart: true, record: { type: 'order', changeSet: { fields: expect.arrayContaining(['discount']) } } });
    });

    it('refuses a record change or a record smuggled through POST /api/instances, and writes nothing', async () => {
      const order = await newOrder('SO-2026-0190');
      const count = async () => Number((await s.store.db.selectFrom('instances').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const before = { instances: await count(), row: await stored(order.id) };
      // Another rep, who cannot read the order, forges its values and a patch.
      const forged = await s.call('POST', '/api/instances', { token: other, body: { definition: 'order-change-request', data: { ...REASON, order: order.id, amount: 50000, discount: 40, delivery_date: '2026-05-01' }, record: { id: order.id, owner: 'zhang.wei', values: { discount: 0 } }, patch: { discount: 40 } } });
      expect(forged.status).toBe(422);
      expect(forged.body.error).toMatchObject({ code: 'use-change-requests', pointer: '/patch' });
      const noPatch = await s.call('POST', '/api/instances', { token: other, body: { definition: 'order-change-request', data: { ...REASON, order: order.id, amount: 50000, discount: 5, delivery_date: '2026-05-01' }, record: { id: order.id } } });
      expect(noPatch.status).toBe(404);
      expect(noPatch.body.error.pointer).toBe('/record/id');
      expect({ instances: await count(), row: await stored(order.id) }).toEqual(before);
    });

    it('builds the request data from the stored record and the patch: the caller cannot show approvers other amounts', async () => {
      const order = await newOrder('SO-2026-0191');
      const started = await s.call('POST', `/api/records/order/${order.id}/change-requests`, { token: rep, body: { definition: 'order-change-request', patch: { amount: 900000 }, data: { ...REASON, amount: 50000, discount: 1, order: 'someone-else' } } });
      expect(started.status).toBe(201);
      const detail = await s.call('GET', `/api/instances/${started.body.id as string}`, { token: rep });
      expect(detail.body.data).toMatchObject({ amount: 900000, discount: 5, order: order.id });
      await s.call('POST', `/api/instances/${started.body.id as string}/withdraw`, { token: rep, body: {} });
    });

    it('approval applies the patch once, with before/after in the audit, and releases the lock', async () => {
      const order = await newOrder('SO-2026-0102');
      const started = await requestDiscount(order.id, 12);
      expect(started.status).toBe(201);
      const instanceId = started.body.id as string;

      const pending = await s.call('GET', `/api/records/order/${order.id}`, { token: rep });
      expect(pending.body.values.discount).toBe(5);
      expect(pending.body.locks).toEqual([{ field: 'discount', instanceId, definitionKey: 'order-change-request' }]);
      expect(pending.body.pendingChanges).toMatchObject([{ instanceId, definitionKey: 'order-change-request', status: 'running', before: { discount: 5 }, after: { discount: 12 }, requestedBy: 'li.na' }]);

      s.clock.advance(60_000);
      const approved = await s.call('POST', `/api/tasks/${await managerTask(instanceId)}/approve`, { token: manager, body: { comment: 'ok' } });
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('approved');

      const after = await s.call('GET', `/api/records/order/${order.id}`, { token: rep });
      expect(after.body.values).toMatchObject({ ...ORDER, number: 'SO-2026-0102', discount: 12 });
      expect(after.body.revision).toBe(order.revision + 1);
      expect(after.headers.get('etag')).toBe(`"${order.revision + 1}"`);
      expect(after.body.locks).toEqual([]);
      expect(after.body.pendingChanges).toEqual([]);
      // List search sees the applied values.
      const found = await s.call('GET', '/api/records/order?q=SO-2026-0102', { token: rep });
      expect(found.body.items.map((x: { values: { discount: number } }) => x.values.discount)).toEqual([12]);
      const row = await stored(order.id);
      expect(row.search).toContain('12');
      expect(row.search).not.toMatch(/(^| )5( |$)/);
      const history = await s.call('GET', `/api/records/order/${order.id}/history`, { token: rep });
      expect(history.body.items.map((h: { action: string }) => h.action)).toEqual(['record.change-applied', 'record.create']);
      expect(history.body.items[0]).toMatchObject({ actor: 'wang.lei', detail: { before: { discount: 5 }, after: { discount: 12 } } });
      expect((await s.call('GET', `/api/records/order/${order.id}/history`, { token: other })).status).toBe(404);
      const applied = (await auditOf(order.id)).filter((a) => a.action === 'record.change-applied');
      expect(applied).toHaveLength(1);
      expect(applied[0]!.detail).toMatchObject({ instance: instanceId, before: { discount: 5 }, after: { discount: 12 }, requestedBy: 'li.na' });
      // The finishing command and the patch share one transaction: the instance row says approved.
      const inst = await s.store.db.selectFrom('instances').select('status').where('id', '=', instanceId).executeTakeFirstOrThrow();
      expect(inst.status).toBe('approved');
    });

    it('reject and withdraw leave the stored order byte-identical and release the lock', async () => {
      const order = await newOrder('SO-2026-0103');
      const before = await stored(order.id);

      const first = await requestDiscount(order.id, 20);
      expect(first.status).toBe(201);
      s.clock.advance(60_000);
      const rejected = await s.call('POST', `/api/tasks/${await managerTask(first.body.id)}/reject`, { token: manager, body: { comment: 'too much' } });
      expect(rejected.status).toBe(200);
      expect(rejected.body.status).toBe('rejected');
      expect(await stored(order.id)).toEqual(before);

      const second = await requestDiscount(order.id, 15);
      expect(second.status).toBe(201);
      const withdrawn = await s.call('POST', `/api/instances/${second.body.id}/withdraw`, { token: rep, body: {} });
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.status).toBe('withdrawn');
      expect(await stored(order.id)).toEqual(before);
      expect((await s.call('GET', `/api/records/order/${order.id}`, { token: rep })).body.locks).toEqual([]);
      expect((await auditOf(order.id)).map((a) => a.action)).toEqual(['record.create']);
    });

    it('refuses an edit of a locked field with 409 field-locked and writes nothing; other fields stay editable', async () => {
      const order = await newOrder('SO-2026-0104');
      const started = await requestDiscount(order.id, 9);
      const before = await stored(order.id);
      const auditBefore = await auditOf(order.id);

      const locked = await s.call('PATCH', `/api/records/order/${order.id}`, { token: rep, headers: { 'if-match': `"${order.revision}"` }, body: { values: { discount: 30 } } });
      expect(locked.status).toBe(409);
      expect(locked.body.error).toMatchObject({ code: 'field-locked', pointer: '/values/discount', details: { field: 'discount', instanceId: started.body.id } });
      expect(locked.body.error.message.en).toContain('discount');
      expect(locked.body.error.message['zh-CN']).toContain('discount');
      expect(await stored(order.id)).toEqual(before);
      expect(await auditOf(order.id)).toEqual(auditBefore);

      const second = await requestDiscount(order.id, 10);
      expect(second.status).toBe(409);
      expect(second.body.error).toMatchObject({ code: 'field-locked', pointer: '/patch/discount' });
      expect(await s.store.db.selectFrom('instances').select('id').where('definition_key', '=', 'order-change-request').where('status', '=', 'running').execute())
        .toHaveLength(1 + 0);

      const other = await s.call('PATCH', `/api/records/order/${order.id}`, { token: rep, headers: { 'if-match': `"${order.revision}"` }, body: { values: { delivery_date: '2026-06-01' } } });
      expect(other.status).toBe(200);
      expect(other.body.values).toMatchObject({ discount: 5, delivery_date: '2026-06-01' });
      await s.call('POST', `/api/instances/${started.body.id}/withdraw`, { token: rep, body: {} });
    });

    it('a second sales rep can neither see nor change the order (404, not 403); the manager can see it', async () => {
      const order = await newOrder('SO-2026-0105');
      const before = await stored(order.id);
      expect((await s.call('GET', `/api/records/order/${order.id}`, { token: other })).status).toBe(404);
      const patch = await s.call('PATCH', `/api/records/order/${order.id}`, { token: other, headers: { 'if-match': '"1"' }, body: { values: { discount: 50 } } });
      expect(patch.status).toBe(404);
      expect((await s.call('DELETE', `/api/records/order/${order.id}`, { token: other })).status).toBe(404);
      const cr = await requestDiscount(order.id, 40, other);
      expect(cr.status).toBe(404);
      const list = await s.call('GET', '/api/records/order?limit=100', { token: other });
      expect(list.status).toBe(200);
      expect((list.body.items as Array<{ id: string }>).map((x) => x.id)).not.toContain(order.id);
      expect(await stored(order.id)).toEqual(before);

      const mine = await s.call('GET', '/api/records/order?limit=100', { token: manager });
      expect((mine.body.items as Array<{ id: string }>).map((x) => x.id)).toContain(order.id);
      expect((await s.call('GET', `/api/records/order/${order.id}`, { token: await s.token('sarah.chen') })).status).toBe(200);
      expect((await s.call('GET', `/api/records/order/${order.id}`, { token: await s.token('admin') })).status).toBe(200);
      expect((await s.call('GET', `/api/records/order/${order.id}`, { token: await s.token('tom.baker') })).status).toBe(404);
    });

    it('lets exactly one of concurrent change requests on one field through; terminate releases its lock', async () => {
      const order = await newOrder('SO-2026-0107');
      const before = await stored(order.id);
      const answers = await Promise.all([11, 12, 13, 14, 15, 16].map((d) => requestDiscount(order.id, d)));
      const won = answers.filter((a) => a.status === 201);
      expect(won).toHaveLength(1);
      for (const a of answers.filter((x) => x.status !== 201)) {
        expect(a.status).toBe(409);
        expect(['field-locked', 'record-changed']).toContain(a.body.error.code);
      }
      const running = await s.store.db.selectFrom('instances').select('snapshot').where('status', '=', 'running').execute();
      expect(running.filter((r) => (JSON.parse(r.snapshot) as { record?: { id: string } }).record?.id === order.id)).toHaveLength(1);
      expect(await stored(order.id)).toEqual(before);

      // Deleting a record with a pending change is refused; an admin's terminate releases the lock.
      const admin = await s.token('admin');
      const del = await s.call('DELETE', `/api/records/order/${order.id}`, { token: admin });
      expect(del.status).toBe(409);
      expect(del.body.error.code).toBe('field-locked');
      const ended = await s.call('POST', `/api/instances/${won[0]!.body.id}/terminate`, { token: admin, body: { reason: 'duplicate' } });
      expect(ended.status).toBe(200);
      expect(ended.body.status).toBe('terminated');
      expect(await stored(order.id)).toEqual(before);
      expect((await s.call('GET', `/api/records/order/${order.id}`, { token: rep })).body.locks).toEqual([]);
      expect((await requestDiscount(order.id, 8)).status).toBe(201);
    });

    it('races a direct edit against a change request on the same field: every outcome is a serial one', async () => {
      for (let round = 0; round < 6; round++) {
        const order = await newOrder(`SO-2026-02${round}0`);
        const [edit, cr] = await Promise.all([
          s.call('PATCH', `/api/records/order/${order.id}`, { token: rep, headers: { 'if-match': `"${order.revision}"` }, body: { values: { discount: 30 } } }),
          requestDiscount(order.id, 9),
        ]);
        const discount = JSON.parse((await stored(order.id)).values).discount as number;
        const detail = (await s.call('GET', `/api/records/order/${order.id}`, { token: rep })).body;
        // Edit first: it lands, then the request proposes 30 -> 9. Request first: the edit is
        // refused as locked. Request read before the edit but committed after: refused as changed.
        expect(edit.status === 200 || cr.status === 201).toBe(true);
        expect(discount).toBe(edit.status === 200 ? 30 : 5);
        if (edit.status !== 200) expect(edit.body.error.code).toBe('field-locked');
        if (cr.status === 201) {
          expect(detail.locks).toHaveLength(1);
          expect(detail.pendingChanges[0].before).toEqual({ discount });
          await s.call('POST', `/api/instances/${cr.body.id}/withdraw`, { token: rep, body: {} });
        } else {
          expect(cr.body.error.code).toBe('record-changed');
          expect(detail.locks).toEqual([]);
        }
      }
    });

    it('answers a repeated Idempotency-Key with the first answer, starting one request', async () => {
      const order = await newOrder('SO-2026-0301');
      const send = () => s.call('POST', `/api/records/order/${order.id}/change-requests`, { token: rep, headers: { 'idempotency-key': `cr-${dialect}-1` }, body: { definition: 'order-change-request', patch: { discount: 6 }, data: REASON } });
      const first = await send();
      const again = await send();
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body.id).toBe(first.body.id);
      const detail = (await s.call('GET', `/api/records/order/${order.id}`, { token: rep })).body;
      expect(detail.pendingChanges.map((c: { instanceId: string }) => c.instanceId)).toEqual([first.body.id]);
      await s.call('POST', `/api/instances/${first.body.id}/withdraw`, { token: rep, body: {} });
    });

    it('audits a patch whose record vanished meanwhile as change-failed, and still finishes the request', async () => {
      const order = await newOrder('SO-2026-0108');
      const started = await requestDiscount(order.id, 7);
      // The API refuses to delete a record with a pending change; a direct database edit does not.
      await s.store.db.updateTable('records').set({ deleted_at: s.clock.now().toISOString() }).where('id', '=', order.id).execute();
      const approved = await s.call('POST', `/api/tasks/${await managerTask(started.body.id)}/approve`, { token: manager, body: {} });
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('approved');
      const audit = await auditOf(order.id);
      expect(audit.map((a) => a.action)).toEqual(['record.create', 'record.change-failed']);
      expect(audit[1]!.detail).toMatchObject({ instance: started.body.id, reason: 'the record no longer exists', after: { discount: 7 } });
      expect(JSON.parse((await stored(order.id)).values).discount).toBe(5);
    });

    it('treats the order\'s "owner" field as the record owner', async () => {
      const mine = await s.call('POST', '/api/records/order', { token: rep, body: { values: { ...ORDER, number: 'SO-2026-0109', owner: 'li.na' } } });
      expect(mine.status).toBe(201);
      expect(mine.body).toMatchObject({ owner: 'li.na', values: { owner: 'li.na' } });
      const theirs = await s.call('POST', '/api/records/order', { token: rep, body: { values: { ...ORDER, number: 'SO-2026-0110', owner: 'zhang.wei' } } });
      expect(theirs.status).toBe(403);
      expect(theirs.body.error.pointer).toBe('/values/owner');
      const moved = await s.call('PATCH', `/api/records/order/${mine.body.id}`, { token: await s.token('admin'), headers: { 'if-match': '"1"' }, body: { values: { owner: 'zhang.wei' } } });
      expect(moved.body).toMatchObject({ owner: 'zhang.wei', values: { owner: 'zhang.wei' } });
      expect((await s.call('GET', `/api/records/order/${mine.body.id}`, { token: rep })).status).toBe(404);
    });

    it('answers bad change requests 4xx naming the field, and starts nothing', async () => {
      const order = await newOrder('SO-2026-0106');
      const count = async () => (await s.store.db.selectFrom('instances').select('id').execute()).length;
      const n = await count();
      const post = (body: unknown) => s.call('POST', `/api/records/order/${order.id}/change-requests`, { token: rep, body });
      const notAField = await post({ definition: 'order-change-request', patch: { colour: 'red' }, data: REASON });
      expect(notAField.status).toBe(422);
      expect(notAField.body.error.pointer).toBe('/patch/colour');
      const notInSet = await post({ definition: 'order-change-request', patch: { status: 'cancelled' }, data: REASON });
      expect(notInSet.status).toBe(422);
      expect(notInSet.body.error.pointer).toBe('/patch/status');
      const outOfRange = await post({ definition: 'order-change-request', patch: { discount: 150 }, data: REASON });
      expect(outOfRange.status).toBe(422);
      expect(outOfRange.body.error.pointer).toBe('/patch/discount');
      const noReason = await post({ definition: 'order-change-request', patch: { discount: 6 } });
      expect(noReason.status).toBe(422);
      expect(noReason.body.error.pointer).toMatch(/^\/data\//);
      const unknownFlow = await post({ definition: 'no-such-flow', patch: { discount: 6 }, data: REASON });
      expect(unknownFlow.status).toBe(404);
      expect(unknownFlow.body.error.pointer).toBe('/definition');
      const empty = await post({ definition: 'order-change-request', patch: {} });
      expect(empty.status).toBe(422);
      expect(empty.body.error.pointer).toBe('/patch');
      const extra = await post({ definition: 'order-change-request', patch: { discount: 6 }, sneaky: true });
      expect(extra.status).toBe(422);
      expect(await count()).toBe(n);
      expect((await s.call('GET', `/api/records/order/${order.id}`, { token: rep })).body.locks).toEqual([]);
    });
  });
}
