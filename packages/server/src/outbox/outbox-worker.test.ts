import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../deps.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import type { EffectHandler, EffectOutcome, OutboxRow } from './effect-handler.ts';
import { createOutboxWorker } from './outbox-worker.ts';

let dir = '';
let store: Store;
let t = Date.parse('2026-03-02T09:00:00.000Z');
const clock = { now: () => new Date(t) };
const iso = () => new Date(t).toISOString();

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baton-outbox-'));
  store = await openSqliteStore({ file: join(dir, 'o.sqlite') });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function row(id: string, kind: string) {
  await store.db.insertInto('outbox').values({ id, instance_id: null, kind, payload: '{}', status: 'pending', attempts: 0, available_at: iso(), created_at: iso() }).execute();
}
const status = async (id: string) => store.db.selectFrom('outbox').select(['status', 'attempts', 'last_error', 'available_at']).where('id', '=', id).executeTakeFirstOrThrow();
const scripted = (outcomes: EffectOutcome[], dead: string[] = []): EffectHandler => ({
  run: async () => outcomes.shift() ?? { type: 'done' },
  deadLettered: async (r: OutboxRow, error: string) => void dead.push(`${r.id}:${error}`),
});

describe('outbox worker', () => {
  it('claims only the kinds it has handlers for', async () => {
    await row('a', 'webhook');
    await row('b', 'email');
    const w = createOutboxWorker({ store, clock, logger: silentLogger, handlers: { webhook: scripted([]) } });
    expect(await w.drain()).toEqual({ claimed: 1, done: 1, retried: 0, dead: 0 });
    expect((await status('b')).status).toBe('pending');
  });

  it('settles each wave as it ends and renews the lease of the rows still waiting, so slow peers never cause a second delivery', async () => {
    for (const id of ['s1', 's2', 's3', 's4']) await row(id, 'slow');
    const runs: string[] = [];
    // Every delivery takes 70 % of the lease: without renewal the third row's lease would have
    // run out before it started, and another worker would deliver it again.
    const slow: EffectHandler = { run: async (r) => { runs.push(r.id); t += 42_000; return { type: 'done' }; } };
    const other = createOutboxWorker({ store, clock, logger: silentLogger, handlers: { slow: scripted([]) }, options: { leaseMs: 60_000 } });
    let stolen = 0;
    const watched: EffectHandler = { run: async (r) => { const out = await slow.run(r); stolen += (await other.runOnce()).claimed; return out; } };
    const w = createOutboxWorker({ store, clock, logger: silentLogger, handlers: { slow: watched }, options: { leaseMs: 60_000, concurrency: 1, batchSize: 10 } });
    expect(await w.drain()).toMatchObject({ claimed: 4, done: 4 });
    expect(runs).toEqual(['s1', 's2', 's3', 's4']);
    expect(stolen).toBe(0);
    for (const id of ['s1', 's2', 's3', 's4']) expect(await status(id)).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('backs off exponentially with jitter, then dead-letters once', async () => {
    await row('r', 'x');
    const dead: string[] = [];
    const fail: EffectOutcome = { type: 'retry', error: 'boom' };
    const w = createOutboxWorker({ store, clock, logger: silentLogger, handlers: { x: scripted([fail, fail, fail], dead) },
      options: { maxAttempts: 3, backoff: { baseMs: 100, capMs: 1000 }, random: () => 0 } });
    await w.runOnce();
    expect(await status('r')).toMatchObject({ status: 'pending', attempts: 1, last_error: 'boom', available_at: new Date(t + 50).toISOString() });
    t += 50;
    await w.runOnce();
    expect((await status('r')).available_at).toBe(new Date(t + 100).toISOString());
    t += 100;
    expect(await w.runOnce()).toMatchObject({ dead: 1 });
    expect(await status('r')).toMatchObject({ status: 'dead', attempts: 3 });
    t += 10_000;
    expect((await w.runOnce()).claimed).toBe(0);
    expect(dead).toEqual(['r:boom']);
  });

  it('dead-letters a permanent failure at once, and retries a handler that throws', async () => {
    await row('p', 'perm');
    await row('t', 'throws');
    const w = createOutboxWorker({ store, clock, logger: silentLogger, options: { random: () => 0 },
      handlers: { perm: scripted([{ type: 'fail', error: 'no' }]), throws: { run: async () => { throw new Error('bug'); } } } });
    await w.runOnce();
    expect(await status('p')).toMatchObject({ status: 'dead', attempts: 1, last_error: 'no' });
    expect(await status('t')).toMatchObject({ status: 'pending', attempts: 1, last_error: 'handler error: bug' });
  });

  it('runs a batch with bounded concurrency', async () => {
    for (let i = 0; i < 10; i++) await row(`c${i}`, 'slow');
    let running = 0;
    let peak = 0;
    const slow: EffectHandler = { run: async () => {
      peak = Math.max(peak, ++running);
      await Promise.resolve();
      await Promise.resolve();
      running--;
      return { type: 'done' };
    } };
    const w = createOutboxWorker({ store, clock, logger: silentLogger, handlers: { slow }, options: { concurrency: 3, batchSize: 10 } });
    expect(await w.runOnce()).toMatchObject({ claimed: 10, done: 10 });
    expect(peak).toBe(3);
  });

  it('drain claims the next batch while the current one runs, and picks up rows a batch wrote', async () => {
    for (let i = 0; i < 4; i++) await row(`b${i}`, 'step');
    const seen: string[] = [];
    let leasedDuringFirst = -1;
    const step: EffectHandler = { run: async (r) => {
      seen.push(r.id);
      if (r.id === 'b0') {
        // Let the prefetch claim run, then look: the second batch is already leased.
        for (let i = 0; i < 20; i++) await new Promise((res) => setImmediate(res));
        leasedDuringFirst = (await store.db.selectFrom('outbox').select('id').where('status', '=', 'leased').execute()).length;
        await row('child', 'step');
      }
      return { type: 'done', responseCode: r.id === 'b1' ? 202 : 200 };
    } };
    const w = createOutboxWorker({ store, clock, logger: silentLogger, handlers: { step }, options: { concurrency: 1, batchSize: 2 } });
    expect(await w.drain()).toEqual({ claimed: 5, done: 5, retried: 0, dead: 0 });
    expect(leasedDuringFirst).toBe(4);
    expect(seen.sort()).toEqual(['b0', 'b1', 'b2', 'b3', 'child']);
    const rows = await store.db.selectFrom('outbox').select(['id', 'status', 'response_code', 'lease_owner']).orderBy('id').execute();
    expect(rows.every((r) => r.status === 'done' && r.lease_owner === null)).toBe(true);
    expect(rows.find((r) => r.id === 'b1')?.response_code).toBe(202);
    expect(rows.find((r) => r.id === 'b0')?.response_code).toBe(200);
    expect(await w.drain(0)).toEqual({ claimed: 0, done: 0, retried: 0, dead: 0 });
  });

  it('leaves a row alone at settle when its lease ran out and another worker took it', async () => {
    await row('l', 'hold');
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    const hold: EffectHandler = { run: async () => { await held; return { type: 'fail', error: 'late' }; } };
    const slow = createOutboxWorker({ store, clock, logger: silentLogger, handlers: { hold }, options: { leaseMs: 1000 } });
    const pending = slow.runOnce();
    await new Promise((res) => setImmediate(res));
    for (let i = 0; i < 20 && (await status('l')).status !== 'leased'; i++) await new Promise((res) => setImmediate(res));
    t += 2000;
    const fast = createOutboxWorker({ store, clock, logger: silentLogger, handlers: { hold: scripted([]) } });
    expect(await fast.runOnce()).toMatchObject({ claimed: 1, done: 1 });
    release();
    await pending;
    expect(await status('l')).toMatchObject({ status: 'done', attempts: 2 });
  });
});
