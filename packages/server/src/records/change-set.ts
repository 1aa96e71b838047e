// Approve the change, not the record: inside the transaction of the command that finished a
// change request, the engine's apply-patch effect is applied to the record (revision bumped,
// before/after audited), and any finish (approved, rejected, withdrawn, terminated) releases the
// request's field locks. A record deleted meanwhile is audited as a failed application, not thrown.
import type { Effect, Snapshot } from '@baton/engine';
import type { BatonRecordType } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Db, Dialect } from '../store/store.ts';
import { releaseLocks } from './field-locks.ts';
import { searchOf, titleOf, toRecord } from './record-repo.ts';
import { fireTriggers } from './record-triggers.ts';
import type { WriteCause } from './record-triggers.ts';
import type { RecordValues } from './record-repo.ts';

const FINISHED = new Set(['approved', 'rejected', 'withdrawn', 'terminated']);

export interface ChangeSetContext {
  tx: Db;
  dialect: Dialect;
  now: string;
  actor: string;
  /** When given, the record type's update and field-change triggers fire on an applied patch. */
  app?: AppContext;
}

export async function applyChangeSets(c: ChangeSetContext, before: Snapshot | undefined, after: Snapshot, effects: readonly Effect[]): Promise<void> {
  for (const e of effects) if (e.type === 'apply-patch') await applyPatch(c, after, e);
  // Only change-set requests (a snapshot with a patch) ever take locks: other flows skip the delete.
  if (after.patch && FINISHED.has(after.status) && !(before && FINISHED.has(before.status))) await releaseLocks(c.tx, after.id);
}

async function applyPatch(c: ChangeSetContext, s: Snapshot, e: Extract<Effect, { type: 'apply-patch' }>): Promise<void> {
  const { tx } = c;
  let q = tx.selectFrom('records').selectAll().where('id', '=', e.record).where('deleted_at', 'is', null);
  if (c.dialect === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  const subject = `record:${e.recordType ?? row?.type ?? ''}:${e.record}`;
  if (!row || (e.recordType && row.type !== e.recordType)) {
    await appendAudit(tx, c.dialect, { at: c.now, actor: c.actor, action: 'record.change-failed', subject, detail: { instance: s.id, effect: e.id, reason: 'the record no longer exists', after: e.after } });
    return;
  }
  const values = JSON.parse(row.values) as RecordValues;
  const prior: RecordValues = {};
  const next: RecordValues = { ...values };
  for (const [k, v] of Object.entries(e.after)) {
    prior[k] = values[k] ?? null;
    if (v === null) delete next[k];
    else next[k] = v;
  }
  const typeRow = await tx.selectFrom('record_types').select('body').where('key', '=', row.type).executeTakeFirst();
  const type = typeRow ? (JSON.parse(typeRow.body) as BatonRecordType) : undefined;
  const title = type ? titleOf(type, row.id, next) : row.title;
  const revision = Number(row.revision) + 1;
  const search = searchOf(title, row.owner, next);
  await tx.updateTable('records').set({ values: JSON.stringify(next), revision, title, search, updated_at: c.now }).where('id', '=', row.id).execute();
  await appendAudit(tx, c.dialect, {
    at: c.now, actor: c.actor, action: 'record.change-applied', subject,
    detail: { instance: s.id, definition: s.workflow, effect: e.id, revision, before: prior, after: e.after, requestedBy: s.initiator },
  });
  // Flows started by triggers carry no patch, so this cannot recurse into another apply-patch.
  if (c.app && type) {
    const record = toRecord({ ...row, values: JSON.stringify(next), revision, title, search, updated_at: c.now });
    // The request applied the patch: its flow and depth are the write's cause (loop rules).
    const depth = await tx.selectFrom('instances').select('trigger_depth').where('id', '=', s.id).executeTakeFirst();
    const cause: WriteCause = { instance: s.id, definition: s.workflow, record: s.record?.id, depth: Number(depth?.trigger_depth ?? 0) };
    await fireTriggers(c.app, tx, type, { kind: 'update', record, before: values }, c.actor, cause);
  }
}
