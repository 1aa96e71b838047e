// The orphan sweep, in two phases. Uploads older than `attachmentOrphanHours` that no request,
// draft or record names are first marked (`doomed_at`); a later sweep, at least
// `attachmentSweepMarginMinutes` after the mark, deletes those still unheld. Each batch reads the
// oldest candidates, makes one pass over the holders (attachment-holders.ts), and one transaction
// settles them: named by a request or record: marked held, never looked at again; named only by
// a draft: kept pending (`kept_at`, looked at again `attachmentOrphanHours` later), the mark
// dropped; unnamed and unmarked: marked; unnamed and marked long enough ago: deleted.
//
// The delete re-checks the holders written since the mark (less a margin for clocks), so a file
// named between the mark and the delete is kept. PostgreSQL (READ COMMITTED): the DELETE itself
// carries NOT EXISTS over those rows, and after it, still inside the transaction, a fresh read of
// them catches a writer that committed after the DELETE's statement began; if one did, the batch
// is rolled back and that file unmarked. The batch is picked FOR UPDATE SKIP LOCKED in the same
// transaction, so several processes sweep different rows. SQLite: the transaction holds the one
// writer lock, so a second pass over the rows written since, read inside it, is the re-check. One
// audit row per sweep, with counts, in the transaction of the sweep's last batch.
import type { AppContext } from '../app-context.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../store/store.ts';
import { holdsAmong, namedSince } from './attachment-holders.ts';
import type { HoldKind } from './attachment-holders.ts';

/** How far before the mark the delete's re-check looks: clock skew between processes. */
export const RECHECK_SKEW_MS = 5 * 60_000;

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
  /** Uploads looked at (older than the window, not known to be held, not marked or kept recently). */
  checked: number;
  /** Unheld uploads marked for deletion by a later sweep. */
  marked: number;
  deleted: number;
  deletedBytes: number;
  /** Uploads found held by a request or record and marked so. */
  held: number;
  /** Uploads named only by a draft: kept pending, looked at again later. */
  kept: number;
  /** Uploads created before this time were candidates. */
  olderThan: string;
}

/** Thrown inside a PostgreSQL batch to roll it back when a holder committed during its DELETE. */
class LateHolder extends Error {
  constructor(readonly ids: string[]) { super('attachment named during the sweep delete'); }
}

export async function sweepOrphanAttachments(ctx: AppContext, options: SweepOptions): Promise<SweepResult> {
  const batch = Math.max(1, options.batch ?? 500);
  const maxPerRun = Math.max(batch, options.maxPerRun ?? 2000);
  const { db, dialect } = ctx.store;
  const nowMs = ctx.clock.now().getTime();
  const now = new Date(nowMs).toISOString();
  const olderThan = new Date(nowMs - ctx.options.attachmentOrphanHours * 3600_000).toISOString();
  const dueBefore = new Date(nowMs - ctx.options.attachmentSweepMarginMinutes * 60_000).toISOString();
  const out: SweepResult = { checked: 0, marked: 0, deleted: 0, deletedBytes: 0, held: 0, kept: 0, olderThan };

  // Marked-but-not-due and recently kept rows are not candidates, so every batch moves its rows on.
  const candidates = (q: Db) => q.selectFrom('attachments').select(['id', 'doomed_at'])
    .where('held_at', 'is', null).where('created_at', '<', olderThan)
    .where((eb) => eb.or([eb('doomed_at', 'is', null), eb('doomed_at', '<=', dueBefore)]))
    .where((eb) => eb.or([eb('kept_at', 'is', null), eb('kept_at', '<', olderThan)]))
    .orderBy('created_at').orderBy('id').limit(batch);

  type Row = { id: string; doomed_at: string | null };
  const settle = async (tx: Db, rows: Row[], holds: Map<string, HoldKind>) => {
    const heldIds = rows.filter((r) => holds.get(r.id) === 'lasting').map((r) => r.id);
    const keptIds = rows.filter((r) => holds.get(r.id) === 'draft').map((r) => r.id);
    const freshIds = rows.filter((r) => !holds.has(r.id) && r.doomed_at === null).map((r) => r.id);
    let due = rows.filter((r) => !holds.has(r.id) && r.doomed_at !== null);
    const since = due.length ? new Date(Date.parse(due.map((r) => r.doomed_at!).sort()[0]!) - RECHECK_SKEW_MS).toISOString() : now;
    if (dialect === 'sqlite' && due.length) {
      const late = await holdsAmong(tx, dialect, due.map((r) => r.id), { since });
      for (const [id, kind] of late) (kind === 'lasting' ? heldIds : keptIds).push(id);
      due = due.filter((r) => !late.has(r.id));
    }
    if (heldIds.length) {
      const r = await tx.updateTable('attachments').set({ held_at: now, doomed_at: null, kept_at: null }).where('id', 'in', heldIds).where('held_at', 'is', null).executeTakeFirst();
      out.held += Number(r.numUpdatedRows);
    }
    if (keptIds.length) {
      const r = await tx.updateTable('attachments').set({ doomed_at: null, kept_at: now }).where('id', 'in', keptIds).where('held_at', 'is', null).executeTakeFirst();
      out.kept += Number(r.numUpdatedRows);
    }
    if (freshIds.length) {
      const r = await tx.updateTable('attachments').set({ doomed_at: now }).where('id', 'in', freshIds).where('held_at', 'is', null).where('doomed_at', 'is', null).executeTakeFirst();
      out.marked += Number(r.numUpdatedRows);
    }
    if (due.length) {
      const dueIds = due.map((r) => r.id);
      let del = tx.deleteFrom('attachments').where('id', 'in', dueIds).where('held_at', 'is', null).where('doomed_at', '<=', dueBefore).where('created_at', '<', olderThan);
      if (dialect === 'postgres') del = del.where((eb) => eb.not(namedSince(eb, since)));
      const gone = await del.returning(['id', 'size']).execute();
      if (dialect === 'postgres' && gone.length) {
        // A fresh statement sees what committed while the DELETE ran; undo the batch if it names one.
        const late = await holdsAmong(tx, dialect, gone.map((r) => r.id), { since });
        if (late.size) throw new LateHolder([...late.keys()]);
      }
      out.deleted += gone.length;
      out.deletedBytes += gone.reduce((n, r) => n + Number(r.size), 0);
      // Kept by the re-check (named since the mark): the mark goes, the next pass decides afresh.
      const goneIds = new Set(gone.map((r) => r.id));
      const spared = dueIds.filter((id) => !goneIds.has(id));
      if (spared.length) await tx.updateTable('attachments').set({ doomed_at: null }).where('id', 'in', spared).where('held_at', 'is', null).execute();
    }
    out.checked += rows.length;
    const last = rows.length < batch || out.checked >= maxPerRun;
    if (last && (out.deleted > 0 || options.auditWhenIdle)) {
      await appendAudit(tx, dialect, { at: now, actor: options.actor, action: 'attachment.sweep', subject: 'attachments', detail: { ...out } });
    }
    return last;
  };

  for (let last = false; !last;) {
    if (dialect === 'postgres') {
      const before = { ...out };
      try {
        // The rows stay locked while the pass reads the holders through the pool.
        last = await db.transaction().execute(async (tx) => {
          const rows = await candidates(tx).forUpdate().skipLocked().execute();
          return settle(tx, rows, await holdsAmong(db, dialect, rows.map((r) => r.id)));
        });
      } catch (e) {
        if (!(e instanceof LateHolder)) throw e;
        // Rolled back: the counts too. The named files lose their mark; the rest are due again next batch.
        Object.assign(out, before);
        await db.updateTable('attachments').set({ doomed_at: null }).where('id', 'in', e.ids).execute();
      }
    } else {
      // SQLite has one connection: the pass reads before the write transaction, whose DELETE re-checks.
      const rows = await candidates(db).execute();
      const holds = await holdsAmong(db, dialect, rows.map((r) => r.id));
      last = await db.transaction().execute((tx) => settle(tx, rows, holds));
    }
  }
  return out;
}
