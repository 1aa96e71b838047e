// Record-trigger loops over real HTTP, on SQLite and PostgreSQL: a flow whose automation writes the
// record that triggered it does not start itself again (self-loop); flows that trigger each other,
// or a flow that creates records that trigger it, stop at trigger depth 3; every skipped start is
// audited as record.trigger-skipped while the write itself commits; a person's edit afterwards
// starts at depth 0 again; a change set applied on approval starts another flow at depth 1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppOutboxWorker } from '../../packages/server/src/index.ts';
import type { OutboxWorker } from '../../packages/server/src/index.ts';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();

const label = (en: string) => ({ en, 'zh-CN': en });
const num = (key: string) => ({ key, type: 'number', label: label(key), default: 0 });
const name = { key: 'name', type: 'text', label: label('Name'), required: true };
const recordType = (key: string, fields: unknown[], triggers: unknown[]) => ({ key, name: label(key), titleField: 'name', fields: [name, ...fields], triggers });

const automationFlow = (key: string, type: string, formFields: unknown[], action: unknown) => ({
  key,
  name: label(key),
  record: { type },
  form: { fields: formFields },
  nodes: [{ id: 'start', type: 'start' }, { id: 'auto', type: 'automation', action }, { id: 'end', type: 'end' }],
  edges: [{ from: 'start', to: 'auto' }, { from: 'auto', to: 'end' }],
});
const approvalFlow = (key: string, type: string, extra: Record<string, unknown> = {}) => ({
  key,
  name: label(key),
  record: { type },
  form: { fields: [{ key: 'quote', type: 'record-link', recordType: type, label: label('Quote'), required: true }] },
  nodes: [{ id: 'start', type: 'start' }, { id: 'ok', type: 'approval', assignees: [{ type: 'users', users: ['wang.lei'] }] }, { id: 'end', type: 'end' }],
  edges: [{ from: 'start', to: 'ok' }, { from: 'ok', to: 'end' }],
  ...extra,
});

const TYPES = [
  // A flow on "updated" that stamps the same record.
  recordType('stampee', [num('stamps')], [{ on: 'update', start: 'stamp-self' }]),
  // ping on x changes y; pong on y changes x.
  recordType('pingpong', [num('x'), num('y')], [{ on: 'field-change', field: 'x', start: 'ping' }, { on: 'field-change', field: 'y', start: 'pong' }]),
  // Each new record's flow creates another record.
  recordType('spawn', [], [{ on: 'create', start: 'spawner' }]),
  // An approved discount change starts a notice flow.
  recordType('quote', [num('discount')], [{ on: 'field-change', field: 'discount', start: 'quote-notice' }]),
];
const FLOWS = [
  automationFlow('stamp-self', 'stampee', [num('stamps')], { type: 'update-record', set: { stamps: { cel: 'stamps + 1.0' } } }),
  automationFlow('ping', 'pingpong', [num('x'), num('y')], { type: 'update-record', set: { y: { cel: 'y + 1.0' } } }),
  automationFlow('pong', 'pingpong', [num('x'), num('y')], { type: 'update-record', set: { x: { cel: 'x + 1.0' } } }),
  automationFlow('spawner', 'spawn', [], { type: 'create-record', recordType: 'spawn', values: { name: { value: 'child' } } }),
  approvalFlow('quote-notice', 'quote'),
  approvalFlow('quote-change', 'quote', { record: { type: 'quote', changeSet: { fields: ['discount'] } } }),
];

interface Rec { id: string; revision: number; values: Record<string, unknown> }
interface Row { id: string; definition_key: string; trigger_depth: number; caused_by: string | null }

for (const dialect of DIALECTS) {
  describe(`record-trigger loops on ${dialect}`, () => {
    let s: TestServer;
    let worker: OutboxWorker;
    let admin = '';

    const create = async (type: string, values: Record<string, unknown>) => {
      const r = await s.call('POST', `/api/records/${type}`, { token: admin, body: { values, owner: 'li.na' } });
      expect(r.status).toBe(201);
      return r.body as Rec & { triggered: unknown[] };
    };
    const get = async (type: string, id: string) => (await s.call('GET', `/api/records/${type}/${id}`, { token: admin })).body as Rec;
    const edit = async (type: string, id: string, values: Record<string, unknown>) => {
      const r = await s.call('PATCH', `/api/records/${type}/${id}`, { token: admin, headers: { 'if-match': `"${(await get(type, id)).revision}"` }, body: { values } });
      expect(r.status).toBe(200);
      return r.body as Rec;
    };
    // Bounded: without the loop rules these chains never empty the outbox.
    const drain = async () => {
      for (let i = 0; i < 12; i++) await worker.drain(5);
    };
    const instancesOf = async (keys: string[]): Promise<Row[]> => (await s.store.db.selectFrom('instances').select(['id', 'definition_key', 'trigger_depth', 'caused_by'])
      .where('definition_key', 'in', keys).orderBy('created_at').orderBy('id').execute()).map((r) => ({ ...r, trigger_depth: Number(r.trigger_depth) }));
    const recordOf = async (id: string) => (JSON.parse((await s.store.db.selectFrom('instances').select('snapshot').where('id', '=', id).executeTakeFirstOrThrow()).snapshot) as { record?: { id: string } }).record?.id;
    const skips = async (type: string, id?: string): Promise<Array<Record<string, unknown>>> => (await s.store.db.selectFrom('audit').select(['subject', 'actor', 'detail']).where('action', '=', 'record.trigger-skipped')
      .where('subject', id ? '=' : 'like', id ? `record:${type}:${id}` : `record:${type}:%`).orderBy('seq').execute()).map((a) => ({ subject: a.subject, actor: a.actor, ...JSON.parse(a.detail) as Record<string, unknown> }));

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      worker = createAppOutboxWorker(s.baton.ctx, { worker: { maxAttempts: 2, backoff: { baseMs: 1, capMs: 1 }, random: () => 0 } });
      admin = await s.token('admin');
      const designer = await s.token('xu.ting');
      for (const t of TYPES) expect((await s.call('PUT', `/api/record-types/${t.key}`, { token: designer, body: t })).status).toBe(201);
      for (const f of FLOWS) {
        const made = await s.call('POST', '/api/definitions', { token: designer, body: f });
        expect(made.status, JSON.stringify(made.body)).toBe(201);
        expect((await s.call('POST', `/api/definitions/${f.key}/publish`, { token: designer })).status).toBe(201);
      }
    }, 60_000);
    afterAll(() => s.close());

    it('runs a flow that updates its own record exactly once per human edit, the would-be restart audited as a self-loop', async () => {
      const r = await create('stampee', { name: 'Acme', stamps: 0 });
      expect(await instancesOf(['stamp-self'])).toEqual([]);
      await edit('stampee', r.id, { name: 'Acme Ltd' });
      await drain();
      const first = await instancesOf(['stamp-self']);
      expect(first).toEqual([{ id: expect.any(String), definition_key: 'stamp-self', trigger_depth: 0, caused_by: null }]);
      // The automation's write committed although the trigger it fired was skipped.
      expect((await get('stampee', r.id)).values).toMatchObject({ name: 'Acme Ltd', stamps: 1 });
      expect(await skips('stampee', r.id)).toEqual([{ subject: `record:stampee:${r.id}`, actor: 'system', trigger: 0, definition: 'stamp-self', reason: 'self-loop', causedBy: first[0]!.id, record: r.id, depth: 0, maxDepth: 3 }]);
      // Where a person sees it: the record's history, newest first.
      const history = await s.call('GET', `/api/records/stampee/${r.id}/history`, { token: admin });
      expect(history.status).toBe(200);
      expect((history.body.items as Array<{ action: string }>).map((i) => i.action)).toEqual(['record.trigger-skipped', 'record.automation-update', 'record.update', 'record.create']);
      expect(history.body.items[0].detail).toMatchObject({ reason: 'self-loop', definition: 'stamp-self', causedBy: first[0]!.id });

      await edit('stampee', r.id, { name: 'Acme Group' });
      await drain();
      const second = await instancesOf(['stamp-self']);
      expect(second).toHaveLength(2);
      expect(second[1]).toMatchObject({ trigger_depth: 0, caused_by: null });
      expect((await get('stampee', r.id)).values).toMatchObject({ stamps: 2 });
      expect((await skips('stampee', r.id)).map((k) => k.causedBy)).toEqual([first[0]!.id, second[1]!.id]);
    });

    it('stops two flows that trigger each other at depth 3, audits the skip, and starts again at depth 0 on a human edit', async () => {
      const r = await create('pingpong', { name: 'Loop', x: 0, y: 0 });
      await edit('pingpong', r.id, { x: 1 });
      await drain();
      const chain = await instancesOf(['ping', 'pong']);
      expect(chain.map((c) => [c.definition_key, c.trigger_depth])).toEqual([['ping', 0], ['pong', 1], ['ping', 2], ['pong', 3]]);
      expect(chain.map((c) => c.caused_by)).toEqual([null, chain[0]!.id, chain[1]!.id, chain[2]!.id]);
      // The last write (pong at depth 3) still committed.
      expect((await get('pingpong', r.id)).values).toMatchObject({ x: 3, y: 2 });
      expect(await skips('pingpong', r.id)).toEqual([{ subject: `record:pingpong:${r.id}`, actor: 'system', trigger: 0, definition: 'ping', reason: 'depth-limit', causedBy: chain[3]!.id, record: r.id, depth: 3, maxDepth: 3 }]);
      // Every link of the chain is about the same record: only the depth stopped it.
      for (const c of chain) expect(await recordOf(c.id)).toBe(r.id);
      // pong at depth 1 started for the record's owner: li.na sees it, with where it came from,
      // but not the ping request of the admin's edit that caused it (she may not see that one).
      const origin = { trigger: true, record: { type: 'pingpong', typeName: label('pingpong'), id: r.id, title: 'Loop' }, depth: 1 };
      expect((await s.call('GET', `/api/instances/${chain[1]!.id}`, { token: admin })).body.origin).toEqual({ ...origin, causedBy: chain[0]!.id });
      const lina = await s.token('li.na');
      expect((await s.call('GET', `/api/instances/${chain[0]!.id}`, { token: lina })).status).toBe(404);
      const asOwner = await s.call('GET', `/api/instances/${chain[1]!.id}`, { token: lina });
      expect(asOwner.status).toBe(200);
      expect(asOwner.body.origin).toEqual({ ...origin, causedBy: null });

      await edit('pingpong', r.id, { x: 10 });
      await drain();
      const again = (await instancesOf(['ping', 'pong'])).slice(4);
      expect(again.map((c) => [c.definition_key, c.trigger_depth])).toEqual([['ping', 0], ['pong', 1], ['ping', 2], ['pong', 3]]);
      expect(again[0]!.caused_by).toBeNull();
      expect((await get('pingpong', r.id)).values).toMatchObject({ x: 12, y: 4 });
      expect(await skips('pingpong', r.id)).toHaveLength(2);
    });

    it('stops a flow that creates records of its own trigger at depth 3 (other records: no self-loop)', async () => {
      const root = await create('spawn', { name: 'root' });
      expect(root.triggered).toHaveLength(1);
      await drain();
      const chain = await instancesOf(['spawner']);
      expect(chain.map((c) => c.trigger_depth)).toEqual([0, 1, 2, 3]);
      expect(chain.map((c) => c.caused_by)).toEqual([null, chain[0]!.id, chain[1]!.id, chain[2]!.id]);
      const records = await s.store.db.selectFrom('records').select('id').where('type', '=', 'spawn').execute();
      // root plus one child per instance; the fifth record's create trigger was skipped.
      expect(records).toHaveLength(5);
      const skipped = await skips('spawn');
      expect(skipped).toHaveLength(1);
      expect(skipped[0]).toMatchObject({ trigger: 0, definition: 'spawner', reason: 'depth-limit', causedBy: chain[3]!.id, depth: 3 });
      expect(records.map((x) => x.id)).toContain(skipped[0]!.record);
    });

    it('starts the flow a change set triggers, applied on approval, at depth 1 caused by the change request', async () => {
      const q = await create('quote', { name: 'Q-1', discount: 5 });
      const asked = await s.call('POST', `/api/records/quote/${q.id}/change-requests`, { token: admin, body: { definition: 'quote-change', patch: { discount: 20 }, data: {} } });
      expect(asked.status, JSON.stringify(asked.body)).toBe(201);
      const requestId = asked.body.id as string;
      expect(await instancesOf(['quote-notice'])).toEqual([]);
      const manager = await s.token('wang.lei');
      const detail = await s.call('GET', `/api/instances/${requestId}`, { token: manager });
      const task = (detail.body.tasks as Array<{ id: string; user: string; status: string }>).find((t) => t.user === 'wang.lei' && t.status === 'pending');
      expect(task).toBeDefined();
      expect((await s.call('POST', `/api/tasks/${task!.id}/approve`, { token: manager, body: {} })).status).toBe(200);
      expect((await get('quote', q.id)).values).toMatchObject({ discount: 20 });
      expect(await instancesOf(['quote-notice'])).toEqual([{ id: expect.any(String), definition_key: 'quote-notice', trigger_depth: 1, caused_by: requestId }]);
      expect((await instancesOf(['quote-change']))[0]).toMatchObject({ id: requestId, trigger_depth: 0, caused_by: null });
      expect(await skips('quote', q.id)).toEqual([]);
      // The request page says how it began (the approver saw the change request, so it is named).
      const notice = (await instancesOf(['quote-notice']))[0]!.id;
      expect((await s.call('GET', `/api/instances/${notice}`, { token: manager })).body.origin).toEqual({ trigger: true, record: { type: 'quote', typeName: label('quote'), id: q.id, title: 'Q-1' }, depth: 1, causedBy: requestId });
      // A person's start has no origin.
      expect((await s.call('GET', `/api/instances/${requestId}`, { token: manager })).body.origin).toBeNull();
    });

    it('starts a human edit\'s flows at depth 0 with no cause, and skips nothing', async () => {
      const q = await create('quote', { name: 'Q-2', discount: 1 });
      const edited = await edit('quote', q.id, { discount: 2 });
      expect(edited.values).toMatchObject({ discount: 2 });
      const notices = await instancesOf(['quote-notice']);
      const mine = [];
      for (const n of notices) if ((await recordOf(n.id)) === q.id) mine.push(n);
      expect(mine).toEqual([{ id: expect.any(String), definition_key: 'quote-notice', trigger_depth: 0, caused_by: null }]);
      expect((await s.call('GET', `/api/instances/${mine[0]!.id}`, { token: admin })).body.origin).toEqual({ trigger: true, record: { type: 'quote', typeName: label('quote'), id: q.id, title: 'Q-2' }, depth: 0, causedBy: null });
      expect(await skips('quote', q.id)).toEqual([]);
    });

    it('names the record a trigger started a request from by its title only for a reader who may read the record', async () => {
      // liu.yang's quote: wang.lei approves the notice it starts but is not above liu.yang (owner rule).
      const made = await s.call('POST', '/api/records/quote', { token: admin, body: { values: { name: 'Q-private', discount: 1 }, owner: 'liu.yang' } });
      expect(made.status).toBe(201);
      await edit('quote', made.body.id, { discount: 3 });
      const notices = await instancesOf(['quote-notice']);
      let started = '';
      for (const n of notices) if ((await recordOf(n.id)) === made.body.id) started = n.id;
      const wang = await s.token('wang.lei');
      expect((await s.call('GET', `/api/records/quote/${made.body.id}`, { token: wang })).status).toBe(404);
      const seen = await s.call('GET', `/api/instances/${started}`, { token: wang });
      expect(seen.status).toBe(200);
      expect(seen.body.origin.record).toEqual({ type: 'quote', typeName: label('quote'), id: made.body.id, title: null });
      expect((await s.call('GET', `/api/instances/${started}`, { token: admin })).body.origin.record.title).toBe('Q-private');
    });
  });
}
