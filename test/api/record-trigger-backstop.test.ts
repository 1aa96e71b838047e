// The record-trigger backstop over real HTTP, on SQLite and PostgreSQL, with a real loopback
// receiver standing in for an external system: a flow's HTTP request reaches it, and it posts a
// signed delivery back to Baton's inbound hook that changes the field the flow is triggered by.
// Without a cause that loop stops at the per-record hourly cap (audited `rate-limit`, the write
// committed), a person's edit is capped too until the hour has passed (fake clock); other records
// are not. When the system hands on the trigger depth Baton sent (HTTP request header, or the signed
// body of an outbound webhook), the chain stops at depth 3 instead. Ignored values count as depth 0.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppOutboxWorker, outboundPolicy, signWebhook, webhookHeaders } from '../../packages/server/src/index.ts';
import type { OutboxWorker } from '../../packages/server/src/index.ts';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();
const CAP = 6;
const HOUR = 3600_000;

interface Hit { path: string; headers: IncomingHttpHeaders; body: string }
const hits: Hit[] = [];
let receiver: Server;
let base = '';

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      hits.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => receiver.close(() => r())));

const label = (en: string) => ({ en, 'zh-CN': en });
const TICKET = {
  key: 'ticket', name: label('Ticket'), titleField: 'name',
  fields: [{ key: 'name', type: 'text', label: label('Name'), required: true }, { key: 'ext', type: 'text', label: label('External id') }, { key: 'n', type: 'number', label: label('N'), default: 0 }],
  triggers: [{ on: 'field-change', field: 'n', start: 'echo' }],
};
// Tells the external system about each change of n (the system answers by posting n + 1 back). Its
// own depth header is Baton's to replace.
const echoFlow = (url: string) => ({
  key: 'echo', name: label('Echo'), record: { type: 'ticket' },
  form: { fields: [{ key: 'ext', type: 'text', label: label('ext') }, { key: 'n', type: 'number', label: label('n'), default: 0 }] },
  nodes: [{ id: 'start', type: 'start' }, { id: 'call', type: 'automation', action: { type: 'http', method: 'POST', url, headers: { 'Baton-Trigger-Depth': '99' }, body: { ext: { field: 'ext' }, n: { field: 'n' } } } }, { id: 'end', type: 'end' }],
  edges: [{ from: 'start', to: 'call' }, { from: 'call', to: 'end' }],
});
const NOTE = {
  key: 'note', name: label('Note'), form: { fields: [{ key: 'text', type: 'text', label: label('Text') }] },
  nodes: [{ id: 'start', type: 'start' }, { id: 'ok', type: 'approval', assignees: [{ type: 'users', users: ['wang.lei'] }] }, { id: 'end', type: 'end' }],
  edges: [{ from: 'start', to: 'ok' }, { from: 'ok', to: 'end' }],
};

interface Row { id: string; trigger_depth: number; caused_by: string | null }

for (const dialect of DIALECTS) {
  describe(`record-trigger backstop on ${dialect}`, () => {
    const P = `/${dialect}`;
    let s: TestServer;
    let worker: OutboxWorker;
    let admin = '';
    let tickets = '';
    let notes = '';
    let seq = 0;
    let looped = '';

    const deliver = async (hook: string, secret: string, body: unknown, extra: Record<string, string> = {}) => {
      const text = JSON.stringify(body);
      const headers = { ...webhookHeaders(secret, `msg_${dialect}_${++seq}`, Math.floor(s.clock.now().getTime() / 1000), text), 'content-type': 'application/json', ...extra };
      const r = await s.call('POST', `/api/inbound/${hook}`, { headers, raw: text });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body as { recordId?: string; instanceId?: string };
    };
    const post = (ext: string, n: number, more: Record<string, unknown> = {}, extra: Record<string, string> = {}) => deliver('tickets', tickets, { values: { ext, n }, ...more }, extra);
    // Made by the system itself, so the record has its external id.
    const create = async (ext: string) => (await post(ext, 0, { values: { name: ext, ext, n: 0 } })).recordId!;
    const get = async (id: string) => (await s.call('GET', `/api/records/ticket/${id}`, { token: admin })).body as { revision: number; values: Record<string, unknown> };
    const edit = async (id: string, n: number) => {
      const r = await s.call('PATCH', `/api/records/ticket/${id}`, { token: admin, headers: { 'if-match': `"${(await get(id)).revision}"` }, body: { values: { n } } });
      expect(r.status).toBe(200);
      return r.body as { triggered?: unknown[] };
    };
    const echoes = async (record: string): Promise<Row[]> => (await s.store.db.selectFrom('instances').select(['id', 'trigger_depth', 'caused_by', 'trigger_record'])
      .where('definition_key', '=', 'echo').orderBy('created_at').orderBy('id').execute())
      .filter((r) => r.trigger_record === record).map((r) => ({ id: r.id, trigger_depth: Number(r.trigger_depth), caused_by: r.caused_by }));
    const skips = async (record: string) => (await s.store.db.selectFrom('audit').select(['actor', 'detail']).where('action', '=', 'record.trigger-skipped')
      .where('subject', '=', `record:ticket:${record}`).orderBy('seq').execute()).map((a): Record<string, unknown> => ({ actor: a.actor, ...JSON.parse(a.detail) as Record<string, unknown> }));
    // The external system: runs the outbox, answers each new hit on `path` with `answer`, until
    // nothing new arrives. Bounded: without the backstop this never ends.
    const runLoop = async (path: string, answer: (h: Hit) => Promise<unknown>) => {
      let seen = hits.length;
      for (let round = 0; round < 3 * CAP; round++) {
        await worker.drain(20);
        const fresh = hits.slice(seen).filter((h) => h.path === P + path);
        seen = hits.length;
        if (fresh.length === 0) return round;
        for (const h of fresh) await answer(h);
      }
      throw new Error('the loop did not stop');
    };
    const next = (h: Hit) => {
      const b = JSON.parse(h.body) as { ext: string; n: number };
      return { ext: b.ext, n: b.n + 1 };
    };

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg, { triggerStartsPerRecordPerHour: CAP });
      worker = createAppOutboxWorker(s.baton.ctx, { policy: outboundPolicy({ allow: ['127.0.0.1'] }), worker: { maxAttempts: 2, backoff: { baseMs: 1, capMs: 1 }, random: () => 0 } });
      admin = await s.token('admin');
      const designer = await s.token('xu.ting');
      expect((await s.call('PUT', '/api/record-types/ticket', { token: designer, body: TICKET })).status).toBe(201);
      for (const f of [echoFlow(`${base}${P}/echo`), NOTE]) {
        const made = await s.call('POST', '/api/definitions', { token: designer, body: f });
        expect(made.status, JSON.stringify(made.body)).toBe(201);
        expect((await s.call('POST', `/api/definitions/${f.key}/publish`, { token: designer })).status).toBe(201);
      }
      const hook = await s.call('POST', '/api/inbound-hooks', { token: admin, body: { key: 'tickets', action: { type: 'upsert-record', recordType: 'ticket', externalIdField: 'ext' } } });
      expect(hook.status, JSON.stringify(hook.body)).toBe(201);
      tickets = hook.body.secret as string;
      const noteHook = await s.call('POST', '/api/inbound-hooks', { token: admin, body: { key: 'notes', action: { type: 'start-flow', definition: 'note' } } });
      expect(noteHook.status).toBe(201);
      notes = noteHook.body.secret as string;
    }, 60_000);
    afterAll(() => s.close());

    it('stops a loop through an inbound hook that carries no depth at the hourly cap, audits the skip, and keeps the write', async () => {
      const id = await create('T-1');
      looped = id;
      await edit(id, 1);
      await runLoop('/echo', async (h) => {
        const { ext, n } = next(h);
        return post(ext, n);
      });
      const chain = await echoes(id);
      // The cause is lost on the way round: every start is depth 0, and only the cap stopped them.
      expect(chain).toHaveLength(CAP);
      expect(chain.every((c) => c.trigger_depth === 0 && c.caused_by === null)).toBe(true);
      // The delivery that would have started the seventh committed its value.
      expect((await get(id)).values).toMatchObject({ n: CAP + 1 });
      expect(await skips(id)).toEqual([{ actor: 'admin', trigger: 0, definition: 'echo', reason: 'rate-limit', record: id, depth: 0, maxDepth: 3, perHour: CAP }]);
      // Where a person sees it: the record's history.
      const history = await s.call('GET', `/api/records/ticket/${id}/history`, { token: admin });
      expect(history.body.items[0]).toMatchObject({ action: 'record.trigger-skipped', detail: { reason: 'rate-limit' } });
    });

    it('caps a person\'s edit within the hour too, not another record\'s, and starts again once the hour has passed', async () => {
      const id = looped;
      expect(await echoes(id)).toHaveLength(CAP);
      s.clock.advance(HOUR - 1);
      expect((await edit(id, 100)).triggered ?? []).toEqual([]);
      expect(await echoes(id)).toHaveLength(CAP);
      expect((await skips(id)).map((k) => [k.reason, k.actor])).toEqual([['rate-limit', 'admin'], ['rate-limit', 'admin']]);
      expect((await get(id)).values).toMatchObject({ n: 100 });

      const other = await create('T-2');
      await edit(other, 1);
      expect(await echoes(other)).toEqual([{ id: expect.any(String), trigger_depth: 0, caused_by: null }]);

      s.clock.advance(1);
      await edit(id, 101);
      const after = await echoes(id);
      expect(after).toHaveLength(CAP + 1);
      expect(after[CAP]).toMatchObject({ trigger_depth: 0, caused_by: null });
      expect(await skips(id)).toHaveLength(2);
      await worker.drain(20);
    });

    it('hands the depth on through an HTTP request header and a signed delivery, stopping the chain at depth 3', async () => {
      const id = await create('T-3');
      await edit(id, 1);
      const sent: string[] = [];
      await runLoop('/echo', async (h) => {
        const { ext, n } = next(h);
        if (ext !== 'T-3') return undefined;
        sent.push(String(h.headers['baton-trigger-depth']));
        return post(ext, n, { triggerDepth: Number(h.headers['baton-trigger-depth']) });
      });
      const chain = await echoes(id);
      expect(chain.map((c) => c.trigger_depth)).toEqual([0, 1, 2, 3]);
      // The remote instance is not trusted to be ours: no caused_by.
      expect(chain.every((c) => c.caused_by === null)).toBe(true);
      expect(sent).toEqual(['0', '1', '2', '3']);
      expect(await skips(id)).toEqual([{ actor: 'admin', trigger: 0, definition: 'echo', reason: 'depth-limit', record: id, depth: 3, maxDepth: 3 }]);
      const history = await s.call('GET', `/api/records/ticket/${id}/history`, { token: admin });
      expect((history.body.items as Array<{ action: string; detail: Record<string, unknown> }>).find((i) => i.action === 'record.update' && i.detail.inbound === 'tickets')?.detail).toMatchObject({ triggerDepth: 3 });
    });

    it('sends the depth in an outbound webhook\'s signed body and header, and a system posting it back resumes from it', async () => {
      const sub = await s.call('POST', '/api/webhooks', { token: admin, body: { url: `${base}${P}/events`, events: ['*'] } });
      expect(sub.status).toBe(201);
      const id = await create('T-4');
      await edit(id, 1);
      let n = 1;
      const seen: Array<[number, string | undefined]> = [];
      await runLoop('/events', async (h) => {
        // Signed as Standard Webhooks says (the fake clock is years from the library's own check's).
        expect(h.headers['webhook-signature']).toBe(signWebhook(sub.body.secret as string, String(h.headers['webhook-id']), Number(h.headers['webhook-timestamp']), h.body));
        const payload = JSON.parse(h.body) as { data: { definition?: string }; triggerDepth: number };
        if (payload.data.definition !== 'echo') return undefined;
        seen.push([payload.triggerDepth, h.headers['baton-trigger-depth'] as string | undefined]);
        return post('T-4', ++n, { triggerDepth: payload.triggerDepth });
      });
      expect((await echoes(id)).map((c) => c.trigger_depth)).toEqual([0, 1, 2, 3]);
      expect(seen).toEqual([[0, '0'], [1, '1'], [2, '2'], [3, '3']]);
      expect((await skips(id)).map((k) => k.reason)).toEqual(['depth-limit']);
      expect((await s.call('DELETE', `/api/webhooks/${sub.body.id as string}`, { token: admin })).status).toBe(200);
    });

    it('ignores a depth that is not a whole number in the signed body, or only in a header; starts a hook\'s flow at depth + 1', async () => {
      const id = await create('T-5');
      await post('T-5', 1, { triggerDepth: '3' });
      await post('T-5', 2, { triggerDepth: 2.5 });
      await post('T-5', 3, { triggerDepth: -1 });
      await post('T-5', 4, {}, { 'baton-trigger-depth': '3' });
      expect((await echoes(id)).map((c) => c.trigger_depth)).toEqual([0, 0, 0, 0]);
      await post('T-5', 5, { triggerDepth: 2 });
      expect((await echoes(id)).map((c) => c.trigger_depth)).toEqual([0, 0, 0, 0, 3]);
      expect(await skips(id)).toEqual([]);
      // A bad signature is refused whatever the body says, and writes nothing.
      const text = JSON.stringify({ values: { ext: 'T-5', n: 9 }, triggerDepth: 0 });
      const forged = await s.call('POST', '/api/inbound/tickets', { headers: { ...webhookHeaders(notes, 'msg_forged', Math.floor(s.clock.now().getTime() / 1000), text), 'content-type': 'application/json' }, raw: text });
      expect(forged.status).toBe(401);
      expect((await get(id)).values).toMatchObject({ n: 5 });

      const started = await deliver('notes', notes, { data: { text: 'from afar' }, triggerDepth: 2 });
      const plain = await deliver('notes', notes, { data: { text: 'plain' } });
      const depthOf = async (inst: string | undefined) => Number((await s.store.db.selectFrom('instances').select('trigger_depth').where('id', '=', inst!).executeTakeFirstOrThrow()).trigger_depth);
      expect(await depthOf(started.instanceId)).toBe(3);
      expect(await depthOf(plain.instanceId)).toBe(0);
      await worker.drain(20);
    });
  });
}
