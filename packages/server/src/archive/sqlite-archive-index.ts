// SQLite: an FTS5 table whose rowid is archive_entries.id, holding the segmented text. A keyword
// query starts from the FTS table and walks it in rowid order, so the newest matches come first
// without sorting every match.
import { sql } from 'kysely';
import type { Db } from '../store/store.ts';
import type { ArchiveIndex } from './archive-index.ts';
import { fts5Query, indexTokens } from './archive-text.ts';

export function sqliteArchiveIndex(): ArchiveIndex {
  return {
    async add(tx, entryId, text) {
      await sql`INSERT INTO archive_fts (rowid, body) VALUES (${entryId}, ${indexTokens(text).join(' ')})`.execute(tx);
    },
    async remove(tx, entryIds) {
      for (let i = 0; i < entryIds.length; i += 500) {
        const ids = entryIds.slice(i, i + 500);
        await sql`DELETE FROM archive_fts WHERE rowid IN (${sql.join(ids)})`.execute(tx);
      }
    },
    source(db: Db, terms) {
      if (terms.length === 0) return { qb: db.selectFrom('archive_entries as e'), idColumn: 'e.id' };
      const qb = (db as Db).withTables<{ archive_fts: { rowid: number; body: string; archive_fts: string } }>()
        .selectFrom('archive_fts')
        .innerJoin('archive_entries as e', 'e.id', 'archive_fts.rowid')
        .where(sql.ref('archive_fts'), 'match', fts5Query(terms));
      return { qb: qb as never, idColumn: 'archive_fts.rowid' };
    },
  };
}
