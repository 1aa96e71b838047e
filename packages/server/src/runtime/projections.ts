// What a command writes besides the snapshot, in the same transaction: the task rows (the inbox
// reads them), CC rows, timer rows and outbox rows. Only tasks whose JSON changed are written.
import type { Effect, Snapshot } from '@baton/engine';
import type { Db } from '../store/store.ts';

const TIMER_EFFECTS = new Set(['start-timer', 'cancel-timer']);

export interface ProjectionContext {
  tx: Db;
  definitionKey: string;
  now: string;
  newId: () => string;
}

export async function writeProjections(p: ProjectionContext, before: Snapshot | undefined, after: Snapshot, effects: readonly Effect[]): Promise<void> {
  const { tx } = p;
  const old = new Map((before?.tasks ?? []).map((t) => [t.id, JSON.stringify(t)]));
  for (const t of after.tasks) {
    const json = JSON.stringify(t);
    if (old.get(t.id) === json) continue;
    const row = { node_id: t.node, assignee: t.user, status: t.status, completed_at: t.decided ?? null };
    if (old.has(t.id)) await tx.updateTable('tasks').set(row).where('id', '=', t.id).execute();
    else await tx.insertInto('tasks').values({ id: t.id, instance_id: after.id, definition_key: p.definitionKey, created_at: t.created, ...row }).execute();
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
    await tx.insertInto('outbox').values(outbox.map((e) => ({
      id: p.newId(), instance_id: after.id, kind: e.type, payload: JSON.stringify(e), status: 'pending', attempts: 0, available_at: p.now, created_at: p.now,
    }))).execute();
  }
}

/** The lower-cased text keyword search looks in. */
export function searchText(s: Snapshot): string {
  const parts = [s.title ?? '', s.initiator];
  for (const v of Object.values(s.data)) if (typeof v === 'string' || typeof v === 'number') parts.push(String(v));
  return parts.join(' ').toLowerCase().slice(0, 4000);
}
