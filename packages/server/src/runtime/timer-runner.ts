// Fires due timers (task timeouts, delay nodes): each due row becomes a "timer-fired" command by
// the system user through the command runner. Several processes may run this at once: on
// PostgreSQL rows are picked with FOR UPDATE SKIP LOCKED, and the revision guard makes a timer
// fire once even if two processes pick the same row (the loser's retry is refused by the engine
// as "timer-unknown", which retires the row).
import type { AppContext } from '../app-context.ts';
import { SYSTEM_USER } from './engine-port.ts';

export interface TimerRun {
  fired: number;
  retired: number;
}

const RETIRE = new Set(['timer-unknown', 'not-running', 'not-found']);

export async function fireDueTimers(ctx: AppContext, limit = 100): Promise<TimerRun> {
  const now = ctx.nowIso();
  const due = await ctx.store.db.transaction().execute(async (tx) => {
    let q = tx.selectFrom('timers').select(['id', 'instance_id']).where('status', '=', 'pending').where('due_at', '<=', now).orderBy('due_at').limit(limit);
    if (ctx.store.dialect === 'postgres') q = q.forUpdate().skipLocked();
    return q.execute();
  });
  const out: TimerRun = { fired: 0, retired: 0 };
  for (const t of due) {
    const r = await ctx.runtime.apply(t.instance_id, { type: 'timer-fired', actor: SYSTEM_USER, timerId: t.id });
    if (r.ok) out.fired++;
    else if (RETIRE.has(r.error.code)) out.retired++;
    else {
      ctx.logger.warn('timer not fired', { timer: t.id, code: r.error.code });
      continue;
    }
    await ctx.store.db.updateTable('timers').set({ status: r.ok ? 'fired' : 'retired' }).where('id', '=', t.id).where('status', '=', 'pending').execute();
  }
  return out;
}
