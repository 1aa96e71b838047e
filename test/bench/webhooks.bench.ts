// Issue 5's webhook benchmark: deliveries/s from the outbox (SQLite file, lease claim, signed
// POST through the SSRF-guarded client, settle) to a receiver on 127.0.0.1, beside the ceiling of
// the same signed POSTs sent by the guarded client alone at the same concurrency (no database).
// Receiver, worker and ceiling share this process, as they would share a small machine.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createAppOutboxWorker, createApp, newWebhookSecret, openSqliteStore, outboundPolicy, sendOutbound, silentLogger, systemClock, webhookHeaders,
} from '../../packages/server/src/index.ts';

const N = Number(process.env.BATON_BENCH_WEBHOOKS ?? 2000);
const CONCURRENCY = 8;

export async function run(): Promise<void> {
  let received = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const dir = mkdtempSync(join(tmpdir(), 'baton-bench-wh-'));
  const store = await openSqliteStore({ file: join(dir, 'bench.sqlite') });
  const { ctx } = createApp({ store, clock: systemClock, ids: { next: (() => { let n = 0; return () => `b${++n}`; })() }, secrets: { sessionKey: new Uint8Array(32) }, logger: silentLogger });
  const policy = outboundPolicy({ allow: ['127.0.0.1'] });
  const secret = newWebhookSecret();
  const now = new Date().toISOString();
  await store.db.insertInto('webhook_subscriptions').values({ id: 'sub', url, events: '["*"]', secret, description: null, created_by: 'bench', created_at: now }).execute();
  const body = JSON.stringify({ type: 'task.created', timestamp: now, data: { instance: 'i', task: 't', node: 'n', assignee: 'u' } });
  for (let i = 0; i < N; i += 500) {
    await store.db.insertInto('outbox').values(Array.from({ length: Math.min(500, N - i) }, (_, k) => ({
      id: `msg_${i + k}`, instance_id: null, kind: 'webhook', subscription_id: 'sub', payload: JSON.stringify({ type: 'task.created', body }),
      status: 'pending', attempts: 0, available_at: now, created_at: now,
    }))).execute();
  }
  const worker = createAppOutboxWorker(ctx, { policy, worker: { concurrency: CONCURRENCY, batchSize: 100 } });
  let t0 = performance.now();
  const r = await worker.drain(N);
  const outboxSec = (performance.now() - t0) / 1000;
  if (r.done !== N || received !== N) throw new Error(`expected ${N} deliveries, got ${JSON.stringify(r)} / ${received}`);
  const outboxRate = N / outboxSec;

  received = 0;
  let next = 0;
  t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < N) {
      const id = `msg_${next++}`;
      const res = await sendOutbound(policy, { method: 'POST', url, headers: { 'content-type': 'application/json', ...webhookHeaders(secret, id, Math.floor(Date.now() / 1000), body) }, body });
      if (!res.ok) throw new Error(res.error.message);
    }
  }));
  const bareRate = N / ((performance.now() - t0) / 1000);

  console.log(`webhook deliveries (${N}, concurrency ${CONCURRENCY}, SQLite file):`);
  console.log(`  outbox -> receiver        ${outboxRate.toFixed(0)} deliveries/s`);
  console.log(`  guarded client alone      ${bareRate.toFixed(0)} requests/s`);
  console.log(`  ratio outbox / client     ${(outboxRate / bareRate).toFixed(2)}x`);
  await store.close();
  await new Promise<void>((res) => server.close(() => res()));
  rmSync(dir, { recursive: true, force: true });
}
