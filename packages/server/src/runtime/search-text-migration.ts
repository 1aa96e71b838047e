// Migration 0012-search-without-hidden: requests written before the inbox's search text left out
// fields hidden at some step (projections.ts, searchText) still carry those values in `search`,
// where a keyword could find them. Rewrites `search` for the requests of every published version
// that hides a field, a page at a time; other versions' rows are already what searchText writes.
import type { Snapshot } from '@baton/engine';
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { Kysely, Migration } from 'kysely';
import { hiddenSomewhere } from '../definitions/searchable-data.ts';
import { searchText } from './projections.ts';

const PAGE = 500;

export const searchTextMigration: Migration = {
  async up(db: Kysely<any>) {
    const versions = await db.selectFrom('definition_versions').select(['key', 'version', 'body']).execute();
    for (const v of versions as Array<{ key: string; version: number; body: string }>) {
      const def = JSON.parse(v.body) as BatonWorkflowDefinition;
      if (hiddenSomewhere(def).size === 0) continue;
      let after = '';
      for (;;) {
        const rows = await db.selectFrom('instances').select(['id', 'snapshot'])
          .where('definition_key', '=', v.key).where('version', '=', Number(v.version)).where('id', '>', after)
          .orderBy('id').limit(PAGE).execute() as Array<{ id: string; snapshot: string }>;
        for (const r of rows) {
          await db.updateTable('instances').set({ search: searchText(JSON.parse(r.snapshot) as Snapshot, def) }).where('id', '=', r.id).execute();
        }
        if (rows.length < PAGE) break;
        after = rows[rows.length - 1]!.id;
      }
    }
  },
  // Nothing to undo: the values left out were never meant to be searchable.
  async down() {},
};
