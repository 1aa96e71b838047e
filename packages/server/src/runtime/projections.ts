// What a command writes besides the snapshot, in the same transaction: the task rows (the inbox
// reads them), CC rows, timer rows and outbox rows. Only tasks whose JSON changed are written.
import type { Effect, Snapshot } from '@baton/engine';
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';
import type { SqliteDirect } from '../store/sqlite-direct.ts';
import type { Db } from '../store/store.ts';
import { compiledTemplate } from './compiled-query.ts';
import type { CompiledTemplate } from './compiled-query.ts';
import { searchableData } from '../definitions/searchable-data.ts';

const TIMER_EFFECTS = new Set(['start-timer', 'cancel-timer']);

export interface ProjectionContext {
  tx: Db;
  definitionKey: string;
  now: string;
  newId: () => string;
}

export interface ProjectionWriter {
  write(p: ProjectionContext, before: Snapshot | undefined, after: Snapshot, effects: readonly Effect[]): Promise<void>;
}

type OutboxArgs = [string, string, string, string, string, string];

/** One per app: the statements every command makes are compiled once (compiled-query.ts). */
export function createProjectionWriter(db: Kysely<Database>, direct?: SqliteDirect): ProjectionWriter {
  const updateTask = compiledTemplate<[string, string, string, string | null, string], unknown>((arg) =>
    db.updateTable('tasks').set({ node_id: arg(0), assignee: arg(1), status: arg(2), completed_at: arg(3) }).where('id', '=', arg(4)), direct);
  const insertTask = compiledTemplate<[string, string, string, string, string, string, string | null, string], unknown>((arg) =>
    db.insertInto('tasks').values({ id: arg(0), instance_id: arg(1), definition_key: arg(2), node_id: arg(3), assignee: arg(4), status: arg(5), completed_at: arg(6), created_at: arg(7) }), direct);
  // Outbox rows go in one statement; a shape per row count (commands emit a few effects).
  const outboxInserts = new Map<number, CompiledTemplate<string[], unknown>>();
  const insertOutbox = (rows: number) => {
    let t = outboxInserts.get(rows);
    if (!t) {
      t = compiledTemplate<string[], unknown>((arg) => db.insertInto('outbox').values(Array.from({ length: rows }, (_, r) => ({
        id: arg(r * 6), instance_id: arg(r * 6 + 1), kind: arg(r * 6 + 2), payload: arg(r * 6 + 3), status: 'pending', attempts: 0, available_at: arg(r * 6 + 4), created_at: arg(r * 6 + 5),
      }))), direct);
      if (rows <= 16) outboxInserts.set(rows, t);
    }
    return t;
  };

  return {
    async write(p, before, after, effects) {
      const { tx } = p;
      const old = new Map((before?.tasks ?? []).map((t) => [t.id, JSON.stringify(t)]));
      for (const t of after.tasks) {
        const json = JSON.stringify(t);
        if (old.get(t.id) === json) continue;
        if (old.has(t.id)) await updateTask.run(tx, t.node, t.user, t.status, t.decided ?? null, t.id);
        else await insertTask.run(tx, t.id, after.id, p.definitionKey, t.node, t.user, t.status, t.decided ?? null, t.created);
      }
      for (const e of effects) {
        if (e.type === 'cc') {
          for (const user of e.to) {
            await tx.insertInto('cc').values({ instance_id: after.id, user_id: user, node_id: e.node ?? '', created_at: p.now })
              .onConflict((oc) => oc.columns(['instance_id', 'user_id', 'node_id']).doNothing()).execute();
          }
        }
        if (e.type === 'start-timer') {
          await tx.insertInto('timers').values({ id: e.timer, instance_id: after.id, payload: JSON.stringify({ timerId: e.timer }), due_at: e.due, status: 'pending', created_at: p.now })
            .onConflict((oc) => oc.column('id').doUpdateSet({ due_at: e.due, status: 'pending' })).execute();
        } else if (e.type === 'cancel-timer') {
          await tx.updateTable('timers').set({ status: 'cancelled' }).where('id', '=', e.timer).where('status', '=', 'pending').execute();
        }
      }
      const outbox = effects.filter((e) => !TIMER_EFFECTS.has(e.type));
      if (outbox.length > 0) {
        const args = outbox.flatMap((e): OutboxArgs => [p.newId(), after.id, e.type, JSON.stringify(e), p.now, p.now]);
        await insertOutbox(outbox.length).run(tx, ...args);
      }
    },
  };
}

/**
 * The lower-cased text the inbox's keyword search looks in: title, initiator and the form's text
 * and number values, except fields hidden from someone at some step (searchable-data.ts: a hit
 * would tell that person the hidden value, as the archive's index already avoids).
 */
export function searchText(s: Snapshot, def: BatonWorkflowDefinition): string {
  const parts = [s.title ?? '', s.initiator];
  for (const v of Object.values(searchableData(def, s.data))) if (typeof v === 'string' || typeof v === 'number') parts.push(String(v));
  return parts.join(' ').toLowerCase().slice(0, 4000);
}
