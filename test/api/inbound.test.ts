// Signed inbound webhooks over real HTTP, on SQLite and PostgreSQL, signed by the reference
// `standardwebhooks` library: a delivery starts a flow or upserts a record by its external id;
// missing or wrong signatures, unknown hooks and timestamps outside five minutes answer 401; a
// repeated webhook-id acts once; bad bodies answer 422 naming the field and write nothing.
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';
import { simpleFlow } from './fixtures.ts';

const cluster = usePgCluster();

const accountType = {
  key: 'account',
  name: { en: 'Account', 'zh-CN': '账户' },
  titleField: 'name',
  fields: [
    { key: 'code', type: 'text', label: { en: 'ERP code' }, required: true, maxLength: 40 },
    { key: 'name', type: 'text', label: { en: 'Name' }, required: true },
    { key: 'limit', type: 'money', label: { en: 'Credit limit' }, minimum: 0 },
  ],
};

for (const dialect of DIALECTS) {
  describe(`inbound webhooks on ${dialect}`, () => {
    let s: TestServer;
    let admin = '';
    let flowHook: { key: string; secret: string };
    let recordHook: { key: string; secret: string };
    let n = 0;
    const deliver = (hook: { key: string; secret: string }, payload: unknown, opts: { id?: string; at?: Date; secret?: string; drop?: string } = {}) => {
      const body = JSON.stringify(payload);
      const id = opts.id ?? `msg_${dialect}_${++n}`;
      const at = opts.at ?? s.clock.now();
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
        'webhook-signature': new Webhook(opts.secret ?? hook.secret).sign(id, at, body),
      };
      if (opts.drop) delete headers[opts.drop];
      return s.call('POST', `/api/inbound/${hook.key}`, { raw: body, headers });
    };
    const instances = async () => (await s.store.db.selectFrom('instances').select('id').where('definition_key', '=', 'expense').execute()).length;

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      admin = await s.token('admin');
      const designer = await s.token('xu.ting');
      expect((await s.call('POST', '/api/definitions', { token: designer, body: simpleFlow() })).status).toBe(201);
      expect((await s.call('POST', '/api/definitions/expense/publish', { token: designer })).status).toBe(201);
      expect((await s.call('PUT', '/api/record-types/account', { token: designer, body: accountType })).status).toBe(201);
      const a = await s.call('POST', '/api/inbound-hooks', { token: admin, body: { key: 'erp-expenses', runAs: 'li.na', action: { type: 'start-flow', definition: 'expense' } } });
      expect(a.status).toBe(201);
      expect(a.body.secret).toMatch(/^whsec_/);
      flowHook = a.body;
      const b = await s.call('POST', '/api/inbound-hooks', { token: admin, body: { key: 'erp-accounts', action: { type: 'upsert-record', recordType: 'account', externalIdField: 'code' } } });
      expect(b.status).toBe(201);
      recordHook = b.body;
    }, 60_000);
    afterAll(() => s.close());

    it('lists hooks without secrets and refuses bad hook definitions naming the field', async () => {
      const list = await s.call('GET', '/api/inbound-hooks', { token: admin });
      expect(list.body.items.map((h: { key: string }) => h.key)).toEqual(['erp-accounts', 'erp-expenses']);
      expect(JSON.stringify(list.body)).not.toContain('whsec_');
      const post = (body: unknown) => s.call('POST', '/api/inbound-hooks', { token: admin, body });
      expect((await post({ key: 'erp-expenses', action: { type: 'start-flow', definition: 'expense' } })).status).toBe(409);
      expect((await post({ key: 'x1', action: { type: 'upsert-record', recordType: 'nope', externalIdField: 'code' } })).body.error.pointer).toBe('/action/recordType');
      expect((await post({ key: 'x2', action: { type: 'upsert-record', recordType: 'account', externalIdField: 'nope' } })).body.error.pointer).toBe('/action/externalIdField');
      expect((await post({ key: 'x3', runAs: 'ghost', action: { type: 'start-flow', definition: 'expense' } })).body.error.pointer).toBe('/runAs');
      expect((await post({ key: 'x4', secret: 'plain', action: { type: 'start-flow', definition: 'expense' } })).status).toBe(422);
      expect((await s.call('POST', '/api/inbound-hooks', { token: await s.token('li.na'), body: { key: 'x5', action: { type: 'start-flow', definition: 'expense' } } })).status).toBe(403);
    });

    it('starts the flow once per webhook-id, as the hook\'s user', async () => {
      const before = await instances();
      const r = await deliver(flowHook, { data: { amount: 120, reason: 'ERP invoice 7' } }, { id: 'msg_once' });
      expect(r.status).toBe(200);
      expect(r.body.instanceId).toBeTruthy();
      const again = await deliver(flowHook, { data: { amount: 120, reason: 'ERP invoice 7' } }, { id: 'msg_once' });
      expect(again.body).toEqual({ duplicate: true });
      expect(await instances()).toBe(before + 1);
      const inst = await s.store.db.selectFrom('instances').select('initiator').where('id', '=', r.body.instanceId).executeTakeFirstOrThrow();
      expect(inst.initiator).toBe('li.na');
    });

    it('refuses missing or wrong signatures, unknown hooks and stale timestamps with 401, acting on none', async () => {
      const before = await instances();
      const payload = { data: { amount: 5 } };
      expect((await deliver(flowHook, payload, { secret: recordHook.secret })).status).toBe(401);
      for (const h of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
        const r = await deliver(flowHook, payload, { drop: h });
        expect(r.status, h).toBe(401);
      }
      expect((await deliver({ key: 'no-such-hook', secret: flowHook.secret }, payload)).status).toBe(401);
      const old = await deliver(flowHook, payload, { at: new Date(s.clock.now().getTime() - 6 * 60_000) });
      expect(old.status).toBe(401);
      expect(old.body.error.code).toBe('stale-timestamp');
      // An unknown hook answers exactly as a known one would: hook keys cannot be probed.
      const oldUnknown = await deliver({ key: 'no-such-hook', secret: flowHook.secret }, payload, { at: new Date(s.clock.now().getTime() - 6 * 60_000) });
      expect(oldUnknown.body.error).toEqual(old.body.error);
      expect((await deliver(flowHook, payload, { at: new Date(s.clock.now().getTime() + 6 * 60_000) })).status).toBe(401);
      // The body signed is the body checked: one changed byte fails.
      const body = JSON.stringify(payload);
      const at = s.clock.now();
      const sig = new Webhook(flowHook.secret).sign('msg_tamper', at, body);
      const tampered = await s.call('POST', `/api/inbound/${flowHook.key}`, { raw: body.replace('5', '6'), headers: { 'content-type': 'application/json', 'webhook-id': 'msg_tamper', 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': sig } });
      expect(tampered.status).toBe(401);
      expect(await instances()).toBe(before);
    });

    it('answers bad bodies 422 naming the field, writes nothing, and lets a corrected delivery through', async () => {
      const before = await instances();
      const bad = await deliver(flowHook, { data: { amount: 'lots' } }, { id: 'msg_fix' });
      expect(bad.status).toBe(422);
      expect(bad.body.error.pointer).toBe('/data/amount');
      expect((await deliver(flowHook, { data: [] })).body.error.pointer).toBe('/data');
      expect(await instances()).toBe(before);
      const fixed = await deliver(flowHook, { data: { amount: 7 } }, { id: 'msg_fix' });
      expect(fixed.status).toBe(200);
      expect(await instances()).toBe(before + 1);
    });

    it('upserts records by their external id', async () => {
      const created = await deliver(recordHook, { values: { code: 'ERP-1', name: 'Acme', limit: 1000 } });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({ created: true });
      const updated = await deliver(recordHook, { values: { code: 'ERP-1', name: 'Acme Ltd' } });
      expect(updated.body).toMatchObject({ created: false, recordId: created.body.recordId });
      const rec = await s.call('GET', `/api/records/account/${created.body.recordId}`, { token: admin });
      expect(rec.body).toMatchObject({ owner: 'admin', values: { code: 'ERP-1', name: 'Acme Ltd', limit: 1000 }, revision: 2 });
      expect((await deliver(recordHook, { values: { name: 'No code' } })).body.error.pointer).toBe('/values/code');
      expect((await deliver(recordHook, { values: { code: 'ERP-2', name: 'Bad', limit: -1 } })).body.error.pointer).toBe('/values/limit');
      expect((await deliver(recordHook, { rows: [] })).body.error.pointer).toBe('/values');
      const all = await s.store.db.selectFrom('records').select('id').where('type', '=', 'account').execute();
      expect(all).toHaveLength(1);
      // A deleted record frees its external id: the next delivery creates a new one.
      expect((await s.call('DELETE', `/api/records/account/${created.body.recordId}`, { token: admin })).status).toBe(200);
      const again = await deliver(recordHook, { values: { code: 'ERP-1', name: 'Acme again' } });
      expect(again.status).toBe(200);
      expect(again.body.created).toBe(true);
      expect(again.body.recordId).not.toBe(created.body.recordId);
    });
  });
}
