// Group commit for SQLite: the command writes that arrive while a transaction is running wait and
// then share ONE transaction, each inside its own savepoint. A command that fails (a revision
// conflict, a reused idempotency key) rolls back to its savepoint alone; the others commit. Every
// caller is answered only after the COMMIT, so an acknowledged command is durable as before. A
// WAL commit costs more than the small writes it carries, so sharing it raises throughput
// (test/bench/http.bench.ts). PostgreSQL runs commands in parallel, one transaction each.
import { CompiledQuery } from 'kysely';
import type { Kysely } from 'kysely';
import type { SqliteDirect } from '../store/sqlite-direct.ts';
import type { Database } from '../store/database.ts';
import type { Db } from '../store/store.ts';

export interface WriteQueue {
  /** Runs `work` in a transaction (shared with other queued work on SQLite); its own failure rolls back only its writes. */
  run<T>(work: (tx: Db) => Promise<T>): Promise<T>;
}

interface Job {
  work: (tx: Db) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface WriteQueueOptions {
  /** The most commands one transaction carries. */
  maxBatch?: number;
  /** SQLite's direct statements (sqlite-direct.ts) for the savepoints. */
  direct?: SqliteDirect;
  /** Awaited, when it returns a promise, before a transaction opens (the WAL restart, sqlite-checkpointer.ts). */
  beforeWrite?: () => Promise<void> | undefined;
}

export function createWriteQueue(db: Kysely<Database>, grouped: boolean, options: WriteQueueOptions = {}): WriteQueue {
  if (!grouped) return { run: (work) => db.transaction().execute(work) };
  const { maxBatch = 64, direct, beforeWrite } = options;
  const waiting: Job[] = [];
  let flushing = false;
  // The savepoint statements are fixed texts: built once, not through a query builder per command.
  const savepoints = Array.from({ length: maxBatch }, (_, i) => ({
    open: CompiledQuery.raw(`savepoint cmd${i}`),
    release: CompiledQuery.raw(`release savepoint cmd${i}`),
    rollback: CompiledQuery.raw(`rollback to savepoint cmd${i}`),
  }));

  const exec = async (tx: Db, q: CompiledQuery) => {
    if (!direct?.execute(tx, q.sql, q.parameters)) await tx.executeQuery(q);
  };

  const flush = async () => {
    flushing = true;
    while (waiting.length > 0) {
      // Commands keep arriving and queueing meanwhile; they join the batch that follows.
      const hold = beforeWrite?.();
      if (hold) await hold;
      const batch = waiting.splice(0, maxBatch);
      const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
      try {
        await db.transaction().execute(async (tx) => {
          for (const [i, job] of batch.entries()) {
            const sp = savepoints[i]!;
            await exec(tx, sp.open);
            try {
              const value = await job.work(tx);
              await exec(tx, sp.release);
              outcomes.push({ ok: true, value });
            } catch (error) {
              await exec(tx, sp.rollback);
              await exec(tx, sp.release);
              outcomes.push({ ok: false, error });
            }
          }
        });
      } catch (error) {
        // The transaction itself failed (the commit): nothing of the batch was written.
        for (const job of batch) job.reject(error);
        continue;
      }
      batch.forEach((job, i) => {
        const o = outcomes[i]!;
        if (o.ok) job.resolve(o.value);
        else job.reject(o.error);
      });
      // Back to the event loop before the next batch: the answers go out and the requests already
      // in the sockets are read, rather than batch after batch holding the loop (p99 of
      // test/bench/http.bench.ts: loop delay p99 10-15 ms without, 8-11 ms with).
      if (waiting.length > 0) await new Promise((resolve) => setImmediate(resolve));
    }
    flushing = false;
  };

  return {
    run<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push({ work, resolve: resolve as (v: unknown) => void, reject });
        // setImmediate lets requests whose I/O is already in gather behind this one.
        if (!flushing) {
          flushing = true;
          setImmediate(() => void flush());
        }
      });
    },
  };
}
