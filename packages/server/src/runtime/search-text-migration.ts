// Migration 0012-search-without-hidden: requests written before the inbox's search text left out
// fields hidden at some step (projections.ts, searchText) still carry those values in `search`,
// where a keyword could find them. One pass over the requests by id, a page at a time (each page
// its own transaction where the migrator has not opened one), rewriting only the rows whose text
// changes: those of a published version that hides a field.
//
// The text is computed here as it was defined when this migration was written, not by calling
// searchText: a later change to that function must not change what this migration did.
import type { Kysely, Migration } from 'kysely';

const PAGE = 500;

/** The fields a published version hides at some step (its nodes' fieldPermissions). */
function hiddenFields(body: string): Set<string> {
  const def = JSON.parse(body) as { nodes?: Array<{ fieldPermissions?: Record<string, string> }> };
  const out = new Set<string>();
  for (const n of def.nodes ?? []) for (const [field, level] of Object.entries(n.fieldPermissions ?? {})) if (level === 'hidden') out.add(field);
  return out;
}

function textWithout(snapshot: { title?: string; initiator: string; data?: Record<string, unknown> }, hidden: ReadonlySet<string>): string {
  const parts = [snapshot.title ?? '', snapshot.initiator];
  for (const [k, v] of Object.entries(snapshot.data ?? {})) if (!hidden.has(k) && (typeof v === 'string' || typeof v === 'number')) parts.push(String(v));
  return parts.join(' ').toLowerCase().slice(0, 4000);
}

export const searchTextMigration: Migration = {
  async up(db: Kysely<any>) {
    const hiding = new Map<string, Set<string>>();
    for (const v of await db.selectFrom('definition_versions').select(['key', 'version', 'body']).execute() as Array<{ key: string; version: number; body: string }>) {
      const hidden = hiddenFields(v.body);
      if (hidden.size > 0) hiding.set(`${v.key}@${Number(v.version)}`, hidden);
    }
    if (hiding.size === 0) return;
    let after = '';
    for (;;) {
      const rows = await db.selectFrom('instances').select(['id', 'definition_key', 'version', 'snapshot', 'search'])
        .where('id', '>', after).orderBy('id').limit(PAGE).execute() as Array<{ id: string; definition_key: string; version: number; snapshot: string; search: string }>;
      const changed: Array<{ id: string; search: string }> = [];
      for (const r of rows) {
        const hidden = hiding.get(`${r.definition_key}@${Number(r.version)}`);
        if (!hidden) continue;
        const search = textWithout(JSON.parse(r.snapshot), hidden);
        if (search !== r.search) changed.push({ id: r.id, search });
      }
      const write = async (tx: Kysely<any>) => {
        for (const c of changed) await tx.updateTable('instances').set({ search: c.search }).where('id', '=', c.id).execute();
      };
      if (changed.length > 0) await (db.isTransaction ? write(db) : db.transaction().execute(write));
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1]!.id;
    }
  },
  // Nothing to undo: the values left out were never meant to be searchable.
  async down() {},
};
