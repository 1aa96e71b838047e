// Webhook subscriptions and the outbox worker over HTTP on SQLite and PostgreSQL: deliveries to a
// real receiver on 127.0.0.1 verified with the `standardwebhooks` library, retries with backoff
// under one `webhook-id`, dead-lettering, redeliver, leases that expire, SKIP LOCKED claims.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppOutboxWorker, createOutboxWorker, outboundPolicy, webhookDelivery } from '../../packages/server/src/index.ts';
import type { OutboxWorker } from '../../packages/server/src/index.ts';
import { DIALECTS, maybeCluster, startSecondServer, startTestServer } from './harness.ts';
import type { TestServer } from './harness.ts';
import type { PgCluster } from '../postgres/pg-harness.ts';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A loopback receiver: `plan[path]` lists the statuses to answer in turn (then 200). */
async function startReceiver() {
  const received: Received[] = [];
  const plan: Record<string, number[]> = {};
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() });
      res.statusCode = plan[req.url ?? '']?.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, received, plan, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const flow = {
  key: 'wh-flow',
  name: { en: 'Webhook flow', 'zh-CN': '回调流程' },
  form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount' }, required: true }] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'review', type: 'approval', assignees: [{ type: 'users', users: ['wang.lei'] }] },
    { id: 'end', type: 'end' },
  ],
  edges: [{ from: 'start', to: 'review' }, { from: 'review', to: 'end' }],
};

let pg: PgCluster | undefined;
let rx: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  pg = await maybeCluster(DIALECTS);
  rx = await startReceiver();
}, 60_000);
afterAll(async () => {
  await rx.close();
  await pg?.stop();
});

for (const dialect of DIALECTS) {
  describe(`webhooks on ${dialect}`, () => {
    // The receiver is shared by both dialects' suites: each uses its own paths.
    const P = `/${dialect}`;
    let s: TestServer;
    let worker: OutboxWorker;
    let admin = '';
    let member = '';
    const subscribe = async (path: string, events: string[]) => {
      const r = await s.call('POST', '/api/webhooks', { token: admin, body: { url: rx.url + P + path, events } });
      expect(r.status).toBe(201);
      return r.body as { id: string; secret: string };
    };
    const startOne = async () => {
      const r = await s.call('POST', '/api/instances', { token: member, body: { definition: 'wh-flow', data: { amount: 5 } } });
      expect(r.status).toBe(201);
      return r.body.id as string;
    };
    const log = async (sub: string) => (await s.call('GET', `/api/webhooks/${sub}/deliveries`, { token: admin })).body.items as any[];
    const at = (path: string) => rx.received.filter((r) => r.path === P + path);
    const unsubscribe = (sub: string) => s.call('DELETE', `/api/webhooks/${sub}`, { token: admin });

    beforeAll(async () => {
      s = await startTestServer(dialect, pg);
      // standardwebhooks checks the timestamp against the real time (5 minutes' tolerance).
      s.clock.set(new Date().toISOString());
      worker = createAppOutboxWorker(s.baton.ctx, {
        policy: outboundPolicy({ allow: ['127.0.0.1'] }),
        worker: { maxAttempts: 3, backoff: { baseMs: 1000, capMs: 60_000 }, random: () => 1 },
      });
      admin = await s.token('admin');
      member = await s.token('li.na');
      const designer = await s.token('xu.ting');
      expect((await s.call('POST', '/api/definitions', { token: designer, body: flow })).status).toBe(201);
      expect((await s.call('POST', '/api/definitions/wh-flow/publish', { token: designer })).status).toBe(201);
    }, 60_000);
    afterAll(() => s.close());

    it('creates, lists and deletes subscriptions; the secret is shown once', async () => {
      const sub = await subscribe('/crud', ['task.created']);
      expect(sub.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
      const list = (await s.call('GET', '/api/webhooks', { token: admin })).body.items as any[];
      const mine = list.find((x) => x.id === sub.id);
      expect(mine).toMatchObject({ url: rx.url + P + '/crud', events: ['task.created'], createdBy: 'admin' });
      expect(JSON.stringify(list)).not.toContain(sub.secret);
      expect((await s.call('GET', '/api/webhooks', { token: member })).status).toBe(403);
      expect((await s.call('POST', '/api/webhooks', { token: member, body: { url: rx.url, events: ['*'] } })).status).toBe(403);
      expect((await unsubscribe(sub.id)).status).toBe(200);
      expect((await unsubscribe(sub.id)).status).toBe(404);
      expect((await s.call('GET', `/api/webhooks/${sub.id}/deliveries`, { token: admin })).status).toBe(404);
    });

    it('refuses bad subscriptions with a pointer and writes nothing', async () => {
      const before = (await s.call('GET', '/api/webhooks', { token: admin })).body.items.length;
      const bad: Array<[unknown, string]> = [
        [{ url: 'file:///etc/passwd', events: ['*'] }, '/url'],
        [{ url: 'gopher://127.0.0.1/', events: ['*'] }, '/url'],
        [{ url: 'http://user:pw@example.com/', events: ['*'] }, '/url'],
        [{ url: 'not a url', events: ['*'] }, '/url'],
        [{ url: 'https://example.com/', events: ['instance.exploded'] }, '/events/0'],
        [{ url: 'https://example.com/', events: [] }, '/events'],
        [{ url: 'https://example.com/', events: ['*'], secret: 'hunter2' }, '/secret'],
        [{ url: 'https://example.com/', events: ['*'], extra: 1 }, '/extra'],
        [{ events: ['*'] }, ''],
      ];
      for (const [body, pointer] of bad) {
        const r = await s.call('POST', '/api/webhooks', { token: admin, body });
        expect(r.status, JSON.stringify(body)).toBe(422);
        if (pointer) expect(r.body.error.pointer, JSON.stringify(body)).toBe(pointer);
      }
      expect((await s.call('GET', '/api/webhooks', { token: admin })).body.items.length).toBe(before);
    });

    it('delivers task.created and instance.approved signed per Standard Webhooks', async () => {
      const sub = await subscribe('/ok', ['task.created', 'instance.approved']);
      const id = await startOne();
      await worker.drain();
      const first = at('/ok');
      expect(first).toHaveLength(1);
      const payload = new Webhook(sub.secret).verify(first[0]!.body, first[0]!.headers as Record<string, string>) as any;
      expect(payload).toMatchObject({ type: 'task.created', data: { instance: id, definition: 'wh-flow', node: 'review', assignee: 'wang.lei' } });
      expect(first[0]!.headers['webhook-id']).toMatch(/^msg_/);
      expect(first[0]!.headers['content-type']).toBe('application/json');
      // A forged body or another secret fails the same library's check.
      expect(() => new Webhook(sub.secret).verify(first[0]!.body.replace('wang.lei', 'mallory'), first[0]!.headers as Record<string, string>)).toThrow();
      expect(() => new Webhook('whsec_' + Buffer.alloc(24, 7).toString('base64')).verify(first[0]!.body, first[0]!.headers as Record<string, string>)).toThrow();

      const task = (await s.call('GET', `/api/instances/${id}`, { token: admin })).body.tasks[0].id;
      expect((await s.call('POST', `/api/tasks/${task}/approve`, { token: await s.token('wang.lei'), body: {} })).status).toBe(200);
      await worker.drain();
      const all = at('/ok');
      expect(all).toHaveLength(2);
      expect(new Webhook(sub.secret).verify(all[1]!.body, all[1]!.headers as Record<string, string>)).toMatchObject({ type: 'instance.approved', data: { instance: id, status: 'approved' } });
      const entries = await log(sub.id);
      expect(entries.map((e) => [e.event, e.status, e.attempts, e.responseCode])).toEqual(
        expect.arrayContaining([['task.created', 'done', 1, 200], ['instance.approved', 'done', 1, 200]]));
      expect(entries.map((e) => e.id).sort()).toEqual(all.map((r) => r.headers['webhook-id']).sort());
      await unsubscribe(sub.id);
    });

    it('retries with backoff under one webhook-id: fails twice, then succeeds', async () => {
      const sub = await subscribe('/flaky', ['task.created']);
      rx.plan[P + '/flaky'] = [500, 503];
      await startOne();
      const r1 = await worker.drain();
      expect(r1.retried).toBe(1);
      let [entry] = await log(sub.id);
      expect(entry).toMatchObject({ status: 'pending', attempts: 1, responseCode: 500, lastError: 'the receiver answered 500' });
      // Not due before the backoff (1 s for the first retry with this jitter source).
      expect((await worker.runOnce()).claimed).toBe(0);
      s.clock.advance(1000);
      expect(await worker.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
      [entry] = await log(sub.id);
      expect(entry).toMatchObject({ status: 'pending', attempts: 2, responseCode: 503 });
      s.clock.advance(1999);
      expect((await worker.runOnce()).claimed).toBe(0);
      s.clock.advance(1);
      expect(await worker.runOnce()).toMatchObject({ claimed: 1, done: 1 });
      [entry] = await log(sub.id);
      expect(entry).toMatchObject({ status: 'done', attempts: 3, responseCode: 200 });
      const seen = at('/flaky');
      expect(seen).toHaveLength(3);
      expect(new Set(seen.map((r) => r.headers['webhook-id']))).toEqual(new Set([entry.id]));
      expect(new Set(seen.map((r) => r.body)).size).toBe(1);
      for (const r of seen) expect(new Webhook(sub.secret).verify(r.body, r.headers as Record<string, string>)).toMatchObject({ type: 'task.created' });
      await unsubscribe(sub.id);
    });

    it('dead-letters after the maximum attempts; redeliver queues it again under the same id', async () => {
      const sub = await subscribe('/down', ['task.created']);
      rx.plan[P + '/down'] = [500, 500, 500];
      await startOne();
      await worker.drain();
      s.clock.advance(1000);
      await worker.drain();
      s.clock.advance(2000);
      expect((await worker.drain()).dead).toBe(1);
      s.clock.advance(60_000);
      expect((await worker.drain()).claimed).toBe(0);
      const [entry] = await log(sub.id);
      expect(entry).toMatchObject({ status: 'dead', attempts: 3, responseCode: 500, lastError: 'the receiver answered 500' });
      expect(entry.finishedAt).toBeDefined();

      const path = `/api/webhooks/${sub.id}/deliveries/${entry.id}/redeliver`;
      expect((await s.call('POST', path, { token: member })).status).toBe(403);
      expect((await s.call('POST', `/api/webhooks/${sub.id}/deliveries/msg_nope/redeliver`, { token: admin })).status).toBe(404);
      const again = await s.call('POST', path, { token: admin });
      expect(again.status).toBe(202);
      expect((await s.call('POST', path, { token: admin })).status).toBe(409);
      expect((await worker.drain()).done).toBe(1);
      expect(await log(sub.id)).toMatchObject([{ id: entry.id, status: 'done', attempts: 1, responseCode: 200 }]);
      const seen = at('/down');
      expect(seen).toHaveLength(4);
      expect(new Set(seen.map((r) => r.headers['webhook-id']))).toEqual(new Set([entry.id]));
      const audit = (await s.call('GET', '/api/audit?action=webhook.redeliver', { token: admin })).body.items as any[];
      expect(audit.length).toBeGreaterThanOrEqual(1);
      await unsubscribe(sub.id);
    });

    it('refuses a subscription URL that points inside: dead at once, nothing sent', async () => {
      const sub = await s.call('POST', '/api/webhooks', { token: admin, body: { url: 'http://169.254.169.254/latest/meta-data/', events: ['task.created'] } });
      expect(sub.status).toBe(201);
      const loop = await subscribe('/not-allowed', ['task.created']);
      const strict = createAppOutboxWorker(s.baton.ctx, { worker: { maxAttempts: 3 } }); // no allow-list
      await startOne();
      const before = rx.received.length;
      await strict.drain();
      expect(rx.received.length).toBe(before);
      expect(await log(sub.body.id)).toMatchObject([{ status: 'dead', attempts: 1, lastError: expect.stringContaining('link-local address') }]);
      expect(await log(loop.id)).toMatchObject([{ status: 'dead', attempts: 1, lastError: expect.stringContaining('loopback address') }]);
      await unsubscribe(sub.body.id);
      await unsubscribe(loop.id);
    });

    it('deleting a subscription cancels its queued deliveries', async () => {
      const sub = await subscribe('/gone', ['task.created']);
      await startOne();
      await worker.runOnce(); // fan-out only: the delivery row is queued
      expect(await log(sub.id)).toMatchObject([{ status: 'pending', attempts: 0 }]);
      const [queued] = await log(sub.id);
      await unsubscribe(sub.id);
      const row = await s.store.db.selectFrom('outbox').select('status').where('id', '=', queued.id).executeTakeFirstOrThrow();
      expect(row.status).toBe('cancelled');
      await worker.drain();
      expect(at('/gone')).toHaveLength(0);
      // A deleted subscription's deliveries cannot be sent again.
      expect((await s.call('POST', `/api/webhooks/${sub.id}/deliveries/${queued.id}/redeliver`, { token: admin })).status).toBe(404);
    });

    it('a worker that dies after sending leaves a lease; another worker delivers again with the same id', async () => {
      const sub = await subscribe('/lease', ['task.created']);
      await startOne();
      await worker.runOnce(); // fan-out
      let release = () => {};
      const gate = new Promise<void>((r) => (release = r));
      const deliver = webhookDelivery({ store: s.store, clock: s.clock, policy: outboundPolicy({ allow: ['127.0.0.1'] }) });
      const dying = createOutboxWorker({
        store: s.store, clock: s.clock, logger: s.baton.ctx.logger, options: { leaseMs: 30_000 },
        handlers: { webhook: { run: async (row) => { const r = await deliver.run(row); await gate; return r; } } },
      });
      const stuck = dying.runOnce();
      await expect.poll(() => at('/lease').length).toBe(1);
      expect((await worker.runOnce()).claimed).toBe(0); // leased
      s.clock.advance(30_000);
      expect(await worker.runOnce()).toMatchObject({ claimed: 1, done: 1 });
      release();
      expect(await stuck).toMatchObject({ claimed: 1 });
      const [entry] = await log(sub.id);
      expect(entry).toMatchObject({ status: 'done', attempts: 2 });
      const seen = at('/lease');
      expect(seen.map((r) => r.headers['webhook-id'])).toEqual([entry.id, entry.id]);
      await unsubscribe(sub.id);
    });

    it('concurrent workers claim disjoint rows: every delivery is sent once', async () => {
      const sub = await subscribe('/many', ['task.created']);
      for (let i = 0; i < 12; i++) await startOne();
      const policy = outboundPolicy({ allow: ['127.0.0.1'] });
      const workers = [0, 1, 2].map(() => createAppOutboxWorker(s.baton.ctx, { policy, worker: { batchSize: 3 } }));
      await Promise.all(workers.map((w) => w.drain()));
      await worker.drain();
      const ids = at('/many').map((r) => r.headers['webhook-id']);
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
      expect((await log(sub.id)).every((e) => e.status === 'done' && e.attempts === 1)).toBe(true);
      await unsubscribe(sub.id);
    });

    // PostgreSQL only: a second process needs a shared server database.
    if (dialect === 'postgres') it('two server processes on one database deliver each row once (SKIP LOCKED)', async () => {
      const sub = await subscribe('/two', ['task.created']);
      for (let i = 0; i < 20; i++) await startOne();
      const other = await startSecondServer(s);
      try {
        other.clock.set(s.clock.now().toISOString());
        const policy = outboundPolicy({ allow: ['127.0.0.1'] });
        const a = createAppOutboxWorker(s.baton.ctx, { policy, worker: { batchSize: 4 } });
        const b = createAppOutboxWorker(other.baton.ctx, { policy, worker: { batchSize: 4 } });
        const [ra, rb] = await Promise.all([a.drain(), b.drain()]);
        expect(ra.claimed).toBeGreaterThan(0);
        expect(rb.claimed).toBeGreaterThan(0);
        const ids = at('/two').map((r) => r.headers['webhook-id']);
        expect(ids).toHaveLength(20);
        expect(new Set(ids).size).toBe(20);
        expect((await log(sub.id)).every((e) => e.status === 'done' && e.attempts === 1)).toBe(true);
      } finally {
        await other.close();
      }
      await unsubscribe(sub.id);
    });
  });
}
