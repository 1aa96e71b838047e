// Search indexes are derived data: an export leaves them out (an FTS5 table on SQLite, a tsvector
// column on PostgreSQL: they cannot move between dialects) and an import rebuilds them from the
// rows they index, inside the import's transaction.
import type { Snapshot } from '@baton/engine';
import type { Kysely } from 'kysely';
import { archiveIndexFor } from '../archive/archive-index.ts';
import type { BatonWorkflowDefinition } from '@baton/schema';
import { archiveText } from '../archive/archive-text.ts';
import type { Db, Dialect } from '../store/store.ts';

/** Rebuilds every derived index of the imported rows. Returns how many rows were indexed. */
export async function rebuildDerivedIndexes(tx: Db, dialect: Dialect): Promise<number> {
  const db = tx as unknown as Kysely<any>;
  const index = archiveIndexFor(dialect);
  let n = 0;
  let after = -1;
  const defs = new Map<string, BatonWorkflowDefinition | undefined>();
  for (;;) {
    const rows = (await db.selectFrom('archive_entries as e').innerJoin('instances as i', 'i.id', 'e.instance_id')
      .select(['e.id', 'i.title', 'i.snapshot', 'i.definition_key', 'i.version']).where('e.id', '>', after).orderBy('e.id').limit(500).execute()) as Array<{ id: number | string; title: string; snapshot: string; definition_key: string; version: number | string }>;
    for (const r of rows) {
      const key = `${r.definition_key}@${r.version}`;
      if (!defs.has(key)) {
        const v = await db.selectFrom('definition_versions').select('body').where('key', '=', r.definition_key).where('version', '=', Number(r.version)).executeTakeFirst();
        defs.set(key, v ? (JSON.parse(v.body as string) as BatonWorkflowDefinition) : undefined);
      }
      await index.add(tx, Number(r.id), archiveText(r.title, defs.get(key), (JSON.parse(r.snapshot) as Snapshot).data));
      after = Number(r.id);
      n++;
    }
    if (rows.length < 500) return n;
  }
}
