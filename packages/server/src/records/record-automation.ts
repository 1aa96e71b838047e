// Automation steps that write records (update-record, create-record, assign-owner round-robin),
// run by the outbox worker: the record write and the engine's automation-result command commit in
// ONE transaction, so a row retried after a crash either finds both done (the engine refuses the
// stale result: the whole attempt rolls back, the row is done) or neither. A write the record
// type refuses (or a missing record) answers the engine ok:false with the reason. apply-patch rows
// are already applied in the finishing command's transaction (change-set.ts): nothing to do.
import { createHash } from 'node:crypto';
import type { Effect } from '@baton/engine';
import { sql } from 'kysely';
import type { AppContext } from '../app-context.ts';
import { ok } from '../http/api-error.ts';
import type { ApiFailure, Result } from '../http/api-error.ts';
import type { EffectHandler, EffectOutcome, OutboxRow } from '../outbox/effect-handler.ts';
import { SYSTEM_USER } from '../runtime/engine-port.ts';
import type { Db } from '../store/store.ts';
import { loadRecord } from './record-repo.ts';
import { causeOf } from './record-triggers.ts';
import { createRecordTypeRegistry } from './record-type-registry.ts';
import type { RecordTypeRegistry } from './record-type-registry.ts';
import { inTransaction } from './record-transaction.ts';
import { createRecordWith, updateRecordWith } from './record-writer.ts';

type RecordEffect = Extract<Effect, { type: 'update-record' | 'create-record' | 'assign-owner' }>;
type Performed = { ok: true; result: unknown } | { ok: false; error: string };

const failed = (error: string): Performed => ({ ok: false, error });
const reason = (f: ApiFailure) => `${f.code}: ${f.message.en}${f.pointer ? ` (${f.pointer})` : ''}`;

/** A stable key for a pool of users (sorted), short enough for the cursor table. */
export function poolKey(pool: readonly string[]): string {
  const joined = [...new Set(pool)].sort().join(',');
  return joined.length <= 200 ? joined : `sha256:${createHash('sha256').update(joined).digest('hex')}`;
}

/** The next user of a round-robin pool: one cursor row per pool, advanced atomically. */
export async function nextInPool(tx: Db, pool: readonly string[]): Promise<string | undefined> {
  const users = [...new Set(pool)].sort();
  if (users.length === 0) return undefined;
  const row = await tx.insertInto('owner_cursors').values({ pool: poolKey(users), position: 1 })
    .onConflict((oc) => oc.column('pool').doUpdateSet({ position: sql<number>`owner_cursors.position + 1` }))
    .returning('position').executeTakeFirstOrThrow();
  return users[(Number(row.position) - 1) % users.length];
}

async function perform(ctx: AppContext, types: RecordTypeRegistry, tx: Db, row: OutboxRow, e: RecordEffect): Promise<Performed> {
  const via = { instance: row.instance_id, node: e.node, effect: e.id };
  const instanceId = row.instance_id ?? undefined;
  // The writes below carry the instance as their cause, so the type's triggers cannot loop back.
  const cause = instanceId ? await causeOf(tx, instanceId) : undefined;
  const caused = cause ? { cause } : {};
  if (e.type === 'create-record') {
    const entry = await types.get(tx, e.recordType);
    if (!entry) return failed(`no record type "${e.recordType}"`);
    const inst = instanceId ? await tx.selectFrom('instances').select('initiator').where('id', '=', instanceId).executeTakeFirst() : undefined;
    const owner = typeof e.values.owner === 'string' ? e.values.owner : inst?.initiator ?? SYSTEM_USER;
    const made = await createRecordWith(ctx, tx, entry, { id: `rec_${ctx.ids.next()}`, owner, values: e.values, actor: SYSTEM_USER, ...caused });
    return made.ok ? { ok: true, result: made.value.record.id } : failed(reason(made.error));
  }
  if (!e.record) {
    if (e.type === 'assign-owner') {
      const user = await nextInPool(tx, e.pool);
      return user ? { ok: true, result: user } : failed('the pool is empty');
    }
    return failed('the request carries no record');
  }
  const found = await tx.selectFrom('records').select('type').where('id', '=', e.record).where('deleted_at', 'is', null).executeTakeFirst();
  const type = e.type === 'update-record' ? e.recordType ?? found?.type : found?.type;
  const entry = type ? await types.get(tx, type) : undefined;
  const rec = entry ? await loadRecord(tx, entry.type.key, e.record, ctx.store.dialect) : undefined;
  if (!entry || !rec) return failed(`record ${e.record} not found`);
  if (e.type === 'update-record') {
    const done = await updateRecordWith(ctx, tx, entry, rec, { values: e.set, actor: SYSTEM_USER, action: 'record.automation-update', via, ...(instanceId ? { instanceId } : {}), ...caused });
    return done.ok ? { ok: true, result: { id: rec.id, revision: done.value.record.revision } } : failed(reason(done.error));
  }
  const user = await nextInPool(tx, e.pool);
  if (!user) return failed('the pool is empty');
  const done = await updateRecordWith(ctx, tx, entry, rec, { owner: user, actor: SYSTEM_USER, action: 'record.assign-owner', via: { ...via, pool: poolKey(e.pool) }, ...(instanceId ? { instanceId } : {}), ...caused });
  return done.ok ? { ok: true, result: user } : failed(reason(done.error));
}

class Settled extends Error {}

export function recordEffectHandlers(ctx: AppContext): Record<string, EffectHandler> {
  const types = createRecordTypeRegistry();
  const run = async (row: OutboxRow, forced?: string): Promise<EffectOutcome> => {
    const e = JSON.parse(row.payload) as RecordEffect;
    try {
      const res: Result<true> = await inTransaction(ctx, async (tx) => {
        const done = forced !== undefined ? failed(forced) : await perform(ctx, types, tx, row, e);
        if (!row.instance_id) return ok(true);
        const told = await ctx.runtime.applyInTransaction(tx, row.instance_id, {
          type: 'automation-result', actor: SYSTEM_USER, effectId: e.id, ok: done.ok,
          ...(done.ok && done.result !== undefined ? { result: done.result } : {}), ...(!done.ok ? { error: done.error } : {}),
        });
        if (!told.ok && told.error.code === 'conflict') return told;
        // The engine has moved on (result already applied, request finished): undo this attempt.
        if (!told.ok) throw new Settled(told.error.code);
        return ok(true);
      });
      return res.ok ? { type: 'done' } : { type: 'retry', error: reason(res.error) };
    } catch (err) {
      if (err instanceof Settled) return { type: 'done' };
      throw err;
    }
  };
  const handler: EffectHandler = { run: (row) => run(row), deadLettered: async (row, error) => void (await run(row, error)) };
  return { 'update-record': handler, 'create-record': handler, 'assign-owner': handler, 'apply-patch': { run: async () => ({ type: 'done' }) } };
}
