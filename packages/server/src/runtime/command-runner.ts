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
import type { ApiFailure, Result } from '../http/api-error.ts';
import { remember, replay } from '../http/idempotency.ts';
import type { IdempotencyClaim, StoredResponse } from '../http/idempotency.ts';
import type { Db } from '../store/store.ts';
import type { EnginePort } from './engine-port.ts';
import { createProjectionWriter, searchText } from './projections.ts';
import { refusalFailure } from './refusal-status.ts';
import { createWriteQueue } from './write-queue.ts';
import { compiledTemplate } from './compiled-query.ts';
import { sqliteDirectOf } from '../store/sqlite-direct.ts';
import { walWriteGateOf } from '../store/sqlite-checkpointer.ts';

/** Thrown inside the transaction to roll it back when the revision guard finds a newer row. */
class RevisionConflict extends Error {}

export interface Runtime {
  port: EnginePort;
  /** Starts a request of `def` (version `version`), answering 201 with the new instance. */
  start(actor: string, key: string, version: number, def: BatonWorkflowDefinition, input: StartInput, claim?: IdempotencyClaim, onCommit?: (tx: Db, id: string) => Promise<void>): Promise<Result<StoredResponse>>;
  /** Applies a command to an instance, with bounded retries on revision conflicts. */
  apply(instanceId: string, command: Command, claim?: IdempotencyClaim): Promise<Result<StoredResponse>>;
  /** Like `apply`, for the instance that holds task `taskId` (one read finds both); 404 task-not-found when there is none. */
  applyToTask(taskId: string, command: Command, claim?: IdempotencyClaim): Promise<Result<StoredResponse>>;
  /** Applies a command inside the caller's transaction (no retry; the row is locked on PostgreSQL). */
  applyInTransaction(tx: Db, instanceId: string, command: Command, auditActor?: string): Promise<Result<Snapshot>>;
  /** Starts a request inside the caller's transaction (record triggers: exactly once with the record write). */
  startInTransaction(tx: Db, actor: string, key: string, version: number, def: BatonWorkflowDefinition, input: StartInput): Promise<Result<Snapshot>>;
}

function commandResponse(s: Snapshot, events: readonly EngineEvent[]): StoredResponse {
  return { status: 200, body: { id: s.id, status: s.status, revision: s.revision, events } };
}

export function createRuntime(ctx: AppContext, port: EnginePort): Runtime {
  // SQLite: the hot statements inside the write transaction skip Kysely's executor (sqlite-direct.ts).
  const direct = sqliteDirectOf(ctx.store);
  const writes = createWriteQueue(ctx.store.db, ctx.store.dialect === 'sqlite' && ctx.options.groupCommit, { maxBatch: 64, direct, beforeWrite: walWriteGateOf(ctx.store) });
  const projections = createProjectionWriter(ctx.store.db, direct);
  const env = async (db: Db) => ({
    now: ctx.nowIso(),
    ids: { next: (prefix: string) => `${prefix.slice(0, 4)}_${ctx.ids.next()}` },
    directory: port.directoryFor(await ctx.directory.snapshot(db)),
  });

  const write = async (tx: Db, key: string, before: Snapshot | undefined, after: Snapshot, effects: readonly Effect[], events: readonly EngineEvent[], command: unknown, actor: string) => {
    const now = ctx.nowIso();
    await projections.write({ tx, definitionKey: key, now, newId: () => ctx.ids.next() }, before, after, effects);
    // Record change-sets apply (and field locks release) atomically with the snapshot.
    await applyChangeSets({ tx, dialect: ctx.store.dialect, now, actor, app: ctx }, before, after, effects);
    await appendAudit(tx, ctx.store.dialect, { at: now, actor, action: `instance.${(command as { type: string }).type}`, subject: `instance:${after.id}`, detail: { command, events } }, direct);
  };

  // The command path's statements, compiled once per app (compiled-query.ts).
  const db0 = ctx.store.db;
  const updateInstance = compiledTemplate<[string, number, string, string, string, string, string | null, string, number], unknown>((arg) => db0.updateTable('instances').set({
    snapshot: arg(0), revision: arg(1), status: arg(2), title: arg(3), search: arg(4), updated_at: arg(5), finished_at: arg(6),
  }).where('id', '=', arg(7)).where('revision', '=', arg(8)), direct);
  type InstanceRow = { id: string; definition_key: string; version: number | string; snapshot: string };
  const selectInstance = compiledTemplate<[string], InstanceRow>((arg) => db0.selectFrom('instances').select(['id', 'definition_key', 'version', 'snapshot']).where('id', '=', arg(0)));
  const selectInstanceLocked = compiledTemplate<[string], InstanceRow>((arg) => db0.selectFrom('instances').select(['id', 'definition_key', 'version', 'snapshot']).where('id', '=', arg(0)).forUpdate());
  const selectInstanceOfTask = compiledTemplate<[string], InstanceRow>((arg) => db0.selectFrom('tasks').innerJoin('instances', 'instances.id', 'tasks.instance_id')
    .select(['instances.id', 'instances.definition_key', 'instances.version', 'instances.snapshot']).where('tasks.id', '=', arg(0)));

  const guardedUpdate = async (tx: Db, def: BatonWorkflowDefinition, before: Snapshot, after: Snapshot) => {
    const upd = await updateInstance.run(tx, JSON.stringify(after), after.revision, after.status, after.title ?? '', searchText(after, def), after.updated, after.finished ?? null, after.id, before.revision);
    return Number(upd.numAffectedRows ?? 0) === 1;
  };

  const toLoaded = async (db: Db, row: InstanceRow | undefined) => {
    if (!row) return undefined;
    const def = await port.version(db, row.definition_key, Number(row.version));
    if (!def) throw new Error(`instance ${row.id} refers to missing version ${row.definition_key}@${row.version}`);
    return { id: row.id, key: row.definition_key, def, snapshot: JSON.parse(row.snapshot) as Snapshot };
  };
  const load = async (db: Db, id: string, lock: boolean) =>
    toLoaded(db, (await (lock && ctx.store.dialect === 'postgres' ? selectInstanceLocked : selectInstance).run(db, id)).rows[0]);
  type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;

  const notFoundInstance = () => failure(404, 'not-found', 'Request not found.', '申请不存在。');
  const notFoundTask = () => failure(404, 'task-not-found', 'No such task.', '任务不存在。');

  const applyLoaded = async (loader: () => Promise<Loaded | undefined>, notFound: () => ApiFailure, command: Command, claim?: IdempotencyClaim): Promise<Result<StoredResponse>> => {
    for (let attempt = 0; attempt <= ctx.options.commandRetries; attempt++) {
      if (claim) {
        const prior = await replay(ctx.store.db, claim);
        if (prior) return prior;
      }
      const loaded = await loader();
      if (!loaded) return { ok: false, error: notFound() };
      const result = port.engine.apply(loaded.def, loaded.snapshot, command, await env(ctx.store.db));
      if (!result.ok) return { ok: false, error: refusalFailure(result.refusal) };
      const response = commandResponse(result.snapshot, result.events);
      try {
        await writes.run(async (tx) => {
          if (!(await guardedUpdate(tx, loaded.def, loaded.snapshot, result.snapshot))) throw new RevisionConflict('conflict');
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
  };

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
            search: searchText(s, def), created_at: s.created, updated_at: s.updated, finished_at: s.finished ?? null,
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

    apply: (instanceId, command, claim) => applyLoaded(() => load(ctx.store.db, instanceId, false), notFoundInstance, command, claim),
    applyToTask: (taskId, command, claim) => applyLoaded(async () => toLoaded(ctx.store.db, (await selectInstanceOfTask.run(ctx.store.db, taskId)).rows[0]), notFoundTask, command, claim),

    async applyInTransaction(tx, instanceId, command, auditActor) {
      const loaded = await load(tx, instanceId, true);
      if (!loaded) return { ok: false, error: notFoundInstance() };
      const result = port.engine.apply(loaded.def, loaded.snapshot, command, await env(tx));
      if (!result.ok) return { ok: false, error: refusalFailure(result.refusal) };
      if (!(await guardedUpdate(tx, loaded.def, loaded.snapshot, result.snapshot))) return fail(409, 'conflict', 'The request changed meanwhile.', '申请已被他人更新。');
      await write(tx, loaded.key, loaded.snapshot, result.snapshot, result.effects, result.events, command, auditActor ?? command.actor);
      return ok(result.snapshot);
    },

    async startInTransaction(tx, actor, key, version, def, input) {
      const result = port.engine.start(def, input, await env(tx));
      if (!result.ok) return { ok: false, error: refusalFailure(result.refusal) };
      const s = result.snapshot;
      await tx.insertInto('instances').values({
        id: s.id, definition_key: key, version, status: s.status, initiator: s.initiator, title: s.title ?? '', snapshot: JSON.stringify(s), revision: s.revision,
        search: searchText(s, def), created_at: s.created, updated_at: s.updated, finished_at: s.finished ?? null,
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
