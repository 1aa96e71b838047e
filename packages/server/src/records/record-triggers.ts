// Record triggers: a record type's create / update / field-change triggers start their flow in the
// SAME transaction as the record write, so a committed write starts each matching flow exactly
// once and a rolled-back write starts none. The CEL condition sees `record` (values, id, owner),
// `before` (the old values on update) and each field by key. A trigger that cannot start (flow
// missing or inactive, data invalid, condition failing to evaluate) is audited, never thrown:
// the record write still stands. "schedule" triggers are the scheduler's.
// Loops: a write an instance made (automation, an applied change set) carries its cause, and a
// trigger neither restarts that instance's own flow on the instance's own record (self-loop) nor
// starts anything once the chain is MAX_TRIGGER_DEPTH deep; such a skip is audited
// (record.trigger-skipped). The started instance keeps its depth in instances.trigger_depth.
// A cause can be lost on the way out and back (an HTTP request or webhook to a system that posts to
// an inbound hook), so a backstop needs none: at most `triggerStartsPerRecordPerHour` trigger
// starts per record in any hour (instances.trigger_record), further ones skipped as `rate-limit`.
import type { BatonRecordType, BatonWorkflowDefinition } from '@baton/schema';
import { createCelEnvironment, evaluateCel, validateFormData } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { loadDefinition } from '../definitions/definition-row.ts';
import type { Db } from '../store/store.ts';
import type { RecordValues, StoredRecord } from './record-repo.ts';
import { prefillData } from './record-values.ts';

export type RecordEvent = { kind: 'create'; record: StoredRecord } | { kind: 'update'; record: StoredRecord; before: RecordValues };

export interface TriggerOutcome {
  started: Array<{ trigger: number; definition: string; instanceId: string }>;
  failed: Array<{ trigger: number; definition: string; reason: string }>;
  skipped: Array<{ trigger: number; definition: string; reason: LoopSkip; causedBy?: string }>;
}

/** The instance behind a record write (its automation or applied change set). Writes by a person,
 * an import or a schedule have none; a signed inbound delivery that names a trigger depth has one
 * with only that depth (the remote instance is not trusted to be ours). */
export interface WriteCause {
  instance?: string | undefined;
  /** The instance's flow (definition key). */
  definition?: string | undefined;
  /** The record the instance is about, if any. */
  record?: string | undefined;
  /** The instance's trigger depth: 0 unless a trigger on another instance's write started it. */
  depth: number;
}

/** How long a chain of trigger starts may grow: flows started by writes of an instance at this depth
 * are skipped. 3 lets a flow hand over to a second and a third (a real cascade), while two flows
 * that update each other's trigger fields stop after a few rounds instead of running forever. */
export const MAX_TRIGGER_DEPTH = 3;

export type LoopSkip = 'self-loop' | 'depth-limit' | 'rate-limit';

const HOUR_MS = 3600_000;

/** The header an outbound webhook delivery or HTTP request node carries: the sending instance's
 * trigger depth. A webhook's body carries it too, as `triggerDepth`, which is what the signature covers. */
export const TRIGGER_DEPTH_HEADER = 'baton-trigger-depth';

/** A signed delivery's `triggerDepth`, if it is a depth (0..1000); anything else: undefined (ignored). */
export function deliveredDepth(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1000 ? value : undefined;
}

/** Why a trigger must not start `flow` for `record` given the write's cause: undefined when it may. */
export function loopSkip(cause: WriteCause | undefined, flow: string, record: string): LoopSkip | undefined {
  if (!cause) return undefined;
  if (cause.definition !== undefined && cause.definition === flow && cause.record === record) return 'self-loop';
  if (cause.depth >= MAX_TRIGGER_DEPTH) return 'depth-limit';
  return undefined;
}

/** The cause to carry for writes made by an instance; undefined when the instance is gone. */
export async function causeOf(tx: Db, instanceId: string): Promise<WriteCause | undefined> {
  const row = await tx.selectFrom('instances').select(['definition_key', 'trigger_depth', 'snapshot']).where('id', '=', instanceId).executeTakeFirst();
  if (!row) return undefined;
  const snap = JSON.parse(row.snapshot) as { record?: { id?: unknown } };
  const record = typeof snap.record?.id === 'string' ? snap.record.id : undefined;
  return { instance: instanceId, definition: row.definition_key, record, depth: Number(row.trigger_depth) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function matches(t: NonNullable<BatonRecordType['triggers']>[number], ev: RecordEvent): boolean {
  if (t.on === 'create') return ev.kind === 'create';
  if (t.on === 'update') return ev.kind === 'update';
  if (t.on === 'field-change') {
    // A change is an update's: a new record's values are the "create" trigger's business.
    if (!t.field || ev.kind !== 'update') return false;
    return !same(ev.before[t.field], ev.record.values[t.field]);
  }
  return false;
}

/** The CEL environment a type's trigger conditions are checked in (built once per type and use). */
export function triggerEnvironment(type: BatonRecordType): ReturnType<typeof createCelEnvironment> {
  const env = createCelEnvironment({ form: { fields: type.fields } } as never);
  if (!env.hasVariable('before')) env.registerVariable('before', 'map<string, dyn>');
  return env;
}

/** A trigger condition over a record (and, on update, its values before): true, false, or why not. */
export function triggerCondition(env: ReturnType<typeof triggerEnvironment>, expression: string, r: Pick<StoredRecord, 'id' | 'owner' | 'type' | 'values'>, before: RecordValues = {}): { ok: true; value: boolean } | { ok: false; reason: string } {
  const ctx: Record<string, unknown> = { vars: {}, initiator: {}, record: { ...r.values, id: r.id, owner: r.owner, type: r.type }, before };
  for (const [k, v] of Object.entries(r.values)) if (!(k in ctx)) ctx[k] = v;
  const out = evaluateCel(env, expression, ctx);
  if (!out.ok) return { ok: false, reason: `the condition failed: ${out.message}` };
  return { ok: true, value: out.value === true };
}

/** Starts a published flow about a record, its data filled from the record, in the caller's
 * transaction: the instance id, or why it could not start. Shared by triggers and schedules. */
export async function startFlowForRecord(
  ctx: AppContext, tx: Db, flow: { key: string; version: number; def: BatonWorkflowDefinition }, r: Pick<StoredRecord, 'id' | 'owner' | 'type' | 'values'>, initiator: string,
  cause?: WriteCause, byTrigger = false,
): Promise<{ ok: true; instanceId: string } | { ok: false; reason: string }> {
  const checked = validateFormData(flow.def.form, prefillData(flow.def.form, r.type, r));
  if (!checked.ok) return { ok: false, reason: `the record does not fill the flow's form: ${checked.problems[0]?.pointer ?? ''} ${checked.problems[0]?.message.en ?? ''}`.trim() };
  const started = await ctx.runtime.startInTransaction(tx, initiator, flow.key, flow.version, flow.def, {
    initiator, data: checked.value, record: { id: r.id, type: r.type, owner: r.owner, values: r.values },
  });
  if (!started.ok) return { ok: false, reason: `the engine refused: ${started.error.message.en}` };
  // Same transaction as the insert: the depth survives restarts and is never seen without it.
  if (cause || byTrigger) {
    await tx.updateTable('instances').set({
      ...(cause ? { trigger_depth: cause.depth + 1, caused_by: cause.instance ?? null } : {}),
      ...(byTrigger ? { trigger_record: r.id } : {}),
    }).where('id', '=', started.value.id).execute();
  }
  return { ok: true, instanceId: started.value.id };
}

export async function fireTriggers(ctx: AppContext, tx: Db, type: BatonRecordType, ev: RecordEvent, actor: string, cause?: WriteCause): Promise<TriggerOutcome> {
  const out: TriggerOutcome = { started: [], failed: [], skipped: [] };
  const triggers = type.triggers ?? [];
  for (let i = 0; i < triggers.length; i++) {
    const t = triggers[i]!;
    if (!matches(t, ev)) continue;
    const reason = await startOne(ctx, tx, type, t.start, t.condition, ev, actor, i, out, cause);
    if (reason) out.failed.push({ trigger: i, definition: t.start, reason });
  }
  for (const f of out.failed) {
    await appendAudit(tx, ctx.store.dialect, { at: ctx.nowIso(), actor, action: 'record.trigger-failed', subject: `record:${type.key}:${ev.record.id}`, detail: f });
  }
  for (const k of out.skipped) {
    await appendAudit(tx, ctx.store.dialect, {
      at: ctx.nowIso(), actor, action: 'record.trigger-skipped', subject: `record:${type.key}:${ev.record.id}`,
      detail: {
        ...k, record: ev.record.id, depth: cause?.depth ?? 0, maxDepth: MAX_TRIGGER_DEPTH,
        ...(k.reason === 'rate-limit' ? { perHour: ctx.options.triggerStartsPerRecordPerHour } : {}),
      },
    });
  }
  return out;
}

async function startOne(
  ctx: AppContext, tx: Db, type: BatonRecordType, key: string, cond: string | undefined, ev: RecordEvent, actor: string, index: number, out: TriggerOutcome, cause: WriteCause | undefined,
): Promise<string | undefined> {
  if (cond) {
    const c = triggerCondition(triggerEnvironment(type), cond, ev.record, ev.kind === 'update' ? ev.before : {});
    if (!c.ok) return c.reason;
    if (!c.value) return undefined;
  }
  // After the condition: only a start that would otherwise have happened counts as skipped.
  const skip = (reason: LoopSkip) => void out.skipped.push({ trigger: index, definition: key, reason, ...(cause?.instance ? { causedBy: cause.instance } : {}) });
  const loop = loopSkip(cause, key, ev.record.id);
  if (loop) return skip(loop);
  const d = await loadDefinition(tx, key);
  if (!d || d.deletedAt || d.latestVersion === 0) return `no published flow "${key}"`;
  if (d.status !== 'active') return `the flow "${key}" is not active`;
  const def = await ctx.runtime.port.version(tx, d.key, d.latestVersion);
  if (!def) return `the flow "${key}" has no version ${d.latestVersion}`;
  const r = ev.record;
  if (await overRate(ctx, tx, r.id)) return skip('rate-limit');
  const started = await startFlowForRecord(ctx, tx, { key: d.key, version: d.latestVersion, def }, { ...r, type: type.key }, actor === 'system' ? r.owner : actor, cause, true);
  if (!started.ok) return started.reason;
  out.started.push({ trigger: index, definition: key, instanceId: started.instanceId });
  return undefined;
}

/** Whether the record has had its hour's trigger starts. Counted in the write's transaction after
 * the record row is written, so several triggers of one write see each other, and a concurrent
 * write of the same record (waiting on that row's lock; READ COMMITTED on PostgreSQL, one writer on
 * SQLite) counts after the first has committed its starts. */
async function overRate(ctx: AppContext, tx: Db, record: string): Promise<boolean> {
  const limit = ctx.options.triggerStartsPerRecordPerHour;
  const since = new Date(ctx.clock.now().getTime() - HOUR_MS).toISOString();
  const row = await tx.selectFrom('instances').select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('trigger_record', '=', record).where('created_at', '>', since).executeTakeFirstOrThrow();
  return Number(row.n) >= limit;
}
