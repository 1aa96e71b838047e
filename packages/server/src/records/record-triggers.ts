// Record triggers: a record type's create / update / field-change triggers start their flow in the
// SAME transaction as the record write, so a committed write starts each matching flow exactly
// once and a rolled-back write starts none. The CEL condition sees `record` (values, id, owner),
// `before` (the old values on update) and each field by key. A trigger that cannot start (flow
// missing or inactive, data invalid, condition failing to evaluate) is audited, never thrown:
// the record write still stands. "schedule" triggers are the scheduler's.
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
): Promise<{ ok: true; instanceId: string } | { ok: false; reason: string }> {
  const checked = validateFormData(flow.def.form, prefillData(flow.def.form, r.type, r));
  if (!checked.ok) return { ok: false, reason: `the record does not fill the flow's form: ${checked.problems[0]?.pointer ?? ''} ${checked.problems[0]?.message.en ?? ''}`.trim() };
  const started = await ctx.runtime.startInTransaction(tx, initiator, flow.key, flow.version, flow.def, {
    initiator, data: checked.value, record: { id: r.id, type: r.type, owner: r.owner, values: r.values },
  });
  return started.ok ? { ok: true, instanceId: started.value.id } : { ok: false, reason: `the engine refused: ${started.error.message.en}` };
}

export async function fireTriggers(ctx: AppContext, tx: Db, type: BatonRecordType, ev: RecordEvent, actor: string): Promise<TriggerOutcome> {
  const out: TriggerOutcome = { started: [], failed: [] };
  const triggers = type.triggers ?? [];
  for (let i = 0; i < triggers.length; i++) {
    const t = triggers[i]!;
    if (!matches(t, ev)) continue;
    const reason = await startOne(ctx, tx, type, t.start, t.condition, ev, actor, i, out);
    if (reason) out.failed.push({ trigger: i, definition: t.start, reason });
  }
  for (const f of out.failed) {
    await appendAudit(tx, ctx.store.dialect, { at: ctx.nowIso(), actor, action: 'record.trigger-failed', subject: `record:${type.key}:${ev.record.id}`, detail: f });
  }
  return out;
}

async function startOne(ctx: AppContext, tx: Db, type: BatonRecordType, key: string, cond: string | undefined, ev: RecordEvent, actor: string, index: number, out: TriggerOutcome): Promise<string | undefined> {
  if (cond) {
    const c = triggerCondition(triggerEnvironment(type), cond, ev.record, ev.kind === 'update' ? ev.before : {});
    if (!c.ok) return c.reason;
    if (!c.value) return undefined;
  }
  const d = await loadDefinition(tx, key);
  if (!d || d.deletedAt || d.latestVersion === 0) return `no published flow "${key}"`;
  if (d.status !== 'active') return `the flow "${key}" is not active`;
  const def = await ctx.runtime.port.version(tx, d.key, d.latestVersion);
  if (!def) return `the flow "${key}" has no version ${d.latestVersion}`;
  const r = ev.record;
  const started = await startFlowForRecord(ctx, tx, { key: d.key, version: d.latestVersion, def }, { ...r, type: type.key }, actor === 'system' ? r.owner : actor);
  if (!started.ok) return started.reason;
  out.started.push({ trigger: index, definition: key, instanceId: started.instanceId });
  return undefined;
}
