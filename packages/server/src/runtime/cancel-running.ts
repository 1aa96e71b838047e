// Deactivation with the "cancel" policy: every running request of the flow is terminated through
// the engine (so tasks close and people are notified), inside the deactivation's transaction.
import type { AppContext } from '../app-context.ts';
import type { Db } from '../store/store.ts';

export async function cancelRunningInstances(ctx: AppContext, tx: Db, key: string, actor: string, reason?: string): Promise<number> {
  const running = await tx.selectFrom('instances').select('id').where('definition_key', '=', key).where('status', 'in', ['running', 'returned']).execute();
  let n = 0;
  for (const { id } of running) {
    const r = await ctx.runtime.applyInTransaction(tx, id, { type: 'terminate', actor, ...(reason ? { comment: reason } : {}) }, { system: true });
    if (r.ok) n++;
  }
  return n;
}
