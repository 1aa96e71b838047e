// One transaction around a record write: a failure value returned by the work rolls everything
// back (record row, audit, started flows) and comes back to the caller as a value.
import type { AppContext } from '../app-context.ts';
import type { ApiFailure, Result } from '../http/api-error.ts';
import type { Db } from '../store/store.ts';

class Rollback extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.code);
  }
}

export async function inTransaction<T>(ctx: AppContext, work: (tx: Db) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    const value = await ctx.store.db.transaction().execute(async (tx) => {
      const r = await work(tx);
      if (!r.ok) throw new Rollback(r.error);
      return r.value;
    });
    return { ok: true, value };
  } catch (e) {
    if (e instanceof Rollback) return { ok: false, error: e.failure };
    throw e;
  }
}
