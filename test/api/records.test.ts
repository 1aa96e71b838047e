// CRM records over real HTTP, on SQLite and PostgreSQL: record types (read by all, written by
// designers, validated), record CRUD with values checked against the type, If-Match, record-level
// access (owner chain, department, admins), cursor pages and search, CSV import with rejected rows,
// triggers that start a flow exactly once in the record write's transaction, and the seeded
// defaults and demo rows.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFormData } from '../../packages/schema/src/index.ts';
import type { BatonForm } from '../../packages/schema/src/index.ts';
import { recordTypeFiles, seedDemoRecords, seedRecordTypes } from '../../packages/server/src/index.ts';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();
const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

const dealType = {
  key: 'deal',
  name: { en: 'Deal', 'zh-CN': '交易' },
  pluralName: { en: 'Deals', 'zh-CN': '交易' },
  titleField: 'name',
  access: { read: 'department', edit: 'owner' },
  fields: [
    { key: 'name', type: 'text', label: { en: 'Name', 'zh-CN': '名称' }, required: true, maxLength: 80 },
    { key: 'amount', type: 'money', label: { en: 'Amount', 'zh-CN': '金额' }, required: true, minimum: 0 },
    { key: 'stage', type: 'select', label: { en: 'Stage', 'zh-CN': '阶段' }, default: 'new', options: [{ value: 'new', label: { en: 'New' } }, { value: 'won', label: { en: 'Won' } }] },
    { key: 'closed', type: 'boolean', label: { en: 'Closed', 'zh-CN': '已关闭' } },
  ],
  triggers: [
    { on: 'create', condition: 'record.amount > 100000.0', start: 'deal-review' },
    { on: 'field-change', field: 'stage', condition: 'record.stage == "won"', start: 'deal-review' },
  ],
};

const reviewFlow = {
  key: 'deal-review',
  name: { en: 'Deal review', 'zh-CN': '交易审核' },
  record: { type: 'deal' },
  form: { fields: [
    { key: 'deal', type: 'record-link', recordType: 'deal', label: { en: 'Deal' }, required: true },
    { key: 'amount', type: 'money', label: { en: 'Amount' }, required: true },
  ] },
  nodes: [{ id: 'start', type: 'start' }, { id: 'review', type: 'approval', assignees: [{ type: 'users', users: ['sarah.chen'] }] }, { id: 'end', type: 'end' }],
  edges: [{ from: 'start', to: 'review' }, { from: 'review', to: 'end' }],
};

const changeFlow = {
  key: 'deal-change',
  name: { en: 'Deal change', 'zh-CN': '交易变更' },
  record: { type: 'deal', changeSet: { fields: ['stage', 'amount'] } },
  form: { fields: [{ key: 'deal', type: 'record-link', recordType: 'deal', label: { en: 'Deal' }, required: true }] },
  nodes: [{ id: 'start', type: 'start' }, { id: 'ok', type: 'approval', assignees: [{ type: 'users', users: ['sarah.chen'] }] }, { id: 'end', type: 'end' }],
  edges: [{ from: 'start', to: 'ok' }, { from: 'ok', to: 'end' }],
};

for (const dialect of DIALECTS) {
  describe(`records on ${dialect}`, () => {
    let s: TestServer;
    let admin = '';
    let designer = '';
    let rep = '';
    let peer = '';
    let north = '';
    const reviews = async (deal: string) => {
      const rows = await s.store.db.selectFrom('instances').select('snapshot').where('definition_key', '=', 'deal-review').execute();
      return rows.filter((r) => (JSON.parse(r.snapshot) as { record?: { id: string } }).record?.id === deal).length;
    };

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      admin = await s.token('admin');
      designer = await s.token('xu.ting');
      rep = await s.token('li.na');
      peer = await s.token('zhang.wei');
      north = await s.token('liu.yang');
      expect((await s.call('PUT', '/api/record-types/deal', { token: designer, body: dealType })).status).toBe(201);
      expect((await s.call('POST', '/api/definitions', { token: designer, body: reviewFlow })).status).toBe(201);
      expect((await s.call('POST', '/api/definitions/deal-review/publish', { token: designer })).status).toBe(201);
      expect((await s.call('POST', '/api/definitions', { token: designer, body: changeFlow })).status).toBe(201);
      expect((await s.call('POST', '/api/definitions/deal-change/publish', { token: designer })).status).toBe(201);
    }, 60_000);
    afterAll(() => s.close());

    it('serves record types to users; designers write them, validated, naming the field', async () => {
      const list = await s.call('GET', '/api/record-types', { token: rep });
      expect(list.status).toBe(200);
      expect(list.body.items.map((t: { key: string }) => t.key)).toContain('deal');
      const one = await s.call('GET', '/api/record-types/deal', { token: rep });
      expect(one.body).toMatchObject({ key: 'deal', titleField: 'name', access: { read: 'department', edit: 'owner' }, revision: 1 });
      expect((await s.call('GET', '/api/record-types/nope', { token: rep })).status).toBe(404);
      expect((await s.call('PUT', '/api/record-types/deal', { token: rep, body: dealType })).status).toBe(403);
      const badTitle = await s.call('PUT', '/api/record-types/deal', { token: designer, body: { ...dealType, titleField: 'missing' } });
      expect(badTitle.status).toBe(422);
      expect(badTitle.body.error.pointer).toBe('/titleField');
      // Access rules of an existing type are an admin's: a designer may not widen them.
      const widen = await s.call('PUT', '/api/record-types/deal', { token: designer, body: { ...dealType, access: { read: 'everyone', edit: 'everyone' } } });
      expect(widen.status).toBe(403);
      expect(widen.body.error).toMatchObject({ code: 'admin-only-access', pointer: '/access' });
      expect((await s.call('GET', '/api/record-types/deal', { token: rep })).body.access).toEqual({ read: 'department', edit: 'owner' });
      const badKey = await s.call('PUT', '/api/record-types/deal', { token: designer, body: { ...dealType, key: 'other' } });
      expect(badKey.status).toBe(422);
      expect(badKey.body.error.pointer).toBe('/key');
      const badCel = await s.call('PUT', '/api/record-types/deal', { token: designer, body: { ...dealType, triggers: [{ on: 'create', condition: 'record.amount >', start: 'deal-review' }] } });
      expect(badCel.status).toBe(422);
      expect(badCel.body.error.pointer).toBe('/triggers/0/condition');
      expect((await s.call('GET', '/api/record-types/deal', { token: rep })).body.revision).toBe(1);
    });

    it('creates records with values checked against the type; bad input 4xx naming the field, nothing written', async () => {
      const count = async () => (await s.store.db.selectFrom('records').select('id').execute()).length;
      const n = await count();
      const missing = await s.call('POST', '/api/records/deal', { token: rep, body: { values: { name: 'X' } } });
      expect(missing.status).toBe(422);
      expect(missing.body.error.pointer).toBe('/values/amount');
      const wrongType = await s.call('POST', '/api/records/deal', { token: rep, body: { values: { name: 'X', amount: 'lots' } } });
      expect(wrongType.status).toBe(422);
      expect(wrongType.body.error.pointer).toBe('/values/amount');
      const badOption = await s.call('POST', '/api/records/deal', { token: rep, body: { values: { name: 'X', amount: 5, stage: 'lost' } } });
      expect(badOption.body.error.pointer).toBe('/values/stage');
      const unknown = await s.call('POST', '/api/records/deal', { token: rep, body: { values: { name: 'X', amount: 5, colour: 'red' } } });
      expect(unknown.status).toBe(422);
      expect(unknown.body.error.pointer).toBe('/values/colour');
      const othersOwner = await s.call('POST', '/api/records/deal', { token: rep, body: { values: { name: 'X', amount: 5 }, owner: 'zhang.wei' } });
      expect(othersOwner.status).toBe(403);
      expect(othersOwner.body.error.pointer).toBe('/owner');
      expect((await s.call('POST', '/api/records/nope', { token: rep, body: { values: {} } })).status).toBe(404);
      expect((await s.call('POST', '/api/records/deal', { token: rep, raw: '{"values":', headers: { 'content-type': 'application/json' } })).status).toBe(400);
      expect((await s.call('POST', '/api/records/deal', { token: rep, headers: { 'content-type': 'application/json' }, raw: '{"values":{"name":"X","amount":5,"__proto__":{"a":1}}}' })).status).toBe(422);
      expect(await count()).toBe(n);

      const ok = await s.call('POST', '/api/records/deal', { token: rep, body: { values: { name: 'Alpha', amount: 500 } } });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ owner: 'li.na', department: 'sales-east', title: 'Alpha', values: { name: 'Alpha', amount: 500, stage: 'new' }, revision: 1, locks: [], pendingChanges: [] });
      expect(ok.headers.get('etag')).toBe('"1"');
      const byAdmin = await s.call('POST', '/api/records/deal', { token: admin, body: { values: { name: 'Beta', amount: 1 }, owner: 'liu.yang' } });
      expect(byAdmin.body).toMatchObject({ owner: 'liu.yang', department: 'sales-north' });
      const ghost = await s.call('POST', '/api/records/deal', { token: admin, body: { values: { name: 'Gamma', amount: 1 }, owner: 'nobody' } });
      expect(ghost.status).toBe(422);
      expect(ghost.body.error.pointer).toBe('/owner');
    });

    it('edits under If-Match, audits before/after; department rule lets peers read but not edit', async () => {
      const made = await s.call('POST', '/api/records/deal', { token: rep, body: { values: { name: 'Edit me', amount: 10 } } });
      const id = made.body.id as string;
      const path = `/api/records/deal/${id}`;
      expect((await s.call('PATCH', path, { token: rep, body: { values: { amount: 11 } } })).status).toBe(428);
      expect((await s.call('PATCH', path, { token: rep, headers: { 'if-match': 'nonsense' }, body: { values: { amount: 11 } } })).status).toBe(400);
      const stale = await s.call('PATCH', path, { token: rep, headers: { 'if-match': '"7"' }, body: { values: { amount: 11 } } });
      expect(stale.status).toBe(412);
      const bad = await s.call('PATCH', path, { token: rep, headers: { 'if-match': '"1"' }, body: { values: { amount: -3 } } });
      expect(bad.status).toBe(422);
      expect(bad.body.error.pointer).toBe('/values/amount');
      const done = await s.call('PATCH', path, { token: rep, headers: { 'if-match': '"1"' }, body: { values: { amount: 11, closed: true } } });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ revision: 2, values: { amount: 11, closed: true } });
      const cleared = await s.call('PATCH', path, { token: rep, headers: { 'if-match': '"2"' }, body: { values: { closed: null } } });
      expect(cleared.body.values.closed).toBeUndefined();
      const same = await s.call('PATCH', path, { token: rep, headers: { 'if-match': '"3"' }, body: { values: { amount: 11 } } });
      expect(same.body.revision).toBe(3);
      const audit = await s.store.db.selectFrom('audit').select(['action', 'detail']).where('subject', '=', `record:deal:${id}`).orderBy('seq').execute();
      expect(audit.map((a) => a.action)).toEqual(['record.create', 'record.update', 'record.update']);
      expect(JSON.parse(audit[1]!.detail)).toMatchObject({ before: { amount: 10, closed: null }, after: { amount: 11, closed: true } });

      // Same department (sales-east): zhang.wei reads, cannot edit; sales-north cannot see it.
      expect((await s.call('GET', path, { token: peer })).status).toBe(200);
      const peerEdit = await s.call('PATCH', path, { token: peer, headers: { 'if-match': '"3"' }, body: { values: { amount: 1 } } });
      expect(peerEdit.status).toBe(403);
      expect((await s.call('GET', path, { token: north })).status).toBe(404);
      expect((await s.call('PATCH', path, { token: north, headers: { 'if-match': '"3"' }, body: { values: { amount: 1 } } })).status).toBe(404);
      // The manager above the owner edits; owner change is admins' only.
      const boss = await s.call('PATCH', path, { token: await s.token('wang.lei'), headers: { 'if-match': '"3"' }, body: { values: { amount: 12 } } });
      expect(boss.status).toBe(200);
      expect((await s.call('PATCH', path, { token: rep, headers: { 'if-match': '"4"' }, body: { owner: 'zhang.wei' } })).status).toBe(403);
      const moved = await s.call('PATCH', path, { token: admin, headers: { 'if-match': '"4"' }, body: { owner: 'liu.yang' } });
      expect(moved.body).toMatchObject({ owner: 'liu.yang', department: 'sales-north' });
      expect((await s.call('GET', path, { token: north })).status).toBe(200);

      expect((await s.call('DELETE', path, { token: rep })).status).toBe(404);
      expect((await s.call('DELETE', path, { token: admin, headers: { 'if-match': '"1"' } })).status).toBe(412);
      expect((await s.call('DELETE', path, { token: admin })).status).toBe(200);
      expect((await s.call('GET', path, { token: admin })).status).toBe(404);
      const row = await s.store.db.selectFrom('records').select('deleted_at').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.deleted_at).not.toBeNull();
    });

    it('lets the roles a type names read (readRoles) or also edit (editRoles) every record of it', async () => {
      const { triggers: _t, ...plain } = dealType;
      const ledger = { ...plain, key: 'ledger', name: { en: 'Ledger entry' }, access: { read: 'owner', edit: 'owner', readRoles: ['finance'], editRoles: ['sales-ops'] } };
      const badRole = await s.call('PUT', '/api/record-types/ledger', { token: designer, body: { ...ledger, access: { readRoles: ['Not A Key'] } } });
      expect(badRole.status).toBe(422);
      expect(badRole.body.error.pointer).toBe('/access/readRoles/0');
      expect((await s.call('PUT', '/api/record-types/ledger', { token: designer, body: ledger })).status).toBe(201);
      const made = await s.call('POST', '/api/records/ledger', { token: rep, body: { values: { name: 'Q3 rebate', amount: 900 } } });
      expect(made.status).toBe(201);
      const path = `/api/records/ledger/${made.body.id as string}`;
      const finance = await s.token('sun.li');
      expect((await s.call('GET', path, { token: finance })).status).toBe(200);
      expect((await s.call('GET', '/api/records/ledger', { token: finance })).body.items.map((x: { title: string }) => x.title)).toEqual(['Q3 rebate']);
      expect((await s.call('PATCH', path, { token: finance, headers: { 'if-match': '"1"' }, body: { values: { amount: 1 } } })).status).toBe(403);
      const ops = await s.call('PATCH', path, { token: designer, headers: { 'if-match': '"1"' }, body: { values: { amount: 950 } } });
      expect(ops.status).toBe(200);
      expect(ops.body.values.amount).toBe(950);
      // Neither the owner rule nor a role lets liu.yang (sales-north) in.
      expect((await s.call('GET', path, { token: north })).status).toBe(404);
    });

    it('lists only readable rows, newest first, with cursor pages and search', async () => {
      for (let i = 0; i < 5; i++) {
        s.clock.advance(1000);
        expect((await s.call('POST', '/api/records/deal', { token: north, body: { values: { name: `North ${i} zebra`, amount: i } } })).status).toBe(201);
      }
      const first = await s.call('GET', '/api/records/deal?limit=2&q=zebra', { token: north });
      expect(first.body.items.map((x: { title: string }) => x.title)).toEqual(['North 4 zebra', 'North 3 zebra']);
      const second = await s.call('GET', `/api/records/deal?limit=2&q=zebra&cursor=${first.body.nextCursor}`, { token: north });
      expect(second.body.items.map((x: { title: string }) => x.title)).toEqual(['North 2 zebra', 'North 1 zebra']);
      const third = await s.call('GET', `/api/records/deal?limit=2&q=zebra&cursor=${second.body.nextCursor}`, { token: north });
      expect(third.body.items.map((x: { title: string }) => x.title)).toEqual(['North 0 zebra']);
      expect(third.body.nextCursor).toBeNull();
      expect((await s.call('GET', '/api/records/deal?q=zebra', { token: rep })).body.items).toEqual([]);
      expect((await s.call('GET', '/api/records/deal?q=zebra&owner=liu.yang', { token: admin })).body.items).toHaveLength(5);
      expect((await s.call('GET', '/api/records/deal?q=zebra&owner=me', { token: north })).body.items).toHaveLength(5);
      expect((await s.call('GET', '/api/records/deal?q=zebra&owner=me', { token: admin })).body.items).toHaveLength(0);
      expect((await s.call('GET', '/api/records/deal?cursor=!!', { token: rep })).status).toBe(400);
    });

    it('imports CSV: rejected rows reported with row, field and reason; accepted rows written together', async () => {
      const csv = '\uFEFFname,amount,stage,closed\nImp A,10,new,false\nImp B,ten,new,\nImp C,30,lost,\n,40,,\n"Imp, D",50,won,yes\n';
      const r = await s.call('POST', '/api/records/deal/import', { token: rep, raw: csv, headers: { 'content-type': 'text/csv' } });
      expect(r.status).toBe(200);
      expect(r.body.imported).toBe(2);
      expect(r.body.rejected.map((x: { row: number; field: string }) => [x.row, x.field])).toEqual([[3, 'amount'], [4, 'stage'], [5, 'name']]);
      for (const x of r.body.rejected) expect(x.reason.en.length).toBeGreaterThan(0);
      const d = await s.call('GET', `/api/records/deal/${r.body.ids[1]}`, { token: rep });
      expect(d.body).toMatchObject({ title: 'Imp, D', owner: 'li.na', values: { amount: 50, stage: 'won', closed: true } });

      const unknown = await s.call('POST', '/api/records/deal/import', { token: rep, raw: 'name,colour\nA,red\n', headers: { 'content-type': 'text/csv' } });
      expect(unknown.status).toBe(422);
      expect(unknown.body.error.pointer).toBe('/columns/1');
      const forOthers = await s.call('POST', '/api/records/deal/import', { token: rep, raw: 'name,amount,owner\nA,1,zhang.wei\n', headers: { 'content-type': 'text/csv' } });
      expect(forOthers.body).toMatchObject({ imported: 0, rejected: [{ row: 2, field: 'owner' }] });
      expect((await s.call('POST', '/api/records/deal/import', { token: rep, raw: 'x', headers: { 'content-type': 'application/json' } })).status).toBe(415);
    });

    it('starts trigger flows exactly once, in the record write: on create when the condition holds, on a field change', async () => {
      const small = await s.call('POST', '/api/records/deal', { token: rep, body: { values: { name: 'Small', amount: 50 } } });
      expect(small.body.triggered).toEqual([]);
      expect(await reviews(small.body.id)).toBe(0);
      const big = await s.call('POST', '/api/records/deal', { token: rep, body: { values: { name: 'Big', amount: 250000 } } });
      expect(big.body.triggered).toHaveLength(1);
      expect(await reviews(big.body.id)).toBe(1);
      const inst = await s.call('GET', `/api/instances/${big.body.triggered[0].instanceId}`, { token: rep });
      expect(inst.status).toBe(200);
      expect(inst.body.data ?? inst.body.instance?.data).toMatchObject({ deal: big.body.id, amount: 250000 });

      const path = `/api/records/deal/${small.body.id}`;
      await s.call('PATCH', path, { token: rep, headers: { 'if-match': '"1"' }, body: { values: { amount: 60 } } });
      expect(await reviews(small.body.id)).toBe(0);
      const won = await s.call('PATCH', path, { token: rep, headers: { 'if-match': '"2"' }, body: { values: { stage: 'won' } } });
      expect(won.body.triggered).toHaveLength(1);
      await s.call('PATCH', path, { token: rep, headers: { 'if-match': '"3"' }, body: { values: { amount: 70 } } });
      expect(await reviews(small.body.id)).toBe(1);
      // An approved change-set is a record write too: its field change fires the trigger once.
      const other = await s.call('POST', '/api/records/deal', { token: rep, body: { values: { name: 'Changed by approval', amount: 5 } } });
      const asked = await s.call('POST', `/api/records/deal/${other.body.id}/change-requests`, { token: rep, body: { definition: 'deal-change', patch: { stage: 'won' } } });
      expect(asked.status).toBe(201);
      expect(await reviews(other.body.id)).toBe(0);
      const task = (await s.call('GET', `/api/instances/${asked.body.id}`, { token: await s.token('sarah.chen') })).body.tasks.find((t: { status: string }) => t.status === 'pending');
      expect((await s.call('POST', `/api/tasks/${task.id}/approve`, { token: await s.token('sarah.chen'), body: {} })).body.status).toBe('approved');
      expect((await s.call('GET', `/api/records/deal/${other.body.id}`, { token: rep })).body.values.stage).toBe('won');
      expect(await reviews(other.body.id)).toBe(1);

      // A write that fails validation starts nothing.
      const refused = await s.call('POST', '/api/records/deal', { token: rep, body: { values: { name: 'Big but bad', amount: 300000, stage: 'lost' } } });
      expect(refused.status).toBe(422);
      expect((await s.store.db.selectFrom('instances').select('id').where('definition_key', '=', 'deal-review').execute())).toHaveLength(3);
    });

    it('seeds the default record types and demo rows, all valid against their types', async () => {
      const first = await seedRecordTypes(s.store, recordTypeFiles(TEMPLATES), s.clock.now().toISOString());
      expect(first.skipped).toEqual([]);
      expect(first.installed.sort()).toEqual(['contact', 'contract', 'customer', 'lead', 'opportunity', 'order', 'quote', 'ticket']);
      expect((await seedRecordTypes(s.store, recordTypeFiles(TEMPLATES), s.clock.now().toISOString())).installed).toEqual([]);
      expect(await seedDemoRecords(s.store, s.clock.now().toISOString())).toBeGreaterThanOrEqual(6);
      expect(await seedDemoRecords(s.store, s.clock.now().toISOString())).toBe(0);
      const types = new Map((await s.store.db.selectFrom('record_types').select(['key', 'body']).execute()).map((t) => [t.key, JSON.parse(t.body) as { fields: BatonForm['fields'] }]));
      for (const r of await s.store.db.selectFrom('records').select(['id', 'type', 'values']).where('id', 'like', 'rec_demo_%').execute()) {
        const checked = validateFormData({ fields: types.get(r.type)!.fields } as BatonForm, JSON.parse(r.values));
        expect(checked.problems, r.id).toEqual([]);
      }
      const orders = await s.call('GET', '/api/records/order', { token: rep });
      expect(orders.body.items.map((x: { owner: string }) => x.owner)).toEqual(['li.na', 'li.na']);
      expect((await s.call('GET', '/api/records/order', { token: peer })).body.items.map((x: { owner: string }) => x.owner)).toEqual(['zhang.wei']);
    });
  });
}
