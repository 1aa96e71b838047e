// The orphan sweep: uploads older than `attachmentOrphanHours` that no request, draft or record
// names are deleted; those something names are marked held and never looked at again. Rows go in
// batches, one transaction each, oldest first. Safe with several processes on one PostgreSQL: the
// batch is picked with FOR UPDATE SKIP LOCKED (each process takes different rows), and the DELETE
// itself carries the NOT EXISTS condition, so a row that became held after it was picked (a
// request started with it in the meantime) is not deleted. One audit row per sweep, with counts,
// written in the transaction of the sweep's last batch.
import type { AppContext } from '../app-context.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { heldBySomething } from './attachment-holders.ts';

export interface SweepOptions {
  /** Who asked: an admin's user id, or "system" for the interval job. */
  actor: string;
  /** Rows per transaction (default 100). */
  batch?: number;
  /** Most rows one sweep looks at, so a run stays short (default 2000). */
  maxPerRun?: number;
  /** Write the audit row even when nothing was deleted (the admin endpoint; default false). */
  auditWhenIdle?: boolean;
}

export interface SweepResult {
  /** Uploads looked at (older than the window and not known to be held). */
  checked: number;
  deleted: number;
  deletedBytes: number;
  /** Uploads found held by a request, draft or record and marked so. */
  held: number;
  /** Uploads created before this time were candidates. */
  olderThan: string;
}

export async function sweepOrphanAttachments(ctx: AppContext, options: SweepOptions): Promise<SweepResult> {
  const batch = Math.max(1, options.batch ?? 100);
  const maxPerRun = Math.max(batch, options.maxPerRun ?? 2000);
  const pg = ctx.store.dialect === 'postgres';
  const now = ctx.nowIso();
  const olderThan = new Date(ctx.clock.now().getTime() - ctx.options.attachmentOrphanHours * 3600_000).toISOString();
  const out: SweepResult = { checked: 0, deleted: 0, deletedBytes: 0, held: 0, olderThan };
  for (let last = false; !last;) {
    await ctx.store.db.transaction().execute(async (tx) => {
      let q = tx.selectFrom('attachments').select('id')
        .where('held_at', 'is', null).where('created_at', '<', olderThan).orderBy('created_at').orderBy('id').limit(batch);
      if (pg) q = q.forUpdate().skipLocked();
      const ids = (await q.execute()).map((r) => r.id);
      if (ids.length) {
        const held = await tx.updateTable('attachments').set({ held_at: now })
          .where('id', 'in', ids).where('held_at', 'is', null).where(heldBySomething).executeTakeFirst();
        // The re-check: the same condition, evaluated by the DELETE itself.
        const gone = await tx.deleteFrom('attachments')
          .where('id', 'in', ids).where('held_at', 'is', null).where((eb) => eb.not(heldBySomething(eb)))
          .returning('size').execute();
        out.checked += ids.length;
        out.held += Number(held.numUpdatedRows);
        out.deleted += gone.length;
        out.deletedBytes += gone.reduce((n, r) => n + Number(r.size), 0);
      }
      last = ids.length < batch || out.checked >= maxPerRun;
      if (last && (out.deleted > 0 || options.auditWhenIdle)) {
        await appendAudit(tx, ctx.store.dialect, { at: now, actor: options.actor, action: 'attachment.sweep', subject: 'attachments', detail: { ...out } });
      }
    });
  }
  return out;
}
