// Writing records, one way for every entry point (the API, CSV import, inbound webhooks, automation
// nodes): values prepared and validated against the type, field locks honoured, the row written
// under its revision guard, an audit row with before/after, and the type's triggers fired, all in
// the caller's transaction. Bad input comes back as a value.
import type { Problem } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { fail, ok } from '../http/api-error.ts';
import type { Result } from '../http/api-error.ts';
import { problemsError } from '../http/json-body.ts';
import type { Db } from '../store/store.ts';
import { heldLock, lockedFailure } from './field-locks.ts';
import { insertRecord, softDeleteRecord, updateRecord } from './record-repo.ts';
import type { RecordValues, StoredRecord } from './record-repo.ts';
import type { RecordTypeEntry } from './record-type-registry.ts';
import { fireTriggers } from './record-triggers.ts';
import type { TriggerOutcome, WriteCause } from './record-triggers.ts';
import { checkValues, prepareValues } from './record-values.ts';

export interface Written {
  record: StoredRecord;
  triggers: TriggerOutcome;
}

export const MAX_RECORD_VALUES_BYTES = 64 * 1024;

function sizeProblem(values: RecordValues, at: string): Problem[] {
  if (JSON.stringify(values).length <= MAX_RECORD_VALUES_BYTES) return [];
  return [{ pointer: at, code: 'too-large', severity: 'error', message: { en: `the values are larger than ${MAX_RECORD_VALUES_BYTES} bytes`, 'zh-CN': `字段值超过 ${MAX_RECORD_VALUES_BYTES} 字节` } }];
}

async function departmentOf(ctx: AppContext, tx: Db, user: string): Promise<Result<string | null>> {
  const u = (await ctx.directory.snapshot(tx)).users.get(user);
  if (!u || !u.active) return fail(422, 'unknown-owner', `"${user}" is not an active user.`, `“${user}”不是有效的用户。`, { pointer: '/owner' });
  return ok(u.department ?? null);
}

export interface CreateInput {
  id: string;
  owner: string;
  values: RecordValues;
  externalId?: string | null;
  actor: string;
  /** Where the values sit in the caller's input, for problem pointers ("/values"). */
  at?: string;
  /** The instance making the write (automation): the type's triggers check it for loops. */
  cause?: WriteCause;
}

export async function createRecordWith(ctx: AppContext, tx: Db, entry: RecordTypeEntry, input: CreateInput): Promise<Result<Written>> {
  const at = input.at ?? '/values';
  const dept = await departmentOf(ctx, tx, input.owner);
  if (!dept.ok) return dept;
  const values = prepareValues(entry.type, input.values, input.owner);
  const big = sizeProblem(values, at);
  if (big.length) return { ok: false, error: problemsError(big, 'too-large') };
  const checked = checkValues(entry.form, values, at);
  if (!checked.ok) return { ok: false, error: problemsError(checked.problems, 'invalid-values') };
  const now = ctx.nowIso();
  const record = await insertRecord(tx, entry.type, { id: input.id, owner: input.owner, department: dept.value, values: checked.values, externalId: input.externalId ?? null, createdBy: input.actor, now });
  await appendAudit(tx, ctx.store.dialect, { at: now, actor: input.actor, action: 'record.create', subject: `record:${entry.type.key}:${record.id}`, detail: { owner: record.owner, after: record.values } });
  const triggers = await fireTriggers(ctx, tx, entry.type, { kind: 'create', record }, input.actor, input.cause);
  return ok({ record, triggers });
}

export interface UpdateInput {
  /** Changed fields (null clears one); the rest keep their values. */
  values?: RecordValues;
  owner?: string;
  actor: string;
  action?: string;
  /** Why the change happened (an instance, an import), for the audit row. */
  via?: Record<string, unknown>;
  /** The instance writing (an automation step): its own change-request locks do not stop it. */
  instanceId?: string;
  /** The instance making the write (automation): the type's triggers check it for loops. */
  cause?: WriteCause;
}

export async function updateRecordWith(ctx: AppContext, tx: Db, entry: RecordTypeEntry, prior: StoredRecord, input: UpdateInput): Promise<Result<Written>> {
  const changes = input.values ?? {};
  const changed = Object.keys(changes).filter((k) => JSON.stringify(changes[k] ?? null) !== JSON.stringify(prior.values[k] ?? null));
  const owner = input.owner ?? prior.owner;
  const touched = owner !== prior.owner && entry.type.fields.some((f) => f.key === 'owner') ? [...changed, 'owner'] : changed;
  if (touched.length === 0 && owner === prior.owner) return ok({ record: prior, triggers: { started: [], failed: [], skipped: [] } });
  const lock = await heldLock(tx, prior.id, touched, input.instanceId);
  if (lock) return { ok: false, error: lockedFailure(lock) };
  let department = prior.department;
  if (owner !== prior.owner) {
    const dept = await departmentOf(ctx, tx, owner);
    if (!dept.ok) return dept;
    department = dept.value;
  }
  const values = prepareValues(entry.type, { ...prior.values, ...changes }, owner);
  const big = sizeProblem(values, '/values');
  if (big.length) return { ok: false, error: problemsError(big, 'too-large') };
  const checked = checkValues(entry.form, values);
  if (!checked.ok) return { ok: false, error: problemsError(checked.problems, 'invalid-values') };
  const now = ctx.nowIso();
  const record = await updateRecord(tx, entry.type, prior, { values: checked.values, owner, department }, now);
  if (!record) return fail(412, 'record-changed', 'The record changed since you loaded it; reload and try again.', '记录在您加载后已被修改，请刷新后重试。');
  const before: RecordValues = {};
  const after: RecordValues = {};
  for (const k of new Set([...Object.keys(prior.values), ...Object.keys(record.values)])) {
    if (JSON.stringify(prior.values[k] ?? null) !== JSON.stringify(record.values[k] ?? null)) {
      before[k] = prior.values[k] ?? null;
      after[k] = record.values[k] ?? null;
    }
  }
  await appendAudit(tx, ctx.store.dialect, {
    at: now, actor: input.actor, action: input.action ?? 'record.update', subject: `record:${entry.type.key}:${record.id}`,
    detail: { revision: record.revision, before, after, ...(owner !== prior.owner ? { owner: { before: prior.owner, after: owner } } : {}), ...(input.via ?? {}) },
  });
  const triggers = await fireTriggers(ctx, tx, entry.type, { kind: 'update', record, before: prior.values }, input.actor, input.cause);
  return ok({ record, triggers });
}

export async function deleteRecordWith(ctx: AppContext, tx: Db, entry: RecordTypeEntry, prior: StoredRecord, actor: string): Promise<Result<true>> {
  const locks = await heldLock(tx, prior.id, Object.keys(prior.values).concat(entry.type.fields.map((f) => f.key)));
  if (locks) return { ok: false, error: lockedFailure(locks) };
  const now = ctx.nowIso();
  if (!(await softDeleteRecord(tx, prior, now))) return fail(412, 'record-changed', 'The record changed since you loaded it; reload and try again.', '记录在您加载后已被修改，请刷新后重试。');
  await appendAudit(tx, ctx.store.dialect, { at: now, actor, action: 'record.delete', subject: `record:${entry.type.key}:${prior.id}`, detail: { revision: prior.revision + 1, before: prior.values, owner: prior.owner } });
  return ok(true);
}
