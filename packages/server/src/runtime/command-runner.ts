// The command path, in one place: load the instance and its version, ask the engine, then in ONE
// transaction write the snapshot (guarded by its revision), task rows, the audit row, outbox and
// timer rows (and the idempotency row). A revision conflict retries from the load, a bounded
// number of times, then answers 409. Refusals write nothing.
import type { Command, Effect, EngineEvent, Snapshot, StartInput } from '@baton/engine';
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { applyChangeSets } from '../records/change-set.ts';
import { fail, failure, ok } from '../http/api-error.ts';
import type { Result } from '../http/api-error.ts';
import { remember, replay } from '../http/idempotency.ts';
import type { IdempotencyClaim, StoredResponse } from '../http/idempotency.ts';
import type { Db } from '../store/store.ts';
import type { EnginePort } from './engine-port.ts';
import { searchText, writeProjections } from './projections.ts';
import { refusalFailure } from './refusal-status.ts';
import { createWriteQueue } from './write-queue.ts';

/** Thrown inside the transaction to roll it back when the revision guard finds a newer row. */
class RevisionConflict extends Error {}

export interface Runtime {
  port: EnginePort;
  /** Starts a request of `def` (version `version`), answering 201 with the new instance. */
  start(actor: string, key: string, version: number, def: BatonWorkflowDefinition, input: StartInput, claim?: IdempotencyClaim, onCommit?: (tx: Db, id: string) => Promise<void>): Promise<Result<StoredResponse>>;
  /** Applies a command to an instance, with bounded retries on revision conflicts. */
  apply(instanceId: string, command: Command, claim?: IdempotencyClaim): Promise<Result<StoredResponse>>;
  /** Applies a command inside the caller's transaction (no retry; the row is locked on PostgreSQL). */
  applyInTransaction(tx: Db, instanceId: string, command: Command, auditActor?: string): Promise<Result<Snapshot>>;
  /** Starts a request inside the caller's transaction (record triggers: exactly once with the record write). */
  startInTransaction(tx: Db, actor: string, key: string, version: number, def: BatonWorkflowDefinition, input: StartInput): Promise<Result<Snapshot>>;
}

function commandResponse(s: Snapshot, events: readonly EngineEvent[]): StoredResponse {
  return { status: 200, body: { id: s.id, status: s.status, revision: s.revision, events } };
}

export function createRuntime(ctx: AppContext, port: EnginePort): Runtime {
  const writes = createWriteQueue(ctx.store.db, ctx.store.dialect === 'sqlite' && ctx.options.groupCommit);
  const env = async (db: Db) => ({
    now: ctx.nowIso(),
    ids: { next: (prefix: string) => `${prefix.slice(0, 4)}_${ctx.ids.next()}` },
    directory: port.directoryFor(await ctx.directory.snapshot(db)),
  });

  const write = async (tx: Db, key: string, before: Snapshot | undefined, after: Snapshot, effects: readonly Effect[], events: readonly EngineEvent[], command: unknown, actor: string) => {
    const now = ctx.nowIso();
    await writeProjections({ tx, definitionKey: key, now, newId: () => ctx.ids.next() }, before, after, effects);
    // Record change-sets apply (and field locks release) atomically with the snapshot.
    await applyChangeSets({ tx, dialect: ctx.store.dialect, now, actor }, before, after, effects);
    await appendAudit(tx, ctx.store.dialect, { at: now, actor, action: `instance.${(command as { type: string }).type}`, subject: `instance:${after.id}`, detail: { command, events } });
  };

  const guardedUpdate = async (tx: Db, before: Snapshot, after: Snapshot) => {
    const upd = await tx.updateTable('instances').set({
      snapshot: JSON.stringify(after), revision: after.revision, status: after.status, title: after.title ?? '', search: searchText(after), updated_at: after.updated, finished_at: after.finished ?? null,
    }).where('id', '=', after.id).where('revision', '=', before.revision).executeTakeFirst();
    return Number(upd.numUpdatedRows) === 1;
  };

  const load = async (db: Db, id: string, lock: boolean) => {
    let q = db.selectFrom('instances').select(['definition_key', 'version', 'snapshot']).where('id', '=', id);
    if (lock && ctx.store.dialect === 'postgres') q = q.forUpdate();
    const row = await q.executeTakeFirst();
    if (!row) return undefined;
    const def = await port.version(db, row.definition_key, Number(row.version));
    if (!def) throw new Error(`instance ${id} refers to missing version ${row.definition_key}@${row.version}`);
    return { key: row.definition_key, def, snapshot: JSON.parse(row.snapshot) as Snapshot };
  };

  const notFoundInstance = () => failure(404, 'not-found', 'Request not found.', '申请不存在。');

  return {
    port,
    async start(actor, key, version, def, input, claim, onCommit) {
      if (claim) {
        const prior = await replay(ctx.store.db, claim);
        if (prior) return prior;
      }
      const result = port.engine.start(def, input, await env(ctx.store.db));
      if (!result.ok) return { ok: false, error: refusalFailure(result.refusal) };
      const s = result.snapshot;
      const response: StoredResponse = { status: 201, body: { id: s.id, status: s.status, revision: s.revision, title: s.title ?? null, tasks: s.tasks.filter((t) => t.status === 'pending').map((t) => ({ id: t.id, node: t.node, user: t.user })), events: result.events } };
      try {
        await writes.run(async (tx) => {
          await tx.insertInto('instances').values({
            id: s.id, definition_key: key, version, status: s.status, initiator: s.initiator, title: s.title ?? '', snapshot: JSON.stringify(s), revision: s.revision,
            search: searchText(s), created_at: s.created, updated_at: s.updated, finished_at: s.finished ?? null,
          }).execute();
          await write(tx, key, undefined, s, result.effects, result.events, { type: 'start', definition: key, version, data: input.data }, actor);
          if (onCommit) await onCommit(tx, s.id);
          if (claim) await remember(tx, claim, response, ctx.nowIso());
        });
      } catch (e) {
        // A concurrent request with the same key won the insert: answer as it did.
        const prior = claim ? await replay(ctx.store.db, claim) : undefined;
        if (prior) return prior;
        throw e;
      }
      return ok(response);
    },

    async apply(instanceId, command, claim) {
      for (let attempt = 0; attempt <= ctx.options.commandRetries; attempt++) {
        if (claim) {
          const prior = await replay(ctx.store.db, claim);
          if (prior) return prior;
        }
        const loaded = await load(ctx.store.db, instanceId, false);
        if (!loaded) return { ok: false, error: notFoundInstance() };
        const result = port.engine.apply(loaded.def, loaded.snapshot, command, await env(ctx.store.db));
        if (!result.ok) return { ok: false, error: refusalFailure(result.refusal) };
        const response = commandResponse(result.snapshot, result.events);
        try {
          await writes.run(async (tx) => {
            if (!(await guardedUpdate(tx, loaded.snapshot, result.snapshot))) throw new RevisionConflict('conflict');
            await write(tx, loaded.key, loaded.snapshot, result.snapshot, result.effects, result.events, command, command.actor);
            if (claim) await remember(tx, claim, response, ctx.nowIso());
          });
          return ok(response);
        } catch (e) {
          if (e instanceof RevisionConflict || isRetryablePgError(e)) continue;
          const prior = claim ? await replay(ctx.store.db, claim) : undefined;
          if (prior) return prior;
          throw e;
        }
      }
      return fail(409, 'conflict', 'The request kept changing while your action was applied; reload and try again.', '申请在处理过程中不断被他人更新，请刷新后重试。');
    },

    async applyInTransaction(tx, instanceId, command, auditActor) {
      const loaded = await load(tx, instanceId, true);
      if (!loaded) return { ok: false, error: notFoundInstance() };
      const result = port.engine.apply(loaded.def, loaded.snapshot, command, await env(tx));
      if (!result.ok) return { ok: false, error: refusalFailure(result.refusal) };
      if (!(await guardedUpdate(tx, loaded.snapshot, result.snapshot))) return fail(409, 'conflict', 'The request changed meanwhile.', '申请已被他人更新。');
      await write(tx, loaded.key, loaded.snapshot, result.snapshot, result.effects, result.events, command, auditActor ?? command.actor);
      return ok(result.snapshot);
    },

    async startInTransaction(tx, actor, key, version, def, input) {
      const result = port.engine.start(def, input, await env(tx));
      if (!result.ok) return { ok: false, error: refusalFailure(result.refusal) };
      const s = result.snapshot;
      await tx.insertInto('instances').values({
        id: s.id, definition_key: key, version, status: s.status, initiator: s.initiator, title: s.title ?? '', snapshot: JSON.stringify(s), revision: s.revision,
        search: searchText(s), created_at: s.created, updated_at: s.updated, finished_at: s.finished ?? null,
      }).execute();
      await write(tx, key, undefined, s, result.effects, result.events, { type: 'start', definition: key, version, data: input.data }, actor);
      return ok(s);
    },
  };
}

/** PostgreSQL's deadlock and serialization failures: the transaction rolled back, so retry it. */
function isRetryablePgError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}
