// Signed inbound webhooks: a sender signs each delivery per Standard Webhooks (webhook-id,
// webhook-timestamp, webhook-signature "v1,<base64 HMAC-SHA256>") with the hook's whsec_ secret.
// A missing or wrong signature, or a timestamp more than five minutes away, is refused; a
// webhook-id seen before is answered as a duplicate without acting again (receipts are kept for
// ten minutes, longer than the timestamp window). A delivery starts a flow or upserts a record by
// its external id, in one transaction with its receipt. A body's `triggerDepth` (covered by the
// signature; Baton's outbound webhooks send it, and a system posting back can copy it) is the
// sending instance's depth: the flows the delivery starts resume at depth + 1 (record-triggers.ts).
import { timingSafeEqual } from 'node:crypto';
import { validateFormData } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import { loadDefinition } from '../definitions/definition-row.ts';
import { signWebhook } from '../effects/webhook-signature.ts';
import { fail, ok } from '../http/api-error.ts';
import type { Result } from '../http/api-error.ts';
import { problemsError } from '../http/json-body.ts';
import type { Db } from '../store/store.ts';
import type { RecordTypeRegistry } from './record-type-registry.ts';
import { createRecordWith, updateRecordWith } from './record-writer.ts';
import type { RecordValues } from './record-repo.ts';
import { toRecord } from './record-repo.ts';
import { deliveredDepth } from './record-triggers.ts';
import type { WriteCause } from './record-triggers.ts';

export const TOLERANCE_SECONDS = 5 * 60;
const RECEIPT_KEEP_MS = 10 * 60 * 1000;

export type InboundAction =
  | { type: 'start-flow'; definition: string; runAs: string }
  | { type: 'upsert-record'; recordType: string; externalIdField: string; runAs: string };

export interface DeliveryHeaders {
  id: string | undefined;
  timestamp: string | undefined;
  signature: string | undefined;
}

const unsigned = (en: string, zh: string) => fail(401, 'bad-signature', en, zh);

/** Checks the three headers against the secret and the clock. Never throws. */
export function verifyDelivery(secret: string, h: DeliveryHeaders, body: string, nowSeconds: number): Result<{ id: string }> {
  if (!h.id || !h.timestamp || !h.signature || h.id.length > 200) return unsigned('Send webhook-id, webhook-timestamp and webhook-signature.', '请提供 webhook-id、webhook-timestamp 与 webhook-signature。');
  if (!/^\d{1,12}$/.test(h.timestamp)) return unsigned('webhook-timestamp must be Unix seconds.', 'webhook-timestamp 必须是 Unix 秒数。');
  if (Math.abs(nowSeconds - Number(h.timestamp)) > TOLERANCE_SECONDS) return fail(401, 'stale-timestamp', 'The delivery is older (or newer) than five minutes: refused as a possible replay.', '该投递的时间与当前相差超过五分钟，疑似重放，已拒绝。');
  const expected = Buffer.from(signWebhook(secret, h.id, Number(h.timestamp), body).slice(3));
  for (const part of h.signature.split(' ')) {
    const [version, sig] = part.split(',', 2);
    if (version !== 'v1' || !sig) continue;
    const given = Buffer.from(sig);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return ok({ id: h.id });
  }
  return unsigned('The signature does not match.', '签名不匹配。');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export type InboundOutcome = { duplicate: true } | { duplicate: false; instanceId?: string; recordId?: string; created?: boolean };

/** Performs one verified delivery inside `tx` (with its receipt). Bad bodies come back as values. */
export async function performDelivery(ctx: AppContext, types: RecordTypeRegistry, tx: Db, hookKey: string, messageId: string, action: InboundAction, body: unknown): Promise<Result<InboundOutcome>> {
  const now = ctx.nowIso();
  await tx.deleteFrom('inbound_receipts').where('received_at', '<', new Date(ctx.clock.now().getTime() - RECEIPT_KEEP_MS).toISOString()).execute();
  const seen = await tx.selectFrom('inbound_receipts').select('message_id').where('hook_key', '=', hookKey).where('message_id', '=', messageId).executeTakeFirst();
  if (seen) return ok({ duplicate: true });
  await tx.insertInto('inbound_receipts').values({ hook_key: hookKey, message_id: messageId, received_at: now }).execute();
  if (!isObject(body)) return fail(422, 'validation-failed', 'The body must be a JSON object.', '请求体必须是 JSON 对象。', { pointer: '' });
  const depth = deliveredDepth(body.triggerDepth);
  const cause: WriteCause | undefined = depth === undefined ? undefined : { depth };

  if (action.type === 'start-flow') {
    const data = body.data ?? {};
    if (!isObject(data)) return fail(422, 'validation-failed', '"data" must be an object.', '“data”必须是对象。', { pointer: '/data' });
    const d = await loadDefinition(tx, action.definition);
    if (!d || d.deletedAt || d.latestVersion === 0 || d.status !== 'active') return fail(409, 'not-active', `The flow "${action.definition}" is not accepting requests.`, `流程“${action.definition}”不接受新的申请。`);
    const def = await ctx.runtime.port.version(tx, d.key, d.latestVersion);
    if (!def) throw new Error(`missing version ${d.key}@${d.latestVersion}`);
    const checked = validateFormData(def.form, data);
    if (!checked.ok) return { ok: false, error: problemsError(checked.problems.map((x) => ({ ...x, pointer: `/data${x.pointer}` })), 'invalid-data') };
    const started = await ctx.runtime.startInTransaction(tx, action.runAs, d.key, d.latestVersion, def, { initiator: action.runAs, data: checked.value });
    if (!started.ok) return started;
    if (cause) await tx.updateTable('instances').set({ trigger_depth: cause.depth + 1 }).where('id', '=', started.value.id).execute();
    return ok({ duplicate: false, instanceId: started.value.id });
  }

  const values = body.values;
  if (!isObject(values)) return fail(422, 'validation-failed', '"values" must be an object.', '“values”必须是对象。', { pointer: '/values' });
  const ext = values[action.externalIdField];
  if ((typeof ext !== 'string' && typeof ext !== 'number') || String(ext).length === 0 || String(ext).length > 200) {
    return fail(422, 'validation-failed', `"${action.externalIdField}" must identify the record (text or number).`, `“${action.externalIdField}”必须能标识记录（文本或数字）。`, { pointer: `/values/${action.externalIdField}` });
  }
  const entry = await types.get(tx, action.recordType);
  if (!entry) return fail(409, 'not-found', `No record type "${action.recordType}".`, `没有记录类型“${action.recordType}”。`);
  let q = tx.selectFrom('records').selectAll().where('type', '=', action.recordType).where('external_id', '=', String(ext)).where('deleted_at', 'is', null);
  if (ctx.store.dialect === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (row) {
    const done = await updateRecordWith(ctx, tx, entry, toRecord(row), { values: values as RecordValues, actor: action.runAs, via: { inbound: hookKey, message: messageId, ...(cause ? { triggerDepth: cause.depth } : {}) }, ...(cause ? { cause } : {}) });
    return done.ok ? ok({ duplicate: false, recordId: row.id, created: false }) : done;
  }
  const made = await createRecordWith(ctx, tx, entry, { id: `rec_${ctx.ids.next()}`, owner: action.runAs, values: values as RecordValues, externalId: String(ext), actor: action.runAs, ...(cause ? { cause } : {}) });
  return made.ok ? ok({ duplicate: false, recordId: made.value.record.id, created: true }) : made;
}
