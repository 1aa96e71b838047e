// The periodic archive job: archives finished requests whose flow's policy says so, and purges
// archived ones past their retention. Safe with several server processes on one database: rows
// are picked with FOR UPDATE SKIP LOCKED on PostgreSQL (each process takes different rows), and
// every write is conditional (archive-actions.ts), so a row two processes both pick changes once.
import type { AppContext } from '../app-context.ts';
import { SYSTEM_USER } from '../runtime/engine-port.ts';
import { createArchiveWriter } from './archive-actions.ts';
import type { ArchiveWriter } from './archive-actions.ts';
import { archiveIndexFor } from './archive-index.ts';
import { archivePolicies, daysBefore } from './archive-policy.ts';

export interface ArchiveJobRun {
  archived: number;
  purged: number;
}

export interface ArchiveJobOptions {
  /** Rows per transaction (default 100). */
  batch?: number;
  /** Most rows one run handles per flow and kind, so one tick stays short (default 1000). */
  maxPerFlow?: number;
}

export async function runArchiveJob(ctx: AppContext, writer: ArchiveWriter, options: ArchiveJobOptions = {}): Promise<ArchiveJobRun> {
  const batch = options.batch ?? 100;
  const maxPerFlow = options.maxPerFlow ?? 1000;
  const pg = ctx.store.dialect === 'postgres';
  const out: ArchiveJobRun = { archived: 0, purged: 0 };
  const now = ctx.nowIso();
  for (const policy of await archivePolicies(ctx)) {
    if (policy.afterDays !== undefined) {
      const cutoff = daysBefore(now, policy.afterDays);
      for (let done = 0; done < maxPerFlow;) {
        const n = await ctx.store.db.transaction().execute(async (tx) => {
          let q = tx.selectFrom('instances').select('id')
            .where('definition_key', '=', policy.definition).where('archived_at', 'is', null).where('unarchived_at', 'is', null)
            .where('finished_at', 'is not', null).where('finished_at', '<=', cutoff).orderBy('finished_at').limit(batch);
          if (pg) q = q.forUpdate().skipLocked();
          const rows = await q.execute();
          for (const r of rows) if ((await writer.archive(tx, r.id, SYSTEM_USER, 'policy')) === 'archived') out.archived++;
          return rows.length;
        });
        done += n;
        if (n < batch) break;
      }
    }
    if (policy.retentionDays !== undefined) {
      const cutoff = daysBefore(now, policy.retentionDays);
      for (let done = 0; done < maxPerFlow;) {
        const n = await ctx.store.db.transaction().execute(async (tx) => {
          let q = tx.selectFrom('archive_entries').select('instance_id')
            .where('definition_key', '=', policy.definition).where('archived_at', '<=', cutoff).orderBy('archived_at').limit(batch);
          if (pg) q = q.forUpdate().skipLocked();
          const rows = await q.execute();
          for (const r of rows) if ((await writer.purge(tx, r.instance_id, SYSTEM_USER, policy.retentionDays!)) === 'purged') out.purged++;
          return rows.length;
        });
        done += n;
        if (n < batch) break;
      }
    }
  }
  return out;
}

export interface ArchiveJob {
  run(options?: ArchiveJobOptions): Promise<ArchiveJobRun>;
}

/** The job of one app (its own index and writer), as main.ts's loop and the tests run it. */
export function createArchiveJob(ctx: AppContext): ArchiveJob {
  const writer = createArchiveWriter(ctx, archiveIndexFor(ctx.store.dialect));
  return { run: (options) => runArchiveJob(ctx, writer, options) };
}
