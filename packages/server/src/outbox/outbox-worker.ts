// The outbox worker: claims due rows with a lease, runs each row's effect through the handler of
// its kind, and records the outcome. At-least-once: a worker that dies mid-effect leaves a lease
// that expires, and the row is claimed again with the same id (the idempotency key receivers
// see). Failures retry with exponential backoff and jitter up to `maxAttempts`, then dead-letter.
// Claims: PostgreSQL locks the picked rows FOR UPDATE SKIP LOCKED, so concurrent workers split
// the due rows; SQLite has one writer, and the claim's UPDATE re-checks the due condition.
import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder } from 'kysely';
import type { Clock, Logger } from '../deps.ts';
import type { Database } from '../store/database.ts';
import type { Store } from '../store/store.ts';
import { backoffDelay, DEFAULT_BACKOFF } from './backoff.ts';
import type { BackoffPolicy } from './backoff.ts';
import type { EffectHandlers, EffectOutcome, OutboxRow } from './effect-handler.ts';

export interface OutboxWorkerOptions {
  /** Attempts before a row is dead-lettered (default 8). */
  maxAttempts: number;
  /** How long a claim holds before another worker may take the row (default 60 s). */
  leaseMs: number;
  /** Rows claimed per batch (default 50). */
  batchSize: number;
  /** Effects of one batch run at once (default 8). */
  concurrency: number;
  backoff: BackoffPolicy;
  /** Jitter source in [0, 1] (Math.random by default; tests pass a constant). */
  random: () => number;
}

export const DEFAULT_OUTBOX_OPTIONS: OutboxWorkerOptions = {
  maxAttempts: 8,
  leaseMs: 60_000,
  batchSize: 50,
  concurrency: 8,
  backoff: DEFAULT_BACKOFF,
  random: Math.random,
};

export interface OutboxRun {
  claimed: number;
  done: number;
  retried: number;
  dead: number;
}

export interface OutboxWorker {
  /** Claims the rows due now and runs them; answers what happened. */
  runOnce(): Promise<OutboxRun>;
  /** Runs batches until none is due (new rows a batch wrote, such as webhook fan-out, included),
   * claiming the next batch while the current one runs. */
  drain(maxBatches?: number): Promise<OutboxRun>;
  readonly kinds: readonly string[];
}

export interface OutboxWorkerDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  handlers: EffectHandlers;
  options?: Partial<OutboxWorkerOptions>;
}

export function createOutboxWorker(deps: OutboxWorkerDeps): OutboxWorker {
  const opt = { ...DEFAULT_OUTBOX_OPTIONS, ...deps.options };
  const kinds = Object.keys(deps.handlers);
  const db = deps.store.db;
  const nowIso = () => deps.clock.now().toISOString();

  async function claim(owner: string): Promise<OutboxRow[]> {
    if (kinds.length === 0) return [];
    const now = nowIso();
    const leaseUntil = new Date(deps.clock.now().getTime() + opt.leaseMs).toISOString();
    return db.transaction().execute(async (tx) => {
      let pick = tx.selectFrom('outbox').select('id').where(isDue(now)).orderBy('available_at').limit(opt.batchSize);
      if (deps.store.dialect === 'postgres') pick = pick.forUpdate().skipLocked();
      const ids = (await pick.execute()).map((r) => r.id);
      if (ids.length === 0) return [];
      await tx.updateTable('outbox')
        .set((eb) => ({ status: 'leased', lease_until: leaseUntil, lease_owner: owner, attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', ids).where(isDue(now)).execute();
      return tx.selectFrom('outbox').selectAll().where('lease_owner', '=', owner).where('id', 'in', ids).orderBy('available_at').execute();
    });
  }

  // Pending and available, or leased by a worker whose lease has run out.
  function isDue(now: string) {
    return (eb: ExpressionBuilder<Database, 'outbox'>) => eb.and([
      eb('kind', 'in', kinds),
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('available_at', '<=', now)]),
        eb.and([eb('status', '=', 'leased'), eb('lease_until', '<=', now)]),
      ]),
    ]);
  }

  type Settled = keyof Omit<OutboxRun, 'claimed'>;

  // A batch's outcomes in ONE transaction: the done rows in one UPDATE per response code (the
  // common case: all 2xx), retries and dead letters row by row. Only rows still leased by `owner`
  // change (a row whose lease ran out and was taken by another worker is theirs now). The
  // dead-letter hooks run after the commit: they may start transactions of their own.
  async function settleBatch(owner: string, results: ReadonlyArray<{ row: OutboxRow; outcome: EffectOutcome }>): Promise<Settled[]> {
    const now = nowIso();
    const out: Settled[] = [];
    const deadHooks: Array<{ row: OutboxRow; error: string }> = [];
    await db.transaction().execute(async (tx) => {
      const mine = (ids: string[]) => tx.updateTable('outbox').where('id', 'in', ids).where('lease_owner', '=', owner).where('status', '=', 'leased');
      const doneByCode = new Map<number | null, string[]>();
      for (const { row, outcome } of results) {
        const code = outcome.responseCode ?? null;
        if (outcome.type === 'done') {
          doneByCode.set(code, [...(doneByCode.get(code) ?? []), row.id]);
          out.push('done');
          continue;
        }
        const attempts = Number(row.attempts);
        if (outcome.type === 'retry' && attempts < opt.maxAttempts) {
          const at = new Date(deps.clock.now().getTime() + backoffDelay(opt.backoff, attempts, opt.random)).toISOString();
          await mine([row.id]).set({ status: 'pending', available_at: at, lease_until: null, lease_owner: null, last_error: outcome.error, response_code: code }).execute();
          out.push('retried');
          continue;
        }
        const r = await mine([row.id]).set({ status: 'dead', lease_until: null, lease_owner: null, last_error: outcome.error, response_code: code, finished_at: now }).executeTakeFirst();
        if (Number(r.numUpdatedRows) > 0) deadHooks.push({ row, error: outcome.error });
        out.push('dead');
      }
      for (const [code, ids] of doneByCode) {
        await mine(ids).set({ status: 'done', lease_until: null, lease_owner: null, last_error: null, response_code: code, finished_at: now }).execute();
      }
    });
    for (const d of deadHooks) await deps.handlers[d.row.kind]?.deadLettered?.(d.row, d.error);
    return out;
  }

  async function attempt(row: OutboxRow): Promise<EffectOutcome> {
    const handler = deps.handlers[row.kind];
    try {
      return handler ? await handler.run(row) : { type: 'fail', error: `no handler for ${row.kind}` };
    } catch (e) {
      // A handler bug must not wedge the row: it is retried and, if it persists, dead-lettered.
      deps.logger.error('outbox handler threw', { id: row.id, kind: row.kind, error: e instanceof Error ? e.stack : String(e) });
      return { type: 'retry', error: `handler error: ${e instanceof Error ? e.message : String(e)}` };
    }
  }

  // Renews the lease of rows still held by `owner` and answers those: a row whose lease ran out
  // while earlier rows ran (slow peers) may be another worker's now, and is left to it.
  async function renew(owner: string, rows: readonly OutboxRow[]): Promise<OutboxRow[]> {
    const leaseUntil = new Date(deps.clock.now().getTime() + opt.leaseMs).toISOString();
    const kept = await db.updateTable('outbox').set({ lease_until: leaseUntil })
      .where('id', 'in', rows.map((r) => r.id)).where('lease_owner', '=', owner).where('status', '=', 'leased')
      .returning('id').execute();
    const ids = new Set(kept.map((k) => k.id));
    return rows.filter((r) => ids.has(r.id));
  }

  // Runs the rows `opt.concurrency` at a time; each wave is settled (one transaction) as soon as
  // it ends, and before the next wave the rows still waiting get their lease renewed, so no row
  // waits on slow peers long enough for its lease to run out and be delivered twice.
  async function runBatch(owner: string, rows: readonly OutboxRow[]): Promise<OutboxRun> {
    const out: OutboxRun = { claimed: rows.length, done: 0, retried: 0, dead: 0 };
    let waiting: readonly OutboxRow[] = rows;
    for (let first = true; waiting.length > 0; first = false) {
      if (!first) waiting = await renew(owner, waiting);
      const wave = waiting.slice(0, opt.concurrency);
      waiting = waiting.slice(opt.concurrency);
      if (wave.length === 0) break;
      const results = await Promise.all(wave.map(async (row) => ({ row, outcome: await attempt(row) })));
      for (const k of await settleBatch(owner, results)) out[k]++;
    }
    return out;
  }

  async function runOnce(): Promise<OutboxRun> {
    const owner = randomUUID();
    return runBatch(owner, await claim(owner));
  }

  return {
    kinds,
    runOnce,
    // The next batch is claimed while the current one runs (its rows are leased, so the claim
    // skips them); when that claim comes back empty, one more claim after the settle picks up
    // rows the batch itself wrote (webhook and mail fan-out).
    async drain(maxBatches = 100) {
      const total: OutboxRun = { claimed: 0, done: 0, retried: 0, dead: 0 };
      if (maxBatches < 1) return total;
      let owner = randomUUID();
      let rows = await claim(owner);
      for (let batch = 1; rows.length > 0; batch++) {
        const nextOwner = randomUUID();
        const prefetch = batch < maxBatches ? claim(nextOwner) : Promise.resolve([]);
        const r = await runBatch(owner, rows);
        // The prefetched rows waited while this batch ran: renew their lease (drop any lost).
        const held = await prefetch;
        const next0 = held.length > 0 ? await renew(nextOwner, held) : held;
        for (const k of ['claimed', 'done', 'retried', 'dead'] as const) total[k] += r[k];
        let next = next0;
        if (held.length === 0 && batch < maxBatches) next = await claim(nextOwner);
        rows = next;
        owner = nextOwner;
      }
      return total;
    },
  };
}
