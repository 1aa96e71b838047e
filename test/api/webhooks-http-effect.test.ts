// HTTP request nodes through the outbox on SQLite and PostgreSQL: the node's request goes out
// through the guarded client with the row id as Idempotency-Key, and the JSON answer comes back
// to the engine as an automation-result (saveAs feeds the next condition). 5xx retries, 4xx and
// refused URLs answer ok:false at once, a dead-lettered row answers ok:false too.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppOutboxWorker, outboundPolicy } from '../../packages/server/src/index.ts';
import type { OutboxWorker } from '../../packages/server/src/index.ts';
import { DIALECTS, maybeCluster, startTestServer } from './harness.ts';
import type { TestServer } from './harness.ts';
import type { PgCluster } from '../postgres/pg-harness.ts';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

// Per path: the answers to give in turn ([status, body]); then 200 with `score` 80.
const plan: Record<string, Array<[number, string]>> = {};
const received: Received[] = [];
let server: Server;
let base = '';
let pg: PgCluster | undefined;

beforeAll(async () => {
  pg = await maybeCluster(DIALECTS);
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() });
      const [status, body] = plan[req.url ?? '']?.shift() ?? [200, '{"score":80,"grade":"A"}'];
      res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await pg?.stop();
});

function scoreFlow(key: string, url: string, onFailure: 'terminate' | 'continue') {
  return {
    key,
    name: { en: 'Scored request', 'zh-CN': '评分申请' },
    form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount' }, required: true }] },
    variables: { score: { type: 'map', value: {} } },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'score', type: 'automation', action: { type: 'http', method: 'POST', url, body: { amount: { field: 'amount' } }, saveAs: 'score' }, onFailure },
      { id: 'x', type: 'exclusive' },
      { id: 'high', type: 'approval', assignees: [{ type: 'users', users: ['wang.lei'] }] },
      { id: 'low', type: 'approval', assignees: [{ type: 'users', users: ['chen.jing'] }] },
      { id: 'end', type: 'end' },
    ],
    edges: [
      { from: 'start', to: 'score' },
      { from: 'score', to: 'x' },
      { from: 'x', to: 'high', condition: 'has(vars.score.score) && vars.score.score > 50.0' },
      { from: 'x', to: 'low', default: true },
      { from: 'high', to: 'end' },
      { from: 'low', to: 'end' },
    ],
  };
}

for (const dialect of DIALECTS) {
  describe(`HTTP automation effects on ${dialect}`, () => {
    const P = `/${dialect}`;
    let s: TestServer;
    let worker: OutboxWorker;
    let admin = '';
    let member = '';
    const install = async (key: string, url: string, onFailure: 'terminate' | 'continue' = 'terminate') => {
      const designer = await s.token('xu.ting');
      const created = await s.call('POST', '/api/definitions', { token: designer, body: scoreFlow(key, url, onFailure) });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect((await s.call('POST', `/api/definitions/${key}/publish`, { token: designer })).status).toBe(201);
    };
    const start = async (key: string) => {
      const r = await s.call('POST', '/api/instances', { token: member, body: { definition: key, data: { amount: 120 } } });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as string;
    };
    const view = async (id: string) => (await s.call('GET', `/api/instances/${id}`, { token: admin })).body;
    const httpRows = (id: string) => s.store.db.selectFrom('outbox').selectAll().where('instance_id', '=', id).where('kind', '=', 'http').execute();

    beforeAll(async () => {
      s = await startTestServer(dialect, pg);
      worker = createAppOutboxWorker(s.baton.ctx, {
        policy: outboundPolicy({ allow: ['127.0.0.1'] }),
        worker: { maxAttempts: 3, backoff: { baseMs: 1000, capMs: 60_000 }, random: () => 1 },
      });
      admin = await s.token('admin');
      member = await s.token('li.na');
    }, 60_000);
    afterAll(() => s.close());

    it('sends the node request and feeds the JSON answer back to the engine', async () => {
      await install('score-ok', `${base}${P}/score`);
      const id = await start('score-ok');
      expect((await view(id)).tasks).toEqual([]);
      // The http row, then the task-created row it leads to (read by the webhook fan-out).
      expect(await worker.drain()).toMatchObject({ done: 2, retried: 0, dead: 0 });
      const [row] = await httpRows(id);
      expect(row).toMatchObject({ status: 'done', response_code: 200 });
      const hits = received.filter((r) => r.path === `${P}/score`);
      expect(hits).toHaveLength(1);
      expect(JSON.parse(hits[0]!.body)).toEqual({ amount: 120 });
      expect(hits[0]!.headers['idempotency-key']).toBe(row!.id);
      const v = await view(id);
      expect(v.tasks.map((t: any) => [t.node, t.assignee ?? t.user])).toEqual([['high', 'wang.lei']]);
      expect(v.timeline.filter((e: any) => e.kind === 'node-entered').map((e: any) => e.node)).toEqual(['start', 'score', 'x', 'high']);
      // Once applied, the same answer again is refused by the engine and changes nothing.
      const again = await s.baton.ctx.runtime.apply(id, { type: 'automation-result', actor: 'system', effectId: JSON.parse(row!.payload).id, ok: true, result: { score: 1 } });
      expect(again.ok).toBe(false);
      expect((await view(id)).tasks.map((t: any) => t.node)).toEqual(['high']);
    });

    it('retries a 503 under the same Idempotency-Key, then continues', async () => {
      await install('score-flaky', `${base}${P}/flaky`);
      plan[`${P}/flaky`] = [[503, '{}']];
      const id = await start('score-flaky');
      expect(await worker.drain()).toMatchObject({ retried: 1 });
      expect((await view(id)).tasks).toEqual([]);
      s.clock.advance(1000);
      expect(await worker.drain()).toMatchObject({ retried: 0, dead: 0 });
      const hits = received.filter((r) => r.path === `${P}/flaky`);
      expect(hits).toHaveLength(2);
      expect(new Set(hits.map((h) => h.headers['idempotency-key'])).size).toBe(1);
      expect((await view(id)).tasks.map((t: any) => t.node)).toEqual(['high']);
    });

    it('a 4xx answers ok:false at once: onFailure terminate ends the request', async () => {
      await install('score-404', `${base}${P}/missing`, 'terminate');
      plan[`${P}/missing`] = [[404, '{"error":"no"}']];
      const id = await start('score-404');
      expect(await worker.drain()).toMatchObject({ retried: 0, dead: 0 });
      expect((await view(id)).status).toBe('terminated');
      const [row] = await httpRows(id);
      expect(row).toMatchObject({ status: 'done', response_code: 404 });
    });

    it('a refused URL never connects; onFailure continue takes the default branch', async () => {
      await install('score-ssrf', 'http://169.254.169.254/latest/meta-data/', 'continue');
      const before = received.length;
      const id = await start('score-ssrf');
      await worker.drain();
      expect(received.length).toBe(before);
      expect((await view(id)).tasks.map((t: any) => t.node)).toEqual(['low']);
    });

    it('a row dead-lettered after the maximum attempts tells the engine it failed', async () => {
      await install('score-down', `${base}${P}/down`, 'terminate');
      plan[`${P}/down`] = [[500, '{}'], [500, '{}'], [500, '{}']];
      const id = await start('score-down');
      await worker.drain();
      s.clock.advance(1000);
      await worker.drain();
      s.clock.advance(2000);
      expect(await worker.drain()).toMatchObject({ dead: 1 });
      const [row] = await httpRows(id);
      expect(row).toMatchObject({ status: 'dead', attempts: 3, last_error: 'the server answered 500' });
      expect((await view(id)).status).toBe('terminated');
    });
  });
}
