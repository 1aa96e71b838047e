// Field locks: a running change request holds the fields its patch changes, so neither a direct
// edit nor a second request can change them until it finishes. The primary key (record, field)
// makes two concurrent requests for one field collide in the database, on both dialects.
import { failure } from '../http/api-error.ts';
import type { ApiFailure } from '../http/api-error.ts';
import type { Db } from '../store/store.ts';

export interface FieldLock {
  field: string;
  instanceId: string;
  definitionKey: string;
}

/** Thrown inside a transaction to roll it back when a lock is already held. */
export class FieldLocked extends Error {
  constructor(readonly lock: FieldLock) {
    super(`field ${lock.field} is locked by ${lock.instanceId}`);
  }
}

export async function locksOf(db: Db, recordId: string): Promise<FieldLock[]> {
  const rows = await db.selectFrom('record_locks').select(['field', 'instance_id', 'definition_key']).where('record_id', '=', recordId).orderBy('field').execute();
  return rows.map((r) => ({ field: r.field, instanceId: r.instance_id, definitionKey: r.definition_key }));
}

/** The first lock held on any of `fields` (by another instance than `exceptInstance`), if any. */
export async function heldLock(db: Db, recordId: string, fields: readonly string[], exceptInstance?: string): Promise<FieldLock | undefined> {
  if (fields.length === 0) return undefined;
  let q = db.selectFrom('record_locks').select(['field', 'instance_id', 'definition_key']).where('record_id', '=', recordId).where('field', 'in', [...fields]);
  if (exceptInstance) q = q.where('instance_id', '!=', exceptInstance);
  const row = await q.orderBy('field').executeTakeFirst();
  return row ? { field: row.field, instanceId: row.instance_id, definitionKey: row.definition_key } : undefined;
}

/** Takes the locks; throws FieldLocked (rolling back the caller's transaction) if one is held. */
export async function takeLocks(tx: Db, recordId: string, fields: readonly string[], instanceId: string, definitionKey: string, now: string): Promise<void> {
  const held = await heldLock(tx, recordId, fields);
  if (held) throw new FieldLocked(held);
  try {
    await tx.insertInto('record_locks').values(fields.map((field) => ({ record_id: recordId, field, instance_id: instanceId, definition_key: definitionKey, created_at: now }))).execute();
  } catch (e) {
    // A concurrent request took one of them between the check and the insert.
    if (isUniqueViolation(e)) throw new FieldLocked({ field: fields[0] ?? '', instanceId: '', definitionKey });
    throw e;
  }
}

export async function releaseLocks(tx: Db, instanceId: string): Promise<void> {
  await tx.deleteFrom('record_locks').where('instance_id', '=', instanceId).execute();
}

export function lockedFailure(lock: FieldLock, at = '/values'): ApiFailure {
  return failure(409, 'field-locked',
    `"${lock.field}" is locked by a pending change request${lock.instanceId ? ` (${lock.instanceId}, flow "${lock.definitionKey}")` : ''}; wait until it is approved, rejected or withdrawn.`,
    `字段“${lock.field}”正被待审批的修改申请${lock.instanceId ? `（${lock.instanceId}，流程“${lock.definitionKey}”）` : ''}锁定，请等待其审批通过、驳回或撤回。`,
    { pointer: `${at}/${lock.field}`, details: { field: lock.field, instanceId: lock.instanceId, definitionKey: lock.definitionKey } });
}

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  return err?.code === '23505' || err?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || err?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(String(err?.message ?? ''));
}
