// The orphan sweep: uploads older than `attachmentOrphanHours` that no request, draft or record
// names are deleted; those something names are marked held and never looked at again. A batch of
// the oldest unheld uploads is read, one pass over the holders tells which are held
// (attachment-holders.ts), and one transaction marks those and deletes the rest.
//
// The delete re-checks, inside its transaction, the holders written since the pass began (less a
// margin for clocks and transactions in flight), so a request started with the file in the
// meantime keeps it. PostgreSQL: the DELETE itself carries NOT EXISTS over those rows, and the
// batch is picked FOR UPDATE SKIP LOCKED in the same transaction, so several processes sweep
// different rows. SQLite: the transaction holds the one writer lock, so a second pass over the
// rows written since, read inside it, is the re-check (a NOT EXISTS per file would read every
// row's overflow pages once per file: 12 s for 100 files at 20,000 requests). One audit row per sweep, with counts, in the transaction
// of the sweep's last batch.
import type { AppContext } from '../app-context.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../store/store.ts';
import { heldAmong, heldSince } from './attachment-holders.ts';

/** How far before the pass the re-check looks: clock skew between processes and transactions in flight. */
export const RECHECK_MARGIN_MS = 10 * 60_000;

export interface SweepOptions {
  /** Who asked: an admin's user id, or "system" for the interval job. */
  actor: string;
  /** Uploads per batch: one pass over the holders and one transaction each (default 500). */
  batch?: number;
  /** Most uploads one sweep looks at, so a run stays short (default 2000). */
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
  const batch = Math.max(1, options.batch ?? 500);
  const maxPerRun = Math.max(batch, options.maxPerRun ?? 2000);
  const { db, dialect } = ctx.store;
  const now = ctx.nowIso();
  const olderThan = new Date(ctx.clock.now().getTime() - ctx.options.attachmentOrphanHours * 3600_000).toISOString();
  const out: SweepResult = { checked: 0, deleted: 0, deletedBytes: 0, held: 0, olderThan };

  const candidates = (q: Db) => q.selectFrom('attachments').select('id')
    .where('held_at', 'is', null).where('created_at', '<', olderThan).orderBy('created_at').orderBy('id').limit(batch);

  // Marks the held, deletes the rest (re-checked), audits when this is the sweep's last batch.
  const settle = async (tx: Db, ids: string[], held: Set<string>, since: string) => {
    const heldIds = ids.filter((id) => held.has(id));
    let orphanIds = ids.filter((id) => !held.has(id));
    if (dialect === 'sqlite' && orphanIds.length) {
      const since2 = await heldAmong(tx, dialect, orphanIds, since);
      heldIds.push(...since2);
      orphanIds = orphanIds.filter((id) => !since2.has(id));
    }
    if (heldIds.length) {
      const r = await tx.updateTable('attachments').set({ held_at: now }).where('id', 'in', heldIds).where('held_at', 'is', null).executeTakeFirst();
      out.held += Number(r.numUpdatedRows);
    }
    if (orphanIds.length) {
      let del = tx.deleteFrom('attachments').where('id', 'in', orphanIds).where('held_at', 'is', null).where('created_at', '<', olderThan);
      if (dialect === 'postgres') del = del.where((eb) => eb.not(heldSince(eb, since)));
      const gone = await del.returning('size').execute();
      out.deleted += gone.length;
      out.deletedBytes += gone.reduce((n, r) => n + Number(r.size), 0);
    }
    out.checked += ids.length;
    const last = ids.length < batch || out.checked >= maxPerRun;
    if (last && (out.deleted > 0 || options.auditWhenIdle)) {
      await appendAudit(tx, dialect, { at: now, actor: options.actor, action: 'attachment.sweep', subject: 'attachments', detail: { ...out } });
    }
    return last;
  };

  for (let last = false; !last;) {
    const since = new Date(ctx.clock.now().getTime() - RECHECK_MARGIN_MS).toISOString();
    if (dialect === 'postgres') {
      // The rows stay locked while the pass reads the holders through the pool.
      last = await db.transaction().execute(async (tx) => {
        const ids = (await candidates(tx).forUpdate().skipLocked().execute()).map((r) => r.id);
        return settle(tx, ids, await heldAmong(db, dialect, ids), since);
      });
    } else {
      // SQLite has one connection: the pass reads before the write transaction, whose DELETE re-checks.
      const ids = (await candidates(db).execute()).map((r) => r.id);
      const held = await heldAmong(db, dialect, ids);
      last = await db.transaction().execute((tx) => settle(tx, ids, held, since));
    }
  }
  return out;
}
