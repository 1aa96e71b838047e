// Deactivation with the "cancel" policy: every running request of the flow is terminated through
// the engine (so tasks close and people are notified), inside the deactivation's transaction.
import type { AppContext } from '../app-context.ts';
import type { Db } from '../store/store.ts';
import { SYSTEM_USER } from './engine-port.ts';

export async function cancelRunningInstances(ctx: AppContext, tx: Db, key: string, actor: string, reason?: string): Promise<number> {
  // Lock every affected request first, in id order, before any audit row is appended: commands
  // lock their request and then the audit head, so taking the head first and requests after
  // could deadlock with them on PostgreSQL.
  let q = tx.selectFrom('instances').select('id').where('definition_key', '=', key).where('status', 'in', ['running', 'returned']).orderBy('id');
  if (ctx.store.dialect === 'postgres') q = q.forUpdate();
  const running = await q.execute();
  let n = 0;
  for (const { id } of running) {
    // The engine lets admins terminate; the server does it as "system" on the designer's behalf
    // (their manage right was checked) and the audit row names the designer.
    const r = await ctx.runtime.applyInTransaction(tx, id, { type: 'terminate', actor: SYSTEM_USER, ...(reason ? { comment: reason } : {}) }, actor);
    if (r.ok) n++;
  }
  return n;
}
