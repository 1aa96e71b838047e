// Requesting a change to a record: the flow must be a change-request flow for this record type
// (its record.changeSet names the fields it may change); the patch is checked against the record
// type; the request starts with the record and the patch, and in the same transaction takes the
// patched fields' locks (a field already locked, or a record edited meanwhile, rolls it all back).
import type { BatonWorkflowDefinition } from '@baton/schema';
import { validateFormData } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import type { Principal } from '../auth/principal.ts';
import { canStart } from '../definitions/definition-access.ts';
import { loadDefinition } from '../definitions/definition-row.ts';
import { fail, failure } from '../http/api-error.ts';
import type { ApiFailure, Result } from '../http/api-error.ts';
import { replay } from '../http/idempotency.ts';
import type { IdempotencyClaim, StoredResponse } from '../http/idempotency.ts';
import { problemsError } from '../http/json-body.ts';
import { FieldLocked, heldLock, lockedFailure, takeLocks } from './field-locks.ts';
import { loadRecord } from './record-repo.ts';
import type { RecordValues, StoredRecord } from './record-repo.ts';
import { isRetryablePgError, RECORD_WRITE_ATTEMPTS } from './record-transaction.ts';
import type { RecordTypeEntry } from './record-type-registry.ts';
import { checkValues, prefillData, prepareValues } from './record-values.ts';

export interface ChangeRequestBody {
  definition: string;
  patch: RecordValues;
  data?: RecordValues;
}

class RecordMoved extends Error {}

const badPatch = (field: string, en: string, zh: string): ApiFailure => failure(422, 'invalid-patch', en, zh, { pointer: `/patch/${field}` });

/** Requests the change, running it again from a fresh read after a PostgreSQL deadlock. */
export async function requestChange(ctx: AppContext, p: Principal, entry: RecordTypeEntry, record: StoredRecord, b: ChangeRequestBody, claim?: IdempotencyClaim): Promise<Result<StoredResponse>> {
  // A repeated Idempotency-Key answers as the first time (before the lock check would refuse it).
  if (claim) {
    const prior = await replay(ctx.store.db, claim);
    if (prior) return prior;
  }
  for (let attempt = 1, current = record; ; attempt++) {
    try {
      return await requestOnce(ctx, p, entry, current, b, claim);
    } catch (e) {
      if (!isRetryablePgError(e) || attempt >= RECORD_WRITE_ATTEMPTS) throw e;
      const fresh = await loadRecord(ctx.store.db, entry.type.key, record.id);
      if (!fresh) return fail(404, 'not-found', 'Record not found.', '记录不存在。');
      current = fresh;
    }
  }
}

async function requestOnce(ctx: AppContext, p: Principal, entry: RecordTypeEntry, record: StoredRecord, b: ChangeRequestBody, claim?: IdempotencyClaim): Promise<Result<StoredResponse>> {
  const db = ctx.store.db;
  const type = entry.type;
  const fields = new Set(type.fields.map((f) => f.key));
  for (const k of Object.keys(b.patch)) {
    if (!fields.has(k)) return { ok: false, error: badPatch(k, `"${k}" is not a field of ${type.key}.`, `“${k}”不是${type.key}的字段。`) };
  }
  const d = await loadDefinition(db, b.definition);
  if (!d || d.deletedAt || d.latestVersion === 0) return fail(404, 'not-found', `No published flow "${b.definition}".`, `没有已发布的流程“${b.definition}”。`, { pointer: '/definition' });
  if (d.status !== 'active') return fail(409, 'not-active', 'This flow is not accepting new requests.', '该流程已停用，不接受新的申请。', { pointer: '/definition' });
  const version = await ctx.runtime.port.version(db, d.key, d.latestVersion);
  if (!version) throw new Error(`missing version ${d.key}@${d.latestVersion}`);
  const allowed = version.record?.changeSet?.fields;
  if (version.record?.type !== type.key || !allowed) {
    return fail(422, 'not-a-change-request', `"${d.key}" does not change ${type.key} records.`, `流程“${d.key}”不用于修改${type.key}记录。`, { pointer: '/definition' });
  }
  for (const k of Object.keys(b.patch)) {
    if (!allowed.includes(k)) return { ok: false, error: badPatch(k, `"${k}" may not be changed by "${d.key}".`, `流程“${d.key}”不能修改“${k}”。`) };
  }
  if (!canStart(p, d, version, await ctx.directory.get())) return fail(403, 'not-allowed-to-start', 'You may not start this flow.', '您无权发起该流程。');
  const merged = checkValues(entry.form, prepareValues(type, { ...record.values, ...b.patch }, record.owner), '/patch');
  if (!merged.ok) return { ok: false, error: problemsError(merged.problems, 'invalid-patch') };
  const held = await heldLock(db, record.id, Object.keys(b.patch));
  if (held) return { ok: false, error: lockedFailure(held, '/patch') };
  const data = prefillData(version.form, type.key, record, b.patch, b.data);
  const checked = validateFormData(version.form, data);
  if (!checked.ok) return { ok: false, error: problemsError(checked.problems.map((x) => ({ ...x, pointer: `/data${x.pointer}` })), 'invalid-data') };
  const def: BatonWorkflowDefinition = d.scopes.start ? { ...version, settings: { ...version.settings, starters: { everyone: true } } } : version;
  try {
    return await ctx.runtime.start(p.userId, d.key, d.latestVersion, def, {
      initiator: p.userId,
      data: checked.value,
      record: { id: record.id, type: type.key, owner: record.owner, values: record.values },
      patch: b.patch,
    }, claim, async (tx, instanceId) => {
      const inst = await tx.selectFrom('instances').select('status').where('id', '=', instanceId).executeTakeFirstOrThrow();
      // A request that finished at once (auto-approved) has already applied its patch.
      if (inst.status !== 'running' && inst.status !== 'returned') return;
      let q = tx.selectFrom('records').select('revision').where('id', '=', record.id).where('deleted_at', 'is', null);
      if (ctx.store.dialect === 'postgres') q = q.forUpdate();
      const row = await q.executeTakeFirst();
      if (!row || Number(row.revision) !== record.revision) throw new RecordMoved('record changed');
      await takeLocks(tx, record.id, Object.keys(b.patch), instanceId, d.key, ctx.nowIso());
    });
  } catch (e) {
    if (e instanceof FieldLocked) return { ok: false, error: lockedFailure(e.lock, '/patch') };
    if (e instanceof RecordMoved) return fail(409, 'record-changed', 'The record changed while the request was being made; reload and try again.', '提交申请时记录已被修改，请刷新后重试。');
    throw e;
  }
}
