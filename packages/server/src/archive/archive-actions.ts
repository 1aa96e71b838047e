// The three writes of the archive, each inside the caller's transaction and audited there:
// archive a finished request, restore it, purge it. Each starts with a conditional write, so two
// processes racing on one request change it once and audit it once; the loser gets a value
// saying why nothing happened.
import type { Snapshot } from '@baton/engine';
import type { AppContext } from '../app-context.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../store/store.ts';
import type { ArchiveIndex } from './archive-index.ts';
import { archiveText } from './archive-text.ts';

export type ArchiveOutcome = 'archived' | 'not-found' | 'not-finished' | 'already-archived';
export type RestoreOutcome = 'restored' | 'not-found' | 'not-archived';
export type PurgeOutcome = 'purged' | 'not-found' | 'not-archived';

export interface ArchiveWriter {
  archive(tx: Db, instanceId: string, actor: string, how: 'manual' | 'policy'): Promise<ArchiveOutcome>;
  restore(tx: Db, instanceId: string, actor: string): Promise<RestoreOutcome>;
  purge(tx: Db, instanceId: string, actor: string, retentionDays: number): Promise<PurgeOutcome>;
}

export function createArchiveWriter(ctx: AppContext, index: ArchiveIndex): ArchiveWriter {
  const dialect = ctx.store.dialect;
  const audit = (tx: Db, actor: string, action: string, id: string, detail: unknown) =>
    appendAudit(tx, dialect, { at: ctx.nowIso(), actor, action, subject: `instance:${id}`, detail });

  return {
    async archive(tx, id, actor, how) {
      const now = ctx.nowIso();
      const upd = await tx.updateTable('instances').set({ archived_at: now })
        .where('id', '=', id).where('archived_at', 'is', null).where('finished_at', 'is not', null).executeTakeFirst();
      if (Number(upd.numUpdatedRows) !== 1) {
        const row = await tx.selectFrom('instances').select(['archived_at']).where('id', '=', id).executeTakeFirst();
        return !row ? 'not-found' : row.archived_at ? 'already-archived' : 'not-finished';
      }
      const row = await tx.selectFrom('instances').select(['definition_key', 'version', 'status', 'initiator', 'title', 'snapshot', 'created_at', 'finished_at'])
        .where('id', '=', id).executeTakeFirstOrThrow();
      const def = await ctx.runtime.port.version(tx, row.definition_key, Number(row.version));
      const snapshot = JSON.parse(row.snapshot) as Snapshot;
      const entry = await tx.insertInto('archive_entries').values({
        instance_id: id, definition_key: row.definition_key, category: def?.category ?? null, status: row.status, initiator: row.initiator,
        title: row.title, created_at: row.created_at, finished_at: row.finished_at, archived_at: now,
      }).returning('id').executeTakeFirstOrThrow();
      const tasks = await tx.selectFrom('tasks').select('assignee').where('instance_id', '=', id).execute();
      const ccs = await tx.selectFrom('cc').select('user_id').where('instance_id', '=', id).execute();
      const viewers = new Set([row.initiator, ...tasks.map((t) => t.assignee), ...ccs.map((c) => c.user_id)]);
      await tx.insertInto('archive_viewers').values([...viewers].map((user_id) => ({ user_id, entry_id: Number(entry.id) }))).execute();
      await index.add(tx, Number(entry.id), archiveText(row.title, def, snapshot.data));
      await audit(tx, actor, 'instance.archived', id, { how, definition: row.definition_key, status: row.status });
      return 'archived';
    },

    async restore(tx, id, actor) {
      const upd = await tx.updateTable('instances').set({ archived_at: null, unarchived_at: ctx.nowIso() })
        .where('id', '=', id).where('archived_at', 'is not', null).executeTakeFirst();
      if (Number(upd.numUpdatedRows) !== 1) {
        const row = await tx.selectFrom('instances').select('id').where('id', '=', id).executeTakeFirst();
        return row ? 'not-archived' : 'not-found';
      }
      const entries = await tx.selectFrom('archive_entries').select('id').where('instance_id', '=', id).execute();
      await index.remove(tx, entries.map((e) => Number(e.id)));
      await tx.deleteFrom('archive_viewers').where('entry_id', 'in', entries.length ? entries.map((e) => Number(e.id)) : [-1]).execute();
      await tx.deleteFrom('archive_entries').where('instance_id', '=', id).execute();
      await audit(tx, actor, 'instance.unarchived', id, {});
      return 'restored';
    },

    async purge(tx, id, actor, retentionDays) {
      // Locked on PostgreSQL, so a concurrent restore or purge waits and then finds nothing to do.
      let q = tx.selectFrom('instances').select(['definition_key', 'version', 'status', 'archived_at', 'created_at', 'finished_at']).where('id', '=', id);
      if (dialect === 'postgres') q = q.forUpdate();
      const row = await q.executeTakeFirst();
      if (!row) return 'not-found';
      if (!row.archived_at) return 'not-archived';
      const entries = await tx.selectFrom('archive_entries').select('id').where('instance_id', '=', id).execute();
      await index.remove(tx, entries.map((e) => Number(e.id)));
      await tx.deleteFrom('archive_viewers').where('entry_id', 'in', entries.length ? entries.map((e) => Number(e.id)) : [-1]).execute();
      await tx.deleteFrom('archive_entries').where('instance_id', '=', id).execute();
      await tx.deleteFrom('tasks').where('instance_id', '=', id).execute();
      await tx.deleteFrom('cc').where('instance_id', '=', id).execute();
      await tx.deleteFrom('timers').where('instance_id', '=', id).execute();
      await tx.deleteFrom('outbox').where('instance_id', '=', id).where('status', 'in', ['done', 'dead']).execute();
      await tx.deleteFrom('instances').where('id', '=', id).execute();
      // The audit keeps who, when and under which rule; the request's content is gone.
      await audit(tx, actor, 'instance.purged', id, {
        definition: row.definition_key, version: Number(row.version), status: row.status, createdAt: row.created_at,
        finishedAt: row.finished_at, archivedAt: row.archived_at, retentionDays,
      });
      return 'purged';
    },
  };
}
