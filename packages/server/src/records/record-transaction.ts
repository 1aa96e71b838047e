// One transaction around a record write: a failure value returned by the work rolls everything
// back (record row, audit, started flows) and comes back to the caller as a value. PostgreSQL's
// deadlock and serialization failures (a record edit and a change request lock the record row and
// the audit head in opposite orders) roll back and run the work again, a bounded number of times.
import type { AppContext } from '../app-context.ts';
import type { ApiFailure, Result } from '../http/api-error.ts';
import type { Db } from '../store/store.ts';

class Rollback extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.code);
  }
}

export const RECORD_WRITE_ATTEMPTS = 4;

/** PostgreSQL's deadlock_detected and serialization_failure: the transaction is gone, run it again. */
export function isRetryablePgError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

export async function inTransaction<T>(ctx: AppContext, work: (tx: Db) => Promise<Result<T>>): Promise<Result<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      const value = await ctx.store.db.transaction().execute(async (tx) => {
        const r = await work(tx);
        if (!r.ok) throw new Rollback(r.error);
        return r.value;
      });
      return { ok: true, value };
    } catch (e) {
      if (e instanceof Rollback) return { ok: false, error: e.failure };
      if (isRetryablePgError(e) && attempt < RECORD_WRITE_ATTEMPTS) continue;
      throw e;
    }
  }
}
