// An admin change: the write and its audit row in one transaction. A failure value returned by
// the work rolls everything back and is handed to the caller as a value.
import type { AppContext } from '../app-context.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Principal } from '../auth/principal.ts';
import type { ApiFailure, Result } from '../http/api-error.ts';
import type { Db } from '../store/store.ts';

class Rollback extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.code);
  }
}

export interface Change<T> {
  value: T;
  /** What the audit row records (defaults to the value). */
  detail?: unknown;
}

export async function adminChange<T>(
  ctx: AppContext,
  actor: Principal | string,
  action: string,
  subject: string,
  work: (tx: Db) => Promise<Result<Change<T>>>,
): Promise<Result<T>> {
  try {
    const value = await ctx.store.db.transaction().execute(async (tx) => {
      const r = await work(tx);
      if (!r.ok) throw new Rollback(r.error);
      await appendAudit(tx, ctx.store.dialect, {
        at: ctx.nowIso(),
        actor: typeof actor === 'string' ? actor : actor.userId,
        action,
        subject,
        detail: r.value.detail === undefined ? r.value.value : r.value.detail,
      });
      return r.value.value;
    });
    return { ok: true, value };
  } catch (e) {
    if (e instanceof Rollback) return { ok: false, error: e.failure };
    throw e;
  }
}
