// What the API answers for a record: its row, and on the detail page the field locks and the
// pending change requests (who asked for what, before and after) that hold them.
import type { Snapshot } from '@baton/engine';
import type { Db } from '../store/store.ts';
import { locksOf } from './field-locks.ts';
import type { StoredRecord } from './record-repo.ts';

export function recordSummary(r: StoredRecord) {
  return { id: r.id, type: r.type, owner: r.owner, department: r.department, title: r.title, values: r.values, revision: r.revision, createdAt: r.createdAt, updatedAt: r.updatedAt };
}

export const recordEtag = (r: { revision: number }) => `"${r.revision}"`;

export async function recordDetail(db: Db, r: StoredRecord) {
  const locks = await locksOf(db, r.id);
  const ids = [...new Set(locks.map((l) => l.instanceId))];
  const rows = ids.length ? await db.selectFrom('instances').select(['id', 'definition_key', 'title', 'status', 'initiator', 'created_at', 'snapshot']).where('id', 'in', ids).orderBy('created_at').execute() : [];
  const pendingChanges = rows.map((row) => {
    const s = JSON.parse(row.snapshot) as Snapshot;
    const after = s.patch ?? {};
    const before: Record<string, unknown> = {};
    for (const k of Object.keys(after)) before[k] = r.values[k] ?? null;
    return { instanceId: row.id, definitionKey: row.definition_key, title: row.title, status: row.status, before, after, requestedBy: row.initiator, requestedAt: row.created_at };
  });
  return { ...recordSummary(r), locks, pendingChanges };
}
