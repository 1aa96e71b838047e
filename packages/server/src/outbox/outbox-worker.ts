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
  /** Runs batches until none is due (new rows a batch wrote, such as webhook fan-out, included). */
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

  async function settle(row: OutboxRow, owner: string, outcome: EffectOutcome): Promise<keyof Omit<OutboxRun, 'claimed'>> {
    const now = nowIso();
    const mine = () => db.updateTable('outbox').where('id', '=', row.id).where('lease_owner', '=', owner).where('status', '=', 'leased');
    const code = outcome.responseCode ?? null;
    if (outcome.type === 'done') {
      await mine().set({ status: 'done', lease_until: null, lease_owner: null, last_error: null, response_code: code, finished_at: now }).execute();
      return 'done';
    }
    const attempts = Number(row.attempts);
    if (outcome.type === 'retry' && attempts < opt.maxAttempts) {
      const at = new Date(deps.clock.now().getTime() + backoffDelay(opt.backoff, attempts, opt.random)).toISOString();
      await mine().set({ status: 'pending', available_at: at, lease_until: null, lease_owner: null, last_error: outcome.error, response_code: code }).execute();
      return 'retried';
    }
    const r = await mine().set({ status: 'dead', lease_until: null, lease_owner: null, last_error: outcome.error, response_code: code, finished_at: now }).executeTakeFirst();
    if (Number(r.numUpdatedRows) > 0) await deps.handlers[row.kind]?.deadLettered?.(row, outcome.error);
    return 'dead';
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

  async function runOnce(): Promise<OutboxRun> {
    const owner = randomUUID();
    const rows = await claim(owner);
    const out: OutboxRun = { claimed: rows.length, done: 0, retried: 0, dead: 0 };
    let next = 0;
    const lane = async () => {
      for (let row = rows[next++]; row; row = rows[next++]) out[await settle(row, owner, await attempt(row))]++;
    };
    await Promise.all(Array.from({ length: Math.min(opt.concurrency, rows.length) }, lane));
    return out;
  }

  return {
    kinds,
    runOnce,
    async drain(maxBatches = 100) {
      const total: OutboxRun = { claimed: 0, done: 0, retried: 0, dead: 0 };
      for (let i = 0; i < maxBatches; i++) {
        const r = await runOnce();
        for (const k of ['claimed', 'done', 'retried', 'dead'] as const) total[k] += r[k];
        if (r.claimed === 0) break;
      }
      return total;
    },
  };
}
