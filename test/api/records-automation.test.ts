// Automation steps that write records, on SQLite and PostgreSQL: assign-owner (round-robin over a
// pool, one cursor per pool), update-record and create-record run by the outbox worker, each write
// committed together with the engine's automation-result; a worker that runs the same row again
// changes nothing; a refused write reaches the engine as ok:false.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppOutboxWorker } from '../../packages/server/src/index.ts';
import type { OutboxWorker } from '../../packages/server/src/index.ts';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();

const ticketType = {
  key: 'case',
  name: { en: 'Case', 'zh-CN': '工单' },
  titleField: 'subject',
  fields: [
    { key: 'subject', type: 'text', label: { en: 'Subject' }, required: true },
    { key: 'state', type: 'select', label: { en: 'State' }, options: [{ value: 'open', label: { en: 'Open' } }, { value: 'closed', label: { en: 'Closed' } }] },
    { key: 'score', type: 'number', label: { en: 'Score' }, maximum: 10 },
  ],
};

const flow = (key: string, set: Record<string, unknown>) => ({
  key,
  name: { en: 'Case routing', 'zh-CN': '工单分派' },
  record: { type: 'case' },
  variables: { picked: { type: 'string', description: { en: 'The owner picked' } }, created: { type: 'string', description: { en: 'The new case' } } },
  form: { fields: [{ key: 'note', type: 'text', label: { en: 'Note' } }] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'assign', type: 'automation', action: { type: 'assign-owner', pool: [{ type: 'users', users: ['zhang.wei', 'li.na'] }], saveAs: 'picked' } },
    { id: 'mark', type: 'automation', action: { type: 'update-record', set } },
    { id: 'follow', type: 'automation', action: { type: 'create-record', recordType: 'case', values: { subject: { value: 'Follow-up call' }, state: { value: 'open' } }, saveAs: 'created' } },
    { id: 'end', type: 'end' },
  ],
  edges: [{ from: 'start', to: 'assign' }, { from: 'assign', to: 'mark' }, { from: 'mark', to: 'follow' }, { from: 'follow', to: 'end' }],
});

for (const dialect of DIALECTS) {
  describe(`record automation on ${dialect}`, () => {
    let s: TestServer;
    let worker: OutboxWorker;
    let admin = '';
    const newCase = async (subject: string) => {
      const r = await s.call('POST', '/api/records/case', { token: admin, body: { values: { subject, state: 'open' }, owner: 'liu.yang' } });
      expect(r.status).toBe(201);
      return r.body as { id: string; owner: string; values: Record<string, unknown> };
    };
    const startOn = async (key: string, c: { id: string; owner: string; values: Record<string, unknown> }) => {
      const r = await s.call('POST', '/api/instances', { token: admin, body: { definition: key, data: {}, record: { id: c.id, type: 'case', owner: c.owner, values: c.values } } });
      expect(r.status).toBe(201);
      return r.body.id as string;
    };
    const drain = async () => {
      for (let i = 0; i < 10; i++) await worker.drain(20);
    };
    const instance = async (id: string) => JSON.parse((await s.store.db.selectFrom('instances').select('snapshot').where('id', '=', id).executeTakeFirstOrThrow()).snapshot);
    const record = async (id: string) => (await s.call('GET', `/api/records/case/${id}`, { token: admin })).body;

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      worker = createAppOutboxWorker(s.baton.ctx, { worker: { maxAttempts: 2, backoff: { baseMs: 1, capMs: 1 }, random: () => 0 } });
      admin = await s.token('admin');
      const designer = await s.token('xu.ting');
      expect((await s.call('PUT', '/api/record-types/case', { token: designer, body: ticketType })).status).toBe(201);
      for (const [key, set] of [['case-route', { state: { value: 'closed' }, score: { value: 7 } }], ['case-bad', { score: { value: 99 } }]] as const) {
        expect((await s.call('POST', '/api/definitions', { token: designer, body: flow(key, set) })).status).toBe(201);
        expect((await s.call('POST', '/api/definitions/' + key + '/publish', { token: designer })).status).toBe(201);
      }
    }, 60_000);
    afterAll(() => s.close());

    it('assigns owners in turn, updates the record and creates one, each once, with the results fed back', async () => {
      const a = await newCase('First');
      const b = await newCase('Second');
      const ia = await startOn('case-route', a);
      await drain();
      const ib = await startOn('case-route', b);
      await drain();
      expect((await record(a.id)).owner).toBe('li.na');
      expect((await record(b.id)).owner).toBe('zhang.wei');
      expect(await record(a.id)).toMatchObject({ department: 'sales-east', values: { subject: 'First', state: 'closed', score: 7 } });
      const sa = await instance(ia);
      expect(sa.status).toBe('approved');
      expect(sa.vars.picked).toBe('li.na');
      const created = await record(sa.vars.created);
      expect(created).toMatchObject({ values: { subject: 'Follow-up call', state: 'open' }, owner: 'admin' });
      expect((await instance(ib)).vars.picked).toBe('zhang.wei');

      const before = await s.store.db.selectFrom('records').selectAll().orderBy('id').execute();
      const audits = (await s.store.db.selectFrom('audit').select('seq').execute()).length;
      // Run every record row again, as a worker would after a crash between commit and "done".
      await s.store.db.updateTable('outbox').set({ status: 'pending', attempts: 0, available_at: s.clock.now().toISOString() }).where('kind', 'in', ['assign-owner', 'update-record', 'create-record']).execute();
      await drain();
      expect(await s.store.db.selectFrom('records').selectAll().orderBy('id').execute()).toEqual(before);
      expect((await s.store.db.selectFrom('audit').select('seq').execute()).length).toBe(audits);
      const audit = await s.store.db.selectFrom('audit').select('action').where('subject', '=', `record:case:${a.id}`).orderBy('seq').execute();
      expect(audit.map((x) => x.action)).toEqual(['record.create', 'record.assign-owner', 'record.automation-update']);
    });

    it('answers the engine ok:false when the record type refuses the update, and writes nothing', async () => {
      const c = await newCase('Third');
      const id = await startOn('case-bad', c);
      await drain();
      const snap = await instance(id);
      expect(snap.status).toBe('terminated');
      const r = await record(c.id);
      expect(r.values).toEqual({ subject: 'Third', state: 'open' });
      expect(r.owner).toBe('li.na');
      const told = await s.store.db.selectFrom('audit').select('detail').where('subject', '=', `instance:${id}`).where('action', '=', 'instance.automation-result').execute();
      const results = told.map((t) => JSON.parse(t.detail).command as { ok: boolean; error?: string });
      expect(results.map((x) => x.ok)).toEqual([true, false]);
      expect(results[1]!.error).toContain('/values/score');
      expect(await s.store.db.selectFrom('audit').select('action').where('subject', '=', `record:case:${c.id}`).where('action', '=', 'record.automation-update').execute()).toEqual([]);
    });
  });
}
