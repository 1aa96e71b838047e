// Record rows: read, write under a revision guard, soft-delete, and list a page the caller may
// see. Values are JSON text on both dialects; `title` and `search` are derived on every write.
import type { Selectable } from 'kysely';
import type { BatonRecordType } from '@baton/schema';
import type { RecordsTable } from '../store/database.ts';
import type { Db, Dialect } from '../store/store.ts';
import type { AccessScope } from './record-access.ts';

export type RecordValues = Record<string, unknown>;

export interface StoredRecord {
  id: string;
  type: string;
  owner: string;
  department: string | null;
  values: RecordValues;
  revision: number;
  title: string;
  externalId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export function toRecord(row: Selectable<RecordsTable>): StoredRecord {
  return {
    id: row.id, type: row.type, owner: row.owner, department: row.department, values: JSON.parse(row.values) as RecordValues,
    revision: Number(row.revision), title: row.title, externalId: row.external_id, createdBy: row.created_by, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

export function titleOf(type: BatonRecordType, id: string, values: RecordValues): string {
  const v = values[type.titleField];
  return (typeof v === 'string' || typeof v === 'number' ? String(v) : id).slice(0, 500);
}

/** The lower-cased text list search looks in. */
export function searchOf(title: string, owner: string, values: RecordValues): string {
  const parts = [title, owner];
  for (const v of Object.values(values)) if (typeof v === 'string' || typeof v === 'number') parts.push(String(v));
  return parts.join(' ').toLowerCase().slice(0, 4000);
}

/** A live (not deleted) record of `type`; locked for update on PostgreSQL when `lockOn` says so. */
export async function loadRecord(db: Db, type: string, id: string, lockOn?: Dialect): Promise<StoredRecord | undefined> {
  let q = db.selectFrom('records').selectAll().where('id', '=', id).where('type', '=', type).where('deleted_at', 'is', null);
  if (lockOn === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export interface NewRecord {
  id: string;
  owner: string;
  department: string | null;
  values: RecordValues;
  externalId?: string | null;
  createdBy: string;
  now: string;
}

export async function insertRecord(tx: Db, type: BatonRecordType, r: NewRecord): Promise<StoredRecord> {
  const title = titleOf(type, r.id, r.values);
  await tx.insertInto('records').values({
    id: r.id, type: type.key, owner: r.owner, department: r.department, values: JSON.stringify(r.values), revision: 1, title,
    search: searchOf(title, r.owner, r.values), external_id: r.externalId ?? null, created_by: r.createdBy, created_at: r.now, updated_at: r.now, deleted_at: null,
  }).execute();
  return { id: r.id, type: type.key, owner: r.owner, department: r.department, values: r.values, revision: 1, title, externalId: r.externalId ?? null, createdBy: r.createdBy, createdAt: r.now, updatedAt: r.now };
}

/** Writes new values (and owner) if the row is still at `prior.revision`; false when it is not. */
export async function updateRecord(tx: Db, type: BatonRecordType, prior: StoredRecord, next: { values: RecordValues; owner: string; department: string | null }, now: string): Promise<StoredRecord | undefined> {
  const title = titleOf(type, prior.id, next.values);
  const revision = prior.revision + 1;
  const res = await tx.updateTable('records').set({
    values: JSON.stringify(next.values), owner: next.owner, department: next.department, revision, title, search: searchOf(title, next.owner, next.values), updated_at: now,
  }).where('id', '=', prior.id).where('revision', '=', prior.revision).where('deleted_at', 'is', null).executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return undefined;
  return { ...prior, ...next, revision, title, updatedAt: now };
}

export async function softDeleteRecord(tx: Db, prior: StoredRecord, now: string): Promise<boolean> {
  // The external id is freed, so an inbound upsert may create a new record under it.
  const res = await tx.updateTable('records').set({ deleted_at: now, revision: prior.revision + 1, updated_at: now, external_id: null })
    .where('id', '=', prior.id).where('revision', '=', prior.revision).where('deleted_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export interface ListQuery {
  type: string;
  scope: AccessScope;
  q?: string;
  owner?: string;
  cursor?: { t: string; id: string };
  limit: number;
}

/** A page, newest first; one row more than `limit` tells the caller there is a next page. */
export async function listRecords(db: Db, l: ListQuery): Promise<StoredRecord[]> {
  let q = db.selectFrom('records').selectAll().where('type', '=', l.type).where('deleted_at', 'is', null);
  const scope = l.scope;
  if (!scope.all) {
    if (scope.owners.length === 0 && scope.departments.length === 0) return [];
    q = q.where((eb) => eb.or([
      ...(scope.owners.length ? [eb('owner', 'in', scope.owners)] : []),
      ...(scope.departments.length ? [eb('department', 'in', scope.departments)] : []),
    ]));
  }
  if (l.owner) q = q.where('owner', '=', l.owner);
  if (l.q) q = q.where('search', 'like', `%${l.q.toLowerCase().replace(/[\\%_]/g, '')}%`);
  const c = l.cursor;
  if (c) q = q.where((eb) => eb.or([eb('created_at', '<', c.t), eb.and([eb('created_at', '=', c.t), eb('id', '<', c.id)])]));
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(l.limit + 1).execute();
  return rows.map(toRecord);
}
